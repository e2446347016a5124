import ArgumentParser
import Foundation
import VetCore
import VetStore

/// `--as USERNAME`: rights, retention and marketing exports are carried out by a named manager,
/// whose login is checked and written to the audit trail. The password is never an option.
struct ManagerLogin: ParsableArguments {
    @Option(name: .customLong("as"), help: ArgumentHelp(
        "The manager's login name. Its password is asked for on the terminal, or read as the first line of standard input.",
        valueName: "username"))
    var username: String

    func session(_ store: AppDatabase) throws -> StaffSession {
        try StaffLogin.session(store, username: username)
    }
}

/// Opens the database, logs the manager in and finds the request by its reference.
struct RightsContext {
    let store: AppDatabase
    let user: StaffSession
    let request: DataRequest

    init(database: DatabaseOptions, login: ManagerLogin, reference: String) throws {
        store = try database.open(.existing)
        user = try login.session(store)
        request = try store.requestDetail(reference: reference).request
    }

    var requestID: Int64 {
        get throws {
            guard let id = request.id else { throw CommandFailure(message: "request \(request.reference) has no id") }
            return id
        }
    }
}

/// `vetdesk rights …`: erasure, restriction and objection on a request, from the command line.
struct RightsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rights",
        abstract: "Carry out erasure, restriction or objection on a data-protection request.",
        subcommands: [Erase.self, Restrict.self, Lift.self, ObjectMarketing.self, Object.self, Decide.self, Told.self])

    struct Erase: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Erase the client's data (what must be kept is kept, with reasons).",
            discussion: "First lists every place the text that is kept names the person (hit id, where, the text around it) "
                + "and each kept pet's microchip; refuses to run until each hit is redacted (--redact-all) or kept "
                + "(--keep HIT=REASON). Microchips of kept pets are removed unless --keep-microchip PET=REASON.")
        @Argument(help: "The request reference, e.g. DSR-2026-0007.") var reference: String
        @OptionGroup var freeText: FreeTextOptions
        @Option(name: .customLong("keep-requester"), help: ArgumentHelp(
            "Keep the requester's name and contact on the request register after the response is sent, with the reason.",
            valueName: "reason"))
        var keepRequester: String?
        @Option(name: .customLong("keep-requester-until"), help: ArgumentHelp("With --keep-requester: until when (YYYY-MM-DD).",
                                                                             valueName: "date"))
        var keepRequesterUntil: String?
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if (keepRequester == nil) != (keepRequesterUntil == nil) {
                throw ValidationError("--keep-requester and --keep-requester-until go together: a reason and an end date")
            }
        }

        func run() throws {
            try reportingFailures {
                var decisions = freeText.decisions()
                if let reason = keepRequester, let until = keepRequesterUntil {
                    decisions.requesterKept = (reason, try CommandDate.parse(until, option: "--keep-requester-until"))
                }
                let context = try RightsContext(database: database, login: login, reference: reference)
                let review = try context.store.erasureReview(requestID: try context.requestID, as: context.user)
                try FreeTextOptions.report(review, decisions: decisions, action: "erased")
                let result = try context.store.eraseClient(requestID: try context.requestID, decisions: decisions, as: context.user)
                print(result.text)
                for recipient in result.recipientsToTell {
                    print("tell: \(recipient.recipient) (disclosure \(recipient.id ?? 0))")
                }
            }
        }
    }

    struct Restrict: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Restrict processing of the client's data.")
        @Argument(help: "The request reference.") var reference: String
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let context = try RightsContext(database: database, login: login, reference: reference)
                try context.store.restrictProcessing(requestID: try context.requestID, as: context.user)
                print("Processing restricted under \(context.request.reference).")
            }
        }
    }

    struct Lift: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lift a restriction once the person has been told.")
        @Argument(help: "The request reference.") var reference: String
        @Option(name: .customLong("told-on"), help: ArgumentHelp("When the person was told (YYYY-MM-DD).", valueName: "date"))
        var toldOn: String
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let date = try CommandDate.parse(toldOn, option: "--told-on")
                let context = try RightsContext(database: database, login: login, reference: reference)
                try context.store.liftRestriction(requestID: try context.requestID, personToldOn: date, as: context.user)
                print("Restriction lifted under \(context.request.reference).")
            }
        }
    }

    struct ObjectMarketing: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "object-marketing", abstract: "Carry out an objection to direct marketing (absolute).")
        @Argument(help: "The request reference.") var reference: String
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let context = try RightsContext(database: database, login: login, reference: reference)
                try context.store.objectToMarketing(requestID: try context.requestID, as: context.user)
                print("All marketing consent withdrawn and a suppression entry written under \(context.request.reference).")
            }
        }
    }

    struct Object: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "object", abstract: "Record an objection to other processing: restricted while the practice decides.")
        @Argument(help: "The request reference.") var reference: String
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let context = try RightsContext(database: database, login: login, reference: reference)
                try context.store.objectToProcessing(requestID: try context.requestID, as: context.user)
                print("Processing restricted while the objection under \(context.request.reference) is decided.")
            }
        }
    }

    struct Decide: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "decide-objection", abstract: "Record the decision on an objection.")
        @Argument(help: "The request reference.") var reference: String
        @Flag(inversion: .prefixedNo, help: "Whether the objection is upheld.") var upheld: Bool
        @Option(help: "The reasons for the decision.") var reason: String
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let context = try RightsContext(database: database, login: login, reference: reference)
                try context.store.decideObjection(requestID: try context.requestID, upheld: upheld, reason: reason, as: context.user)
                print("Decision recorded on \(context.request.reference).")
            }
        }
    }

    struct Told: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record that a recipient was told of a correction or erasure.")
        @Argument(help: "The request reference.") var reference: String
        @Option(parsing: .unconditional, help: "The disclosure number of the recipient.",
                transform: { try OptionNumber.parse($0, option: "--disclosure", range: 1...Int64.max) }) var disclosure: Int64
        @Option(help: ArgumentHelp("When they were told (YYYY-MM-DD).", valueName: "date")) var on: String
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let date = try CommandDate.parse(on, option: "--on")
                let context = try RightsContext(database: database, login: login, reference: reference)
                try context.store.recordRecipientTold(requestID: try context.requestID, disclosureID: disclosure, on: date,
                                                      as: context.user)
                print("Recorded.")
            }
        }
    }
}
