import Foundation
import VetSQL
import VetCore

/// Writes entries on a client's account and reads its balance. Every entry's amount is
/// positive; its kind decides which way it moves the balance.
enum LedgerPosting {
    struct Entry: Sendable {
        var kind: LedgerEntryKind
        var amount: Pence
        var invoiceID: Int64? = nil
        var method: PaymentMethod? = nil
        var reference: String? = nil
        var note: String? = nil
    }

    @discardableResult
    static func post(_ db: any SQLConnection, clientID: Int64, _ entry: Entry, on day: LocalDate, at now: Date,
                     by userID: Int64, site: Int64) throws -> LedgerEntry {
        var row = LedgerEntry(id: nil, clientId: clientID, kind: entry.kind, amountPence: entry.amount.value,
                              balanceEffectPence: entry.kind.signed(entry.amount).value, entryOn: day,
                              invoiceId: entry.invoiceID, method: entry.method, reference: entry.reference,
                              note: entry.note, recordedAt: now, recordedBy: userID, siteId: site)
        row.id = try db.insert(row)
        let detail = "\(entry.kind.displayName.lowercased()) \(entry.amount.formatted)"
        try AuditTrail.record(db, at: now, userID: userID, action: "post \(entry.kind.rawValue)",
                              recordType: "ledger_entry", recordID: row.id, clientID: clientID, detail: detail)
        return row
    }

    /// Positive when the client owes the practice.
    static func balance(_ db: any SQLConnection, clientID: Int64) throws -> Pence {
        Pence(try db.fetchValue(Int.self, "SELECT COALESCE(SUM(balance_effect_pence), 0) FROM ledger_entry WHERE client_id = ?",
                                [clientID]) ?? 0)
    }

    static func entries(_ db: any SQLConnection, clientID: Int64) throws -> [LedgerEntry] {
        try db.fetchRecords(LedgerEntry.self, "SELECT * FROM ledger_entry WHERE client_id = ? ORDER BY entry_on, id", [clientID])
    }
}
