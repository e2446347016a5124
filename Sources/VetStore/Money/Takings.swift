import Foundation
import VetSQL
import VetCore

/// Money taken in (payments) and paid back (refunds) over some days, by day, site and method:
/// what a desk cashes up against and what a group manager compares across sites.
public struct Takings: Sendable, Hashable {
    /// One day's payments and refunds in one way of paying, at one site.
    public struct Line: Sendable, Hashable {
        public var day: LocalDate
        public var siteID: Int64
        public var siteName: String
        public var method: PaymentMethod
        public var taken: Pence
        public var payments: Int
        public var refunded: Pence
        public var refunds: Int
        /// Taken less refunded: what the till or the bank should hold for this line.
        public var net: Pence { Pence(taken.value - refunded.value) }
    }

    public var from: LocalDate
    public var through: LocalDate
    /// nil: every site of the group.
    public var site: Site?
    /// By day, then site name, then method.
    public var lines: [Line]

    public var taken: Pence { Pence(lines.reduce(0) { $0 + $1.taken.value }) }
    public var refunded: Pence { Pence(lines.reduce(0) { $0 + $1.refunded.value }) }
    public var net: Pence { Pence(taken.value - refunded.value) }

    /// The net for each way of paying, in the order the methods are listed.
    public var netByMethod: [(method: PaymentMethod, net: Pence)] {
        PaymentMethod.allCases.compactMap { method in
            let matching = lines.filter { $0.method == method }
            return matching.isEmpty ? nil : (method, Pence(matching.reduce(0) { $0 + $1.net.value }))
        }
    }
}

extension AppDatabase {
    /// The takings from `from` through `through` (both included), at `siteID` or at every site.
    public func takings(from: LocalDate, through: LocalDate, siteID: Int64?, as user: StaffSession) throws -> Takings {
        if through < from {
            throw StoreError.invalid(ValidationErrors([ValidationError(
                field: "to", message: "to date \(through) is before from date \(from)")]))
        }
        return try perform(.viewTakings, as: user) { db in
            let site = try siteID.map { id in
                try db.fetchRecord(Site.self, id: id).orThrow("site")
            }
            var arguments: SQLArguments = [from, through, LedgerEntryKind.payment, LedgerEntryKind.refund]
            var siteFilter = ""
            if let siteID { siteFilter = "AND e.site_id = ?"; arguments = arguments + [siteID] }
            let rows = try db.fetchAll("""
                SELECT e.entry_on, e.site_id, s.name AS site_name, e.method,
                    SUM(CASE WHEN e.kind = 'payment' THEN e.amount_pence ELSE 0 END) AS taken,
                    SUM(CASE WHEN e.kind = 'payment' THEN 1 ELSE 0 END) AS payments,
                    SUM(CASE WHEN e.kind = 'refund' THEN e.amount_pence ELSE 0 END) AS refunded,
                    SUM(CASE WHEN e.kind = 'refund' THEN 1 ELSE 0 END) AS refunds
                FROM ledger_entry e JOIN site s ON s.id = e.site_id
                WHERE e.entry_on BETWEEN ? AND ? AND e.kind IN (?, ?) \(siteFilter)
                GROUP BY e.entry_on, e.site_id, s.name, e.method
                """, arguments)
            let lines = try rows.map { row in
                Takings.Line(day: try row.decode(LocalDate.self, "entry_on"), siteID: try row.decode(Int64.self, "site_id"),
                             siteName: try row.decode(String.self, "site_name"),
                             method: try row.decode(PaymentMethod.self, "method"),
                             taken: Pence(try row.decode(Int.self, "taken")), payments: try row.decode(Int.self, "payments"),
                             refunded: Pence(try row.decode(Int.self, "refunded")), refunds: try row.decode(Int.self, "refunds"))
            }
            let order = Dictionary(uniqueKeysWithValues: PaymentMethod.allCases.enumerated().map { ($1, $0) })
            return Takings(from: from, through: through, site: site, lines: lines.sorted {
                ($0.day, $0.siteName.lowercased(), order[$0.method] ?? 0) < ($1.day, $1.siteName.lowercased(), order[$1.method] ?? 0)
            })
        }
    }
}
