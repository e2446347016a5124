import Foundation
import VetSQL
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

    /// The client's invoices and refunds with something outstanding, oldest first. (What is
    /// outstanding is filtered in an outer query because PostgreSQL's WHERE cannot name a result column.)
    static func openCharges(_ db: any SQLConnection, clientID: Int64) throws -> [OpenCharge<Target>] {
        let invoices = try db.fetchAll("""
            SELECT id, issued_on, outstanding FROM (
                SELECT i.id, i.issued_on, i.gross_pence - COALESCE((SELECT SUM(a.amount_pence) FROM allocation a
                                                                    WHERE a.invoice_id = i.id), 0) AS outstanding
                FROM invoice i WHERE i.client_id = ? AND i.status <> 'draft' AND i.issued_on IS NOT NULL
            ) AS open_invoice WHERE outstanding > 0 ORDER BY issued_on, id
            """, [clientID]).map { row in
                OpenCharge(id: Target.invoice(try row.decode(Int64.self, "id")),
                           date: try row.decode(LocalDate.self, "issued_on"),
                           outstanding: try row.decode(Pence.self, "outstanding"))
            }
        let refunds = try db.fetchAll("""
            SELECT id, entry_on, outstanding FROM (
                SELECT e.id, e.entry_on, e.amount_pence - COALESCE((SELECT SUM(a.amount_pence) FROM allocation a
                                                                    WHERE a.refund_entry_id = e.id), 0) AS outstanding
                FROM ledger_entry e WHERE e.client_id = ? AND e.kind = 'refund'
            ) AS open_refund WHERE outstanding > 0 ORDER BY entry_on, id
            """, [clientID]).map { row in
                OpenCharge(id: Target.refund(try row.decode(Int64.self, "id")),
                           date: try row.decode(LocalDate.self, "entry_on"),
                           outstanding: try row.decode(Pence.self, "outstanding"))
            }
        return Allocation.order(invoices + refunds)
    }

    /// The client's credit entries with money not yet allocated, oldest first.
    static func openCredits(_ db: any SQLConnection, clientID: Int64) throws -> [(id: Int64, left: Pence)] {
        try db.fetchAll("""
            SELECT id, left_over FROM (
                SELECT e.id, e.entry_on, e.amount_pence - COALESCE((SELECT SUM(a.amount_pence) FROM allocation a
                                                                    WHERE a.credit_entry_id = e.id), 0) AS left_over
                FROM ledger_entry e WHERE e.client_id = ? AND e.kind IN ('payment','creditNote','writeOff','reversal')
            ) AS open_credit WHERE left_over > 0 ORDER BY entry_on, id
            """, [clientID]).map { (try $0.decode(Int64.self, "id"), try $0.decode(Pence.self, "left_over")) }
    }

    /// The money held for the client that nothing has been allocated to yet.
    static func credit(_ db: any SQLConnection, clientID: Int64) throws -> Pence {
        try openCredits(db, clientID: clientID).map(\.left).sum()
    }

    /// What is still to pay on an invoice: its total less what has been allocated to it.
    static func outstanding(_ db: any SQLConnection, invoice: Invoice) throws -> Pence {
        guard invoice.status != .draft, let id = invoice.id else { return .zero }
        let paid = try db.fetchValue(Int.self, "SELECT COALESCE(SUM(amount_pence), 0) FROM allocation WHERE invoice_id = ?",
                                     [id]) ?? 0
        return invoice.gross - Pence(paid)
    }

    /// Allocates up to `amount` of credit entry `creditID` over `targets` in the order given;
    /// returns what is left unallocated.
    @discardableResult
    static func allocate(_ db: any SQLConnection, creditID: Int64, amount: Pence, over targets: [OpenCharge<Target>],
                         at now: Date) throws -> Pence {
        let plan = Allocation.plan(amount, over: targets)
        for part in plan.parts {
            let (invoiceID, refundID): (Int64?, Int64?) = switch part.id {
            case .invoice(let id): (id, nil)
            case .refund(let id): (nil, id)
            }
            try db.execute("""
                INSERT INTO allocation (credit_entry_id, invoice_id, refund_entry_id, amount_pence, allocated_at)
                VALUES (?, ?, ?, ?, ?)
                """, [creditID, invoiceID, refundID, part.amount.value, now])
        }
        return plan.left
    }

    /// Allocates a newly posted credit entry: to the `chosen` invoices first, then oldest first.
    @discardableResult
    static func allocate(_ db: any SQLConnection, entry: LedgerEntry, chosen: [Int64] = [], at now: Date) throws -> Pence {
        let targets = Allocation.order(try openCharges(db, clientID: entry.clientId), chosen: chosen.map(Target.invoice))
        return try allocate(db, creditID: try entry.id.orThrow("ledger entry"), amount: Pence(entry.amountPence),
                            over: targets, at: now)
    }

    /// Allocates every credit held on the account, oldest first, to the oldest open charges.
    static func settle(_ db: any SQLConnection, clientID: Int64, at now: Date) throws {
        for credit in try openCredits(db, clientID: clientID) {
            let targets = try openCharges(db, clientID: clientID)
            guard !targets.isEmpty else { return }
            try allocate(db, creditID: credit.id, amount: credit.left, over: targets, at: now)
        }
    }

    /// Covers a refund from the credit held, oldest credit first.
    static func cover(_ db: any SQLConnection, refund: LedgerEntry, at now: Date) throws {
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
