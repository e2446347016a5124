import ArgumentParser
import Foundation
import VetStore

/// `vetdesk retention [--apply [--only KIND:ID …]]`: what has passed its retention period, why, and
/// exactly which fields anonymising it removes; `--apply` anonymises it (or only the items named).
struct RetentionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "List clients and pets past the practice's retention periods, why, and what anonymising removes; "
            + "--apply anonymises them.")

    @Flag(help: "Anonymise what is listed (needs --as, a manager's login).") var apply = false
    @Option(name: .customLong("only"), parsing: .singleValue,
            help: ArgumentHelp("With --apply, anonymise only this item (repeatable), e.g. client:12 or pet:40.", valueName: "kind:id"))
    var only: [String] = []
    @Option(name: .customLong("as"), help: ArgumentHelp(
        "The manager reviewing (the list names clients, so it is audited) or confirming --apply. Its password is asked "
            + "for on the terminal, or read as the first line of standard input.",
        valueName: "username"))
    var username: String
    @OptionGroup var freeText: FreeTextOptions
    @Flag(help: "Print JSON instead of a table.") var json = false
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if !only.isEmpty, !apply { throw ValidationError("--only chooses what --apply anonymises; add --apply") }
        if !apply, freeText.redactAll || !freeText.keep.isEmpty || !freeText.keepMicrochip.isEmpty {
            throw ValidationError("--redact-all, --keep and --keep-microchip decide what --apply does; add --apply")
        }
        if let bad = only.first(where: { RetentionItem.Key(text: $0) == nil }) {
            throw ValidationError("--only: '\(bad)' must be client:ID or pet:ID, for example client:12")
        }
    }

    func run() throws {
        try reportingFailures {
            let store = try database.open(.existing)
            let manager = try StaffLogin.session(store, username: username)
            try manager.require(.runRetention)
            let progress = ProgressLine()
            defer { progress.finish() }
            if apply {
                let keys = only.isEmpty ? nil : Set(only.compactMap(RetentionItem.Key.init(text:)))
                let decisions = freeText.decisions()
                progress.update("searching kept text for the names of those due …")
                let hits = try store.retentionHits(selecting: keys, as: manager)
                progress.finish()
                try FreeTextOptions.report(hits, decisions: decisions, action: "anonymised")
                progress.update("anonymising what is past its retention period …")
                let result = try store.applyRetention(selecting: keys, decisions: decisions, as: manager)
                progress.finish()
                print("Anonymised \(result.anonymised.count); held \(result.held.count); not ticked \(result.notSelected.count).")
                print(Self.table(result.anonymised + result.held))
                return
            }
            progress.update("reviewing every client and pet against the retention periods …")
            let items = try store.retentionReview(today: store.clock.today())
            try store.recordRetentionReviewed(items.count, as: manager)
            progress.finish()
            if json {
                try printJSON(items)
            } else if items.isEmpty {
                print("Nothing is past its retention period.")
            } else {
                print(Self.table(items))
                print("\(items.count) past retention. Nothing was changed; run with --apply to anonymise "
                    + "(--only client:ID or pet:ID to choose).")
            }
        }
    }

    /// Each item, its reasons one per line, and the dry run of the fields it would lose.
    static func table(_ items: [RetentionItem]) -> String {
        items.map { item in
            var lines = [tableRow(["\(item.key.kind.rawValue):\(item.id)", item.name, "due since \(item.dueOn.iso)"])]
            lines += item.reasons.map { "  why: " + tableRow([$0]) }
            if !item.removes.isEmpty { lines.append("  removes: " + tableRow([item.removes.joined(separator: ", ")])) }
            if let held = item.heldBecause { lines.append("  HELD: " + tableRow([held])) }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
