import ArgumentParser
import Foundation
import VetCore
import VetStore

/// `vetdesk request status REF --to STATUS [--outcome TEXT]`: a move by hand.
struct RequestStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Move the request to another status.")
    @Argument(help: "The request reference.") var reference: String
    @Option(help: "The new status, e.g. in-progress, withdrawn, refused.") var to: String
    @Option(help: "The outcome or reasons (needed to refuse).") var outcome: String?
    @OptionGroup var login: ManagerLogin
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            let status = try parseChoice(to, as: RequestStatus.self, option: "--to")
            let context = try RightsContext(database: database, login: login, reference: reference)
            let (id, version) = try context.current
            try context.store.moveRequest(requestID: id, to: status, outcome: outcome, expectedVersion: version, as: context.user)
            try context.report("moved to \(status.displayName.lowercased())")
        }
    }
}

/// `vetdesk request complete REF --sent DATE [--closing-as partly-completed|refused --reason TEXT]`.
struct RequestComplete: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "complete",
                                                    abstract: "Record the response sent; the request closes on that date.")
    @Argument(help: "The request reference.") var reference: String
    @Option(help: ArgumentHelp("When the response was sent.", valueName: "date")) var sent: String
    @Option(name: .customLong("closing-as"), help: "completed (default), partly-completed or refused.") var closingAs = "completed"
    @Option(help: "What was kept back, or the reasons for refusing.") var reason: String?
    @OptionGroup var login: ManagerLogin
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            let status = try parseChoice(closingAs, as: RequestStatus.self, option: "--closing-as")
            let context = try RightsContext(database: database, login: login, reference: reference)
            let (id, version) = try context.current
            try context.store.recordResponseSent(requestID: id, on: try parseDate(sent, option: "--sent"), closingAs: status,
                                                 reason: reason, expectedVersion: version, as: context.user)
            try context.report("response sent")
        }
    }
}

/// `vetdesk request third-party REF --relationship TEXT [--authority-received DATE]`.
struct RequestThirdParty: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "third-party",
                                                    abstract: "Record a third-party requester and their written authority.")
    @Argument(help: "The request reference.") var reference: String
    @Option(help: "How they relate to the client, e.g. solicitor.") var relationship: String
    @Option(name: .customLong("authority-received"), help: ArgumentHelp("When written authority arrived.", valueName: "date"))
    var authorityReceived: String?
    @OptionGroup var login: ManagerLogin
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            let date = try authorityReceived.map { try parseDate($0, option: "--authority-received") }
            let context = try RightsContext(database: database, login: login, reference: reference)
            let (id, version) = try context.current
            try context.store.recordThirdParty(requestID: id, relationship: relationship, authorityReceivedOn: date,
                                               expectedVersion: version, as: context.user)
            try context.report("third party recorded")
        }
    }
}

/// `vetdesk request disclose REF --out DIR`: discloses the client's data to the requester as an
/// access pack, behind the identity gate and (for a third party) their written authority.
struct RequestDisclose: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "disclose",
                                                    abstract: "Write the access pack that answers the request.")
    @Argument(help: "The request reference.") var reference: String
    @Option(help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir")) var out: String
    @OptionGroup var login: ManagerLogin
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            let context = try RightsContext(database: database, login: login, reference: reference)
            let pack = try context.store.writeAccessPack(reference: reference, to: URL(fileURLWithPath: out), as: context.user)
            print("Wrote \(pack.jsonFile.path)")
            print("Wrote \(pack.htmlFile.path)")
            try context.report("access pack written")
        }
    }
}
