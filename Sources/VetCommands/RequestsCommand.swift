import ArgumentParser
import Foundation
import VetStore

/// `vetdesk requests`: the data-protection request queue, soonest legal deadline first.
struct RequestsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "requests",
        abstract: "Print the data-protection request queue, soonest legal due date first.",
        discussion: "Runs as a logged-in manager (--as); each listing is recorded in the audit trail.")

    @Flag(help: "Only requests past their legal due date.") var overdue = false
    @Option(name: .customLong("due-within"), parsing: .unconditional, help: "Only requests due within this many days (0–366).",
            transform: { try OptionNumber.parse($0, option: "--due-within", range: 0...366) }) var dueWithin: Int?
    @Flag(help: "Include completed, refused and withdrawn requests.") var all = false
    @Flag(help: "Print JSON instead of a table.") var json = false
    @OptionGroup var login: StaffLogin
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if let dueWithin, !(0...366).contains(dueWithin) {
            throw ValidationError("--due-within must be a number of days from 0 to 366, not \(dueWithin)")
        }
    }

    func run() throws {
        try reportingFailures {
            let store = try database.open(.reading)
            let filter = RequestQueueFilter(includeClosed: all, overdueOnly: overdue, dueWithinDays: dueWithin)
            let items = try store.requestQueue(filter, as: try login.session(store))
            if json {
                try printJSON(items)
                return
            }
            guard !items.isEmpty else {
                print("No requests match.")
                return
            }
            print(["", "reference", "kinds", "client", "received", "due", "days left", "status"].joined(separator: "\t"))
            for item in items {
                printRow([item.urgency.label, item.reference, item.kinds, item.client, item.received.iso, item.due.iso,
                          String(item.daysLeft), item.status.displayName])
            }
        }
    }
}
