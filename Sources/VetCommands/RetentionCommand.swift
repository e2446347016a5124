import ArgumentParser
import Foundation
import VetStore

/// `vetdesk retention [--apply]`: what has passed its retention period; `--apply` anonymises it.
struct RetentionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "List clients and pets past the practice's retention periods; --apply anonymises them.")

    @Flag(help: "Anonymise what is listed (needs --as, a manager's login).") var apply = false
    @Option(name: .customLong("as"), help: ArgumentHelp(
        "The manager confirming --apply. Its password is asked for on the terminal, or read as the first line of standard input.",
        valueName: "username"))
    var username: String?
    @Flag(help: "Print JSON instead of a table.") var json = false
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if apply, username == nil { throw ValidationError("--apply needs --as USERNAME: a manager must confirm anonymisation") }
    }

    func run() throws {
        try reportingFailures {
            let store = try AppDatabase(path: database.path, mode: .existing)
            if apply, let username {
                let manager = try StaffLogin.session(store, username: username)
                let result = try store.applyRetention(as: manager)
                print("Anonymised \(result.anonymised.count); held \(result.held.count).")
                print(Self.table(result.anonymised + result.held))
                return
            }
            let items = try store.retentionReview(today: store.clock.today())
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(items), as: UTF8.self))
            } else if items.isEmpty {
                print("Nothing is past its retention period.")
            } else {
                print(Self.table(items))
                print("\(items.count) past retention. Nothing was changed; run with --apply --as USERNAME to anonymise.")
            }
        }
    }

    static func table(_ items: [RetentionItem]) -> String {
        (["kind\tid\tname\tdue\treason\theld"] + items.map {
            "\($0.kind.rawValue)\t\($0.id)\t\($0.name)\t\($0.dueOn.iso)\t\($0.reason)\t\($0.heldBecause ?? "")"
        }).joined(separator: "\n")
    }
}
