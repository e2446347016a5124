import ArgumentParser
import Foundation
import VetCore
import VetStore

/// `vetdesk takings [--from DATE] [--to DATE] [--site S] --as USER`: money taken and refunded by
/// day, site and way of paying, for cashing up a desk or comparing a group's sites.
struct TakingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "takings",
        abstract: "Print the takings (payments less refunds) by day, site and method.",
        discussion: "Runs as a receptionist or manager (--as). Without --site, every site of the practice.")

    @Option(help: ArgumentHelp("The first day (YYYY-MM-DD; default: today).", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("The last day (YYYY-MM-DD; default: the first day).", valueName: "date")) var to: String?
    @Option(help: ArgumentHelp("Only this site (its name, in any case).", valueName: "site")) var site: String?
    @Flag(help: "Print JSON instead of a table.") var json = false
    @OptionGroup var login: StaffLogin
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            let store = try database.open(.reading)
            let first = try from.map { try CommandDate.parse($0, option: "--from") } ?? store.clock.today()
            let last = try to.map { try CommandDate.parse($0, option: "--to") } ?? first
            if last < first { throw CommandFailure(message: "--to \(last.iso) is before --from \(first.iso)") }
            let chosen = try site.map { name in
                do { return try store.site(named: name) } catch StoreError.invalid(let errors) {
                    throw CommandFailure(message: "--site: " + (errors.errors.first?.message ?? "\(errors)"))
                }
            }
            let takings = try store.takings(from: first, through: last, siteID: chosen?.id, as: try login.session(store))
            if json {
                try printJSON(TakingsJSON(takings))
            } else {
                TakingsText.lines(takings).forEach { print($0) }
            }
        }
    }
}

/// The takings as text: a heading, one row per day, site and method, then the totals.
enum TakingsText {
    static func lines(_ takings: Takings) -> [String] {
        let days = takings.from == takings.through ? takings.from.iso : "\(takings.from.iso) to \(takings.through.iso)"
        var out = ["Takings at \(takings.site?.name ?? "every site"), \(days)", ""]
        guard !takings.lines.isEmpty else { return out + ["Nothing was taken or refunded."] }
        out.append(tableRow(["Date", "Site", "Method", "Payments", "Taken", "Refunds", "Refunded", "Net"]))
        for line in takings.lines {
            out.append(tableRow([line.day.iso, line.siteName, line.method.displayName, String(line.payments), line.taken.formatted,
                                 String(line.refunds), line.refunded.formatted, line.net.formatted]))
        }
        out += ["", "Taken \(takings.taken.formatted) · refunded \(takings.refunded.formatted) · net \(takings.net.formatted)",
                "By method: " + takings.netByMethod.map { "\($0.method.displayName) \($0.net.formatted)" }.joined(separator: " · ")]
        return out
    }
}

/// The takings for scripts: amounts in pence, dates as ISO 8601.
struct TakingsJSON: Encodable {
    struct Line: Encodable {
        var date: String
        var site: String
        var method: String
        var payments: Int
        var takenPence: Int
        var refunds: Int
        var refundedPence: Int
        var netPence: Int
    }

    var from: String
    var to: String
    var site: String?
    var lines: [Line]
    var takenPence: Int
    var refundedPence: Int
    var netPence: Int

    init(_ takings: Takings) {
        from = takings.from.iso
        to = takings.through.iso
        site = takings.site?.name
        lines = takings.lines.map {
            Line(date: $0.day.iso, site: $0.siteName, method: $0.method.rawValue, payments: $0.payments,
                 takenPence: $0.taken.value, refunds: $0.refunds, refundedPence: $0.refunded.value, netPence: $0.net.value)
        }
        takenPence = takings.taken.value
        refundedPence = takings.refunded.value
        netPence = takings.net.value
    }
}
