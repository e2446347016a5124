import Foundation
import VetSQL
import VetCore

/// Reading a client's account: the balance, what each invoice still has outstanding, aged
/// debt from those outstanding amounts, and the statement with a running balance.
extension AppDatabase {
    /// What the client owes (negative when the practice holds their money).
    public func balance(clientID: Int64) throws -> Pence {
        try read { db in try LedgerPosting.balance(db, clientID: clientID) }
    }

    /// The client's debt by age today: each invoice's outstanding amount in the bucket of its date.
    public func agedDebt(clientID: Int64) throws -> AgedDebt {
        let today = self.today
        return try read { db in try AccountReading.agedDebt(db, clientID: clientID, today: today) }
    }

    /// Every entry on the account, oldest first, with the balance after each.
    public func statement(clientID: Int64) throws -> [StatementLine] {
        try read { db in
            _ = try db.fetchRecord(Client.self, id: clientID).orThrow("client")
            return try AccountReading.statement(db, clientID: clientID)
        }
    }

    /// The client's invoices, newest first, each with what is still outstanding on it.
    public func invoiceStandings(clientID: Int64) throws -> [InvoiceStanding] {
        try read { db in
            let invoices = try db.fetchRecords(Invoice.self,
                                               "SELECT * FROM invoice WHERE client_id = ? ORDER BY created_at DESC, id DESC",
                                               [clientID])
            return try invoices.map { try AccountReading.standing(db, $0) }
        }
    }

    /// One invoice with what is still outstanding on it.
    public func invoiceStanding(id: Int64) throws -> InvoiceStanding {
        try read { db in try AccountReading.standing(db, try db.fetchRecord(Invoice.self, id: id).orThrow("invoice")) }
    }

    /// Everything a statement shows, read together so that its figures agree.
    public func accountStatement(clientID: Int64, as user: StaffSession) throws -> AccountStatement {
        try user.require(.viewClient)
        let today = self.today
        return try read { db in
            let client = try db.fetchRecord(Client.self, id: clientID).orThrow("client")
            let invoices = try db.fetchRecords(Invoice.self, """
                SELECT * FROM invoice WHERE client_id = ? AND status <> 'draft' ORDER BY issued_on, id
                """, [clientID])
            return AccountStatement(client: client, on: today, lines: try AccountReading.statement(db, clientID: clientID),
                                    invoices: try invoices.map { try AccountReading.standing(db, $0) },
                                    balance: try LedgerPosting.balance(db, clientID: clientID),
                                    aged: try AccountReading.agedDebt(db, clientID: clientID, today: today))
        }
    }

    /// Clients owing at least `minimum`, largest debt first, each with its aged debt today.
    public func clientsInDebt(minimum: Pence = Pence(1)) throws -> [Debtor] {
        let today = self.today
        return try read { db in
            let rows = try db.fetchAll("""
                SELECT client_id, SUM(balance_effect_pence) AS owed FROM ledger_entry
                GROUP BY client_id HAVING SUM(balance_effect_pence) >= ? ORDER BY owed DESC, client_id
                """, [max(1, minimum.value)])
            return try rows.map { row in
                let clientID = try row.decode(Int64.self, "client_id")
                let client = try db.fetchRecord(Client.self, id: clientID).orThrow("client")
                return Debtor(client: client, balance: try row.decode(Pence.self, "owed"),
                              agedDebt: try AccountReading.agedDebt(db, clientID: clientID, today: today))
            }
        }
    }
}

enum AccountReading {
    static func agedDebt(_ db: any SQLConnection, clientID: Int64, today: LocalDate) throws -> AgedDebt {
        AgedDebt.compute(open: try Allocator.openCharges(db, clientID: clientID).map { ($0.date, $0.outstanding) },
                         credit: try Allocator.credit(db, clientID: clientID), today: today)
    }

    static func standing(_ db: any SQLConnection, _ invoice: Invoice) throws -> InvoiceStanding {
        InvoiceStanding(invoice: invoice, outstanding: try Allocator.outstanding(db, invoice: invoice))
    }

    /// The entries oldest first with the running balance, each naming the invoices it concerns:
    /// the one it bills or reverses, or those a payment or credit paid.
    static func statement(_ db: any SQLConnection, clientID: Int64) throws -> [StatementLine] {
        let numbers = try PaymentRules.invoiceNumbers(db, clientID: clientID)
        let paid = try db.fetchAll("""
            SELECT a.credit_entry_id, a.invoice_id FROM allocation a JOIN ledger_entry e ON e.id = a.credit_entry_id
            WHERE e.client_id = ? AND a.invoice_id IS NOT NULL ORDER BY a.id
            """, [clientID])
        var paidBy: [Int64: [String]] = [:]
        for row in paid {
            guard let number = numbers[try row.decode(Int64.self, "invoice_id")] else { continue }
            let entryID = try row.decode(Int64.self, "credit_entry_id")
            if !(paidBy[entryID]?.contains(number) ?? false) { paidBy[entryID, default: []].append(number) }
        }
        var running = Pence.zero
        return try LedgerPosting.entries(db, clientID: clientID).map { entry in
            running += Pence(entry.balanceEffectPence)
            let own = entry.kind == .invoice || entry.kind == .reversal ? entry.invoiceId.flatMap { numbers[$0] } : nil
            let concerns = own.map { [$0] } ?? entry.id.flatMap { paidBy[$0] } ?? []
            return StatementLine(entry: entry, invoiceNumbers: concerns, runningBalance: running)
        }
    }
}
