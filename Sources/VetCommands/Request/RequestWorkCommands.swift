import ArgumentParser
import Foundation
import VetCore
import VetStore

/// `vetdesk request link REF --client ID|WORDS`.
struct RequestLink: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "link", abstract: "Link the request to a client.")
    @Argument(help: "The request reference, e.g. DSR-2026-0007.") var reference: String
    @Option(help: ArgumentHelp("The client's number, or words to search for (must match one client).", valueName: "id"))
    var client: String
    @OptionGroup var login: ManagerLogin
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            let context = try RightsContext(database: database, login: login, reference: reference)
            let (id, version) = try context.current
            let clientID = try context.store.linkRequest(requestID: id, toClientMatching: client, expectedVersion: version,
                                                         as: context.user)
            try context.report("linked to client #\(clientID)")
        }
    }
}

/// `vetdesk request identity REF --asked DATE [--method TEXT] | --received DATE | --not-needed REASON`.
struct RequestIdentity: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "identity",
                                                    abstract: "Record identity evidence asked for, received, or not needed.")
    @Argument(help: "The request reference.") var reference: String
    @Option(help: ArgumentHelp("When evidence was asked for.", valueName: "date")) var asked: String?
    @Option(help: "What was asked for (with --asked).") var method: String = "identity evidence"
    @Option(help: ArgumentHelp("When evidence arrived.", valueName: "date")) var received: String?
    @Option(name: .customLong("not-needed"), help: ArgumentHelp("Why no evidence is needed (a manager).", valueName: "reason"))
    var notNeeded: String?
    @OptionGroup var login: ManagerLogin
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if [asked, received, notNeeded].compactMap({ $0 }).count != 1 {
            throw ValidationError("give exactly one of --asked DATE, --received DATE or --not-needed REASON")
        }
    }

    func run() throws {
        try reportingFailures {
            let context = try RightsContext(database: database, login: login, reference: reference)
            let (id, version) = try context.current
            if let asked {
                try context.store.recordIdentityAsked(requestID: id, on: try parseDate(asked, option: "--asked"), method: method,
                                                      expectedVersion: version, as: context.user)
                try context.report("identity evidence asked for")
            } else if let received {
                try context.store.recordIdentityReceived(requestID: id, on: try parseDate(received, option: "--received"),
                                                         expectedVersion: version, as: context.user)
                try context.report("identity evidence received")
            } else if let notNeeded {
                try context.store.recordIdentityNotNeeded(requestID: id, reason: notNeeded, expectedVersion: version, as: context.user)
                try context.report("identity evidence not needed")
            }
        }
    }
}

/// `vetdesk request fee REF --asked DATE --reason TEXT | --paid DATE`.
struct RequestFee: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "fee", abstract: "Record a fee asked for or paid.")
    @Argument(help: "The request reference.") var reference: String
    @Option(help: ArgumentHelp("When the fee was asked for.", valueName: "date")) var asked: String?
    @Option(help: "Why a fee is allowed (with --asked).") var reason: String?
    @Option(help: ArgumentHelp("When the fee was paid.", valueName: "date")) var paid: String?
    @OptionGroup var login: ManagerLogin
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if (asked == nil) == (paid == nil) { throw ValidationError("give exactly one of --asked DATE or --paid DATE") }
        if asked != nil, (reason ?? "").isEmpty { throw ValidationError("--reason: say why a fee is allowed") }
    }

    func run() throws {
        try reportingFailures {
            let context = try RightsContext(database: database, login: login, reference: reference)
            let (id, version) = try context.current
            if let asked {
                try context.store.recordFeeAsked(requestID: id, on: try parseDate(asked, option: "--asked"), reason: reason ?? "",
                                                 expectedVersion: version, as: context.user)
                try context.report("fee asked for")
            } else if let paid {
                try context.store.recordFeePaid(requestID: id, on: try parseDate(paid, option: "--paid"), expectedVersion: version,
                                                as: context.user)
                try context.report("fee paid")
            }
        }
    }
}

/// `vetdesk request pause REF --on DATE --question TEXT`: asks for clarification; the clock stops.
struct RequestPause: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pause", abstract: "Ask for clarification (the clock stops).")
    @Argument(help: "The request reference.") var reference: String
    @Option(help: ArgumentHelp("When it was asked.", valueName: "date")) var on: String
    @Option(help: "The question.") var question: String
    @OptionGroup var login: ManagerLogin
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            let context = try RightsContext(database: database, login: login, reference: reference)
            let (id, version) = try context.current
            try context.store.askClarification(requestID: id, on: try parseDate(on, option: "--on"), question: question,
                                               expectedVersion: version, as: context.user)
            try context.report("clarification asked")
        }
    }
}

/// `vetdesk request answer REF --on DATE`: the clarification was answered; the clock restarts.
struct RequestAnswer: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "answer", abstract: "Record the clarification's answer.")
    @Argument(help: "The request reference.") var reference: String
    @Option(help: ArgumentHelp("When the answer arrived.", valueName: "date")) var on: String
    @OptionGroup var login: ManagerLogin
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            let context = try RightsContext(database: database, login: login, reference: reference)
            let (id, version) = try context.current
            try context.store.recordClarificationAnswer(requestID: id, on: try parseDate(on, option: "--on"), expectedVersion: version,
                                                        as: context.user)
            try context.report("clarification answered")
        }
    }
}

/// `vetdesk request extend REF --notice-sent DATE --reason TEXT`.
struct RequestExtend: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extend", abstract: "Extend the deadline.")
    @Argument(help: "The request reference.") var reference: String
    @Option(name: .customLong("notice-sent"), help: ArgumentHelp("When the notice of extension was sent.", valueName: "date"))
    var noticeSent: String
    @Option(help: "Why (complex, or several requests).") var reason: String
    @OptionGroup var login: ManagerLogin
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            let context = try RightsContext(database: database, login: login, reference: reference)
            let (id, version) = try context.current
            try context.store.extendRequest(requestID: id, reason: reason, noticeSentOn: try parseDate(noticeSent, option: "--notice-sent"),
                                            expectedVersion: version, as: context.user)
            try context.report("extended")
        }
    }
}
