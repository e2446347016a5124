import Foundation
import GRDB
import VetCore

/// Decides and records which invoice each credit on an account pays. Every credit entry
/// (payment, credit note, write-off, reversal, insurer settlement) is allocated the moment it
/// is posted, and any credit held on account is allocated the moment a new invoice is
/// finalised, so an account never holds credit and an outstanding invoice at once.
enum Allocator {
    /// What money can be allocated to: a finalised invoice, or a refund paid out of credit.
    enum Target: Hashable, Sendable {
        case invoice(Int64)
        case refund(Int64)
    }

    /// The client's invoices and refunds with something outstanding, oldest first.
    static func openCharges(_ db: Database, clientID: Int64) throws -> [OpenCharge<Target>] {
        let invoices = try Row.fetchAll(db, sql: """
            SELECT i.id, i.issued_on, i.gross_pence - COALESCE((SELECT SUM(a.amount_pence) FROM allocation a
                                                                WHERE a.invoice_id = i.id), 0) AS outstanding
            FROM invoice i WHERE i.client_id = ? AND i.status <> 'draft' AND i.issued_on IS NOT NULL
            AND outstanding > 0 ORDER BY i.issued_on, i.id
            """, arguments: [clientID]).map { row in
                OpenCharge(id: Target.invoice(row["id"]), date: row["issued_on"], outstanding: Pence(row["outstanding"] as Int))
            }
        let refunds = try Row.fetchAll(db, sql: """
            SELECT e.id, e.entry_on, e.amount_pence - COALESCE((SELECT SUM(a.amount_pence) FROM allocation a
                                                                WHERE a.refund_entry_id = e.id), 0) AS outstanding
            FROM ledger_entry e WHERE e.client_id = ? AND e.kind = 'refund' AND outstanding > 0 ORDER BY e.entry_on, e.id
            """, arguments: [clientID]).map { row in
                OpenCharge(id: Target.refund(row["id"]), date: row["entry_on"], outstanding: Pence(row["outstanding"] as Int))
            }
        return Allocation.order(invoices + refunds)
    }

    /// The client's credit entries with money not yet allocated, oldest first.
    static func openCredits(_ db: Database, clientID: Int64) throws -> [(id: Int64, left: Pence)] {
        try Row.fetchAll(db, sql: """
            SELECT e.id, e.amount_pence - COALESCE((SELECT SUM(a.amount_pence) FROM allocation a
                                                    WHERE a.credit_entry_id = e.id), 0) AS left_over
            FROM ledger_entry e WHERE e.client_id = ? AND e.kind IN ('payment','creditNote','writeOff','reversal')
            AND left_over > 0 ORDER BY e.entry_on, e.id
            """, arguments: [clientID]).map { ($0["id"], Pence($0["left_over"] as Int)) }
    }

    /// The money held for the client that nothing has been allocated to yet.
    static func credit(_ db: Database, clientID: Int64) throws -> Pence {
        try openCredits(db, clientID: clientID).map(\.left).sum()
    }

    /// What is still to pay on an invoice: its total less what has been allocated to it.
    static func outstanding(_ db: Database, invoice: Invoice) throws -> Pence {
        guard invoice.status != .draft, let id = invoice.id else { return .zero }
        let paid = try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(amount_pence), 0) FROM allocation WHERE invoice_id = ?",
                                    arguments: [id]) ?? 0
        return invoice.gross - Pence(paid)
    }

    /// Allocates up to `amount` of credit entry `creditID` over `targets` in the order given;
    /// returns what is left unallocated.
    @discardableResult
    static func allocate(_ db: Database, creditID: Int64, amount: Pence, over targets: [OpenCharge<Target>],
                         at now: Date) throws -> Pence {
        let plan = Allocation.plan(amount, over: targets)
        for part in plan.parts {
            let (invoiceID, refundID): (Int64?, Int64?) = switch part.id {
            case .invoice(let id): (id, nil)
            case .refund(let id): (nil, id)
            }
            try db.execute(sql: """
                INSERT INTO allocation (credit_entry_id, invoice_id, refund_entry_id, amount_pence, allocated_at)
                VALUES (?, ?, ?, ?, ?)
                """, arguments: [creditID, invoiceID, refundID, part.amount.value, now])
        }
        return plan.left
    }

    /// Allocates a newly posted credit entry: to the `chosen` invoices first, then oldest first.
    @discardableResult
    static func allocate(_ db: Database, entry: LedgerEntry, chosen: [Int64] = [], at now: Date) throws -> Pence {
        let targets = Allocation.order(try openCharges(db, clientID: entry.clientId), chosen: chosen.map(Target.invoice))
        return try allocate(db, creditID: try entry.id.orThrow("ledger entry"), amount: Pence(entry.amountPence),
                            over: targets, at: now)
    }

    /// Allocates every credit held on the account, oldest first, to the oldest open charges.
    static func settle(_ db: Database, clientID: Int64, at now: Date) throws {
        for credit in try openCredits(db, clientID: clientID) {
            let targets = try openCharges(db, clientID: clientID)
            guard !targets.isEmpty else { return }
            try allocate(db, creditID: credit.id, amount: credit.left, over: targets, at: now)
        }
    }

    /// Covers a refund from the credit held, oldest credit first.
    static func cover(_ db: Database, refund: LedgerEntry, at now: Date) throws {
        let refundID = try refund.id.orThrow("refund")
        var needed = Pence(refund.amountPence)
        for credit in try openCredits(db, clientID: refund.clientId) where needed.value > 0 {
            let part = min(needed, credit.left)
            try allocate(db, creditID: credit.id, amount: part,
                         over: [OpenCharge(id: .refund(refundID), date: refund.entryOn, outstanding: part)], at: now)
            needed -= part
        }
    }
}
