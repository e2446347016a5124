import Foundation
import GRDB
import VetCore

/// Money in and out of a client's account: payments, refunds, credit notes and write-offs,
/// each a ledger entry; the balance, aged debt and statement are worked out from them.
extension AppDatabase {
    /// Takes a payment. `invoiceID`, when given, must be one of the client's finalised invoices.
    @discardableResult
    public func recordPayment(clientID: Int64, amount: Pence, method: PaymentMethod, reference: String? = nil,
                              invoiceID: Int64? = nil, as user: StaffSession) throws -> LedgerEntry {
        let paid = try MoneyRules.positive(amount, field: "payment amount")
        let ref = try MoneyRules.optional(reference, field: "reference", maxLength: 60)
        let now = self.now
        let today = self.today
        return try perform(.recordPayment, as: user) { db in
            _ = try Client.fetchOne(db, key: clientID).orThrow("client")
            if let invoiceID { try PaymentRules.checkPayable(db, invoiceID: invoiceID, clientID: clientID) }
            return try LedgerPosting.post(db, clientID: clientID,
                                          .init(kind: .payment, amount: paid, invoiceID: invoiceID, method: method, reference: ref),
                                          on: today, at: now, by: user.userID)
        }
    }

    /// Pays money back to a client, up to the credit the practice holds for them.
    @discardableResult
    public func recordRefund(clientID: Int64, amount: Pence, method: PaymentMethod, reason: String,
                             as user: StaffSession) throws -> LedgerEntry {
        let refund = try MoneyRules.positive(amount, field: "refund amount")
        let why = try MoneyRules.required(reason, field: "reason for refund", maxLength: 500)
        let now = self.now
        let today = self.today
        return try perform(.recordRefund, as: user) { db in
            let client = try Client.fetchOne(db, key: clientID).orThrow("client")
            let credit = -(try LedgerPosting.balance(db, clientID: clientID))
            guard refund <= credit else {
                let held = credit.value > 0 ? "only \(credit.formatted) in credit" : "no credit"
                throw StoreError.refused("a refund of \(refund.formatted) is more than \(client.fullName) has: \(held)")
            }
            return try LedgerPosting.post(db, clientID: clientID, .init(kind: .refund, amount: refund, method: method, note: why),
                                          on: today, at: now, by: user.userID)
        }
    }

    /// Reduces what a client owes (a goodwill gesture, a returned item), with the reason kept.
    @discardableResult
    public func issueCreditNote(clientID: Int64, amount: Pence, reason: String, as user: StaffSession) throws -> LedgerEntry {
        let credit = try MoneyRules.positive(amount, field: "credit note amount")
        let why = try MoneyRules.required(reason, field: "reason for credit note", maxLength: 500)
        let now = self.now
        let today = self.today
        return try perform(.issueCreditNote, as: user) { db in
            _ = try Client.fetchOne(db, key: clientID).orThrow("client")
            return try LedgerPosting.post(db, clientID: clientID, .init(kind: .creditNote, amount: credit, note: why),
                                          on: today, at: now, by: user.userID)
        }
    }

    /// Writes off debt the practice will not recover; never more than the client owes.
    @discardableResult
    public func writeOffDebt(clientID: Int64, amount: Pence, reason: String, as user: StaffSession) throws -> LedgerEntry {
        let writeOff = try MoneyRules.positive(amount, field: "write-off amount")
        let why = try MoneyRules.required(reason, field: "reason for write-off", maxLength: 500)
        let now = self.now
        let today = self.today
        return try perform(.writeOffDebt, as: user) { db in
            let client = try Client.fetchOne(db, key: clientID).orThrow("client")
            let owed = try LedgerPosting.balance(db, clientID: clientID)
            guard writeOff <= owed else {
                let owes = owed.value > 0 ? "only owes \(owed.formatted)" : "owes nothing"
                throw StoreError.refused("a write-off of \(writeOff.formatted) is more than the balance: \(client.fullName) \(owes)")
            }
            return try LedgerPosting.post(db, clientID: clientID, .init(kind: .writeOff, amount: writeOff, note: why),
                                          on: today, at: now, by: user.userID)
        }
    }

    /// What the client owes (negative when the practice holds their money).
    public func balance(clientID: Int64) throws -> Pence {
        try read { db in try LedgerPosting.balance(db, clientID: clientID) }
    }

    /// The client's debt by age today: payments settle the oldest charges first.
    public func agedDebt(clientID: Int64) throws -> AgedDebt {
        let today = self.today
        return try read { db in AgedDebt.compute(entries: try LedgerPosting.datedAmounts(db, clientID: clientID), today: today) }
    }

    /// Every entry on the account, oldest first, with the balance after each.
    public func statement(clientID: Int64) throws -> [StatementLine] {
        try read { db in
            _ = try Client.fetchOne(db, key: clientID).orThrow("client")
            let numbers = try PaymentRules.invoiceNumbers(db, clientID: clientID)
            var running = Pence.zero
            return try LedgerPosting.entries(db, clientID: clientID).map { entry in
                running += Pence(entry.balanceEffectPence)
                return StatementLine(entry: entry, invoiceNumber: entry.invoiceId.flatMap { numbers[$0] }, runningBalance: running)
            }
        }
    }

    /// Clients owing at least `minimum`, largest debt first, each with its aged debt today.
    public func clientsInDebt(minimum: Pence = Pence(1)) throws -> [Debtor] {
        let today = self.today
        return try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT client_id, SUM(balance_effect_pence) AS owed FROM ledger_entry
                GROUP BY client_id HAVING owed >= ? ORDER BY owed DESC, client_id
                """, arguments: [max(1, minimum.value)])
            return try rows.map { row in
                let clientID: Int64 = row["client_id"]
                let client = try Client.fetchOne(db, key: clientID).orThrow("client")
                let aged = AgedDebt.compute(entries: try LedgerPosting.datedAmounts(db, clientID: clientID), today: today)
                return Debtor(client: client, balance: Pence(row["owed"]), agedDebt: aged)
            }
        }
    }

    /// Passes an unpaid debt to a collection agency. The client's details leave the practice, so
    /// this is recorded as a disclosure; refused when nothing is owed or processing is restricted.
    @discardableResult
    public func referToDebtCollector(clientID: Int64, agency: String, overrideReason: String? = nil,
                                     as user: StaffSession) throws -> Disclosure {
        let recipient = try MoneyRules.required(agency, field: "debt collector", maxLength: 120)
        // Chasing money is the front desk's and the manager's work; a vet logs disclosures only for referrals.
        try user.require(.recordPayment)
        let now = self.now
        return try perform(.logDisclosure, as: user) { db in
            let client = try Client.fetchOne(db, key: clientID).orThrow("client")
            let owed = try LedgerPosting.balance(db, clientID: clientID)
            guard owed.value > 0 else {
                throw StoreError.refused("\(client.fullName) owes nothing, so there is no debt to refer")
            }
            try Restriction.check(client, action: "pass their details to \(recipient)", overrideReason: overrideReason,
                                  db: db, user: user, at: now)
            let details = DisclosureDetails(recipient: recipient, recipientKind: "debtCollector",
                                            categories: "owner name, address, contact details; amount owed; invoices",
                                            purpose: "recovery of \(owed.formatted) owed",
                                            lawfulBasis: "legitimate interests (recovering money owed)")
            return try DisclosureLog.append(db, clientID: clientID, details, claimID: nil, overrideReason: overrideReason,
                                            at: now, by: user.userID)
        }
    }
}

enum PaymentRules {
    static func checkPayable(_ db: Database, invoiceID: Int64, clientID: Int64) throws {
        let invoice = try Invoice.fetchOne(db, key: invoiceID).orThrow("invoice")
        guard invoice.clientId == clientID else {
            throw StoreError.refused("\(InvoiceWriter.name(invoice)) is another client's; take the payment on their account")
        }
        guard invoice.status == .finalised else {
            throw StoreError.refused(invoice.status == .draft
                ? "the invoice is still a draft; finalise it before taking payment against it"
                : "\(InvoiceWriter.name(invoice)) has been reversed; take the payment without an invoice")
        }
    }

    static func invoiceNumbers(_ db: Database, clientID: Int64) throws -> [Int64: String] {
        let rows = try Row.fetchAll(db, sql: "SELECT id, number FROM invoice WHERE client_id = ? AND number IS NOT NULL",
                                    arguments: [clientID])
        return Dictionary(rows.map { ($0["id"], $0["number"]) }, uniquingKeysWith: { first, _ in first })
    }
}
