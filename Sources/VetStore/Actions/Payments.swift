import Foundation
import VetSQL
import VetCore

/// Money in and out of a client's account: payments, refunds, credit notes and write-offs,
/// each a ledger entry allocated to the invoices it pays (see `Allocator`).
extension AppDatabase {
    /// Takes a payment and allocates it: to the `invoiceIDs` chosen first (each one of the
    /// client's finalised invoices with something outstanding), then to the oldest outstanding
    /// invoices. Money beyond everything outstanding is refused unless `keepRestOnAccount` says
    /// it stays on the account as credit.
    @discardableResult
    public func recordPayment(clientID: Int64, amount: Pence, method: PaymentMethod, reference: String? = nil,
                              invoiceIDs: [Int64] = [], keepRestOnAccount: Bool = false,
                              as user: StaffSession) throws -> LedgerEntry {
        let paid = try MoneyRules.positive(amount, field: "payment amount")
        let ref = try MoneyRules.optional(reference, field: "reference", maxLength: 60)
        let now = self.now
        let today = self.today
        return try perform(.recordPayment, as: user) { db in
            _ = try db.fetchRecord(Client.self, id: clientID).orThrow("client")
            for invoiceID in invoiceIDs { try PaymentRules.checkPayable(db, invoiceID: invoiceID, clientID: clientID) }
            let owed = try Allocator.openCharges(db, clientID: clientID).map(\.outstanding).sum()
            if paid > owed, !keepRestOnAccount {
                throw StoreError.refused(PaymentRules.overpayment(paid, owed: owed))
            }
            let entry = try LedgerPosting.post(db, clientID: clientID,
                                               .init(kind: .payment, amount: paid, invoiceID: invoiceIDs.first, method: method,
                                                     reference: ref),
                                               on: today, at: now, by: user.userID,
                                               site: try Sites.working(db, for: user))
            try Allocator.allocate(db, entry: entry, chosen: invoiceIDs, at: now)
            return entry
        }
    }

    /// What is outstanding on the account now: a payment above it needs the rest kept on account.
    public func outstanding(clientID: Int64) throws -> Pence {
        try read { db in try Allocator.openCharges(db, clientID: clientID).map(\.outstanding).sum() }
    }

    /// Pays money back to a client out of the credit the practice holds for them (money not
    /// allocated to any invoice); never more.
    @discardableResult
    public func recordRefund(clientID: Int64, amount: Pence, method: PaymentMethod, reason: String,
                             as user: StaffSession) throws -> LedgerEntry {
        let refund = try MoneyRules.positive(amount, field: "refund amount")
        let why = try MoneyRules.required(reason, field: "reason for refund", maxLength: 500)
        let now = self.now
        let today = self.today
        return try perform(.recordRefund, as: user) { db in
            let client = try db.fetchRecord(Client.self, id: clientID).orThrow("client")
            let credit = try Allocator.credit(db, clientID: clientID)
            guard refund <= credit else {
                let held = credit.value > 0 ? "only \(credit.formatted) in credit" : "no credit"
                throw StoreError.refused("a refund of \(refund.formatted) is more than \(client.fullName) has: \(held)")
            }
            let entry = try LedgerPosting.post(db, clientID: clientID, .init(kind: .refund, amount: refund, method: method, note: why),
                                               on: today, at: now, by: user.userID,
                                               site: try Sites.working(db, for: user))
            try Allocator.cover(db, refund: entry, at: now)
            return entry
        }
    }

    /// Reduces what a client owes (a goodwill gesture, a returned item), with the reason kept.
    /// It pays the `invoiceIDs` chosen first, then the oldest; any rest is credit on account.
    @discardableResult
    public func issueCreditNote(clientID: Int64, amount: Pence, reason: String, invoiceIDs: [Int64] = [],
                                as user: StaffSession) throws -> LedgerEntry {
        let credit = try MoneyRules.positive(amount, field: "credit note amount")
        let why = try MoneyRules.required(reason, field: "reason for credit note", maxLength: 500)
        let now = self.now
        let today = self.today
        return try perform(.issueCreditNote, as: user) { db in
            _ = try db.fetchRecord(Client.self, id: clientID).orThrow("client")
            for invoiceID in invoiceIDs { try PaymentRules.checkPayable(db, invoiceID: invoiceID, clientID: clientID) }
            let entry = try LedgerPosting.post(db, clientID: clientID,
                                               .init(kind: .creditNote, amount: credit, invoiceID: invoiceIDs.first, note: why),
                                               on: today, at: now, by: user.userID,
                                               site: try Sites.working(db, for: user))
            try Allocator.allocate(db, entry: entry, chosen: invoiceIDs, at: now)
            return entry
        }
    }

    /// Writes off debt the practice will not recover, oldest invoices first; never more than the client owes.
    @discardableResult
    public func writeOffDebt(clientID: Int64, amount: Pence, reason: String, as user: StaffSession) throws -> LedgerEntry {
        let writeOff = try MoneyRules.positive(amount, field: "write-off amount")
        let why = try MoneyRules.required(reason, field: "reason for write-off", maxLength: 500)
        let now = self.now
        let today = self.today
        return try perform(.writeOffDebt, as: user) { db in
            let client = try db.fetchRecord(Client.self, id: clientID).orThrow("client")
            let owed = try LedgerPosting.balance(db, clientID: clientID)
            guard writeOff <= owed else {
                let owes = owed.value > 0 ? "only owes \(owed.formatted)" : "owes nothing"
                throw StoreError.refused("a write-off of \(writeOff.formatted) is more than the balance: \(client.fullName) \(owes)")
            }
            let entry = try LedgerPosting.post(db, clientID: clientID, .init(kind: .writeOff, amount: writeOff, note: why),
                                               on: today, at: now, by: user.userID,
                                               site: try Sites.working(db, for: user))
            try Allocator.allocate(db, entry: entry, at: now)
            return entry
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
            let client = try db.fetchRecord(Client.self, id: clientID).orThrow("client")
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
    /// "£80.00 is £11.20 more than the £68.80 outstanding; keep the £11.20 on account as credit, or take less".
    static func overpayment(_ paid: Pence, owed: Pence) -> String {
        let rest = paid - owed
        let outstanding = owed.value > 0 ? "the \(owed.formatted) outstanding" : "what is outstanding (nothing)"
        return "\(paid.formatted) is \(rest.formatted) more than \(outstanding); "
            + "keep the \(rest.formatted) on account as credit, or take less"
    }

    static func checkPayable(_ db: any SQLConnection, invoiceID: Int64, clientID: Int64) throws {
        let invoice = try db.fetchRecord(Invoice.self, id: invoiceID).orThrow("invoice")
        guard invoice.clientId == clientID else {
            throw StoreError.refused("\(InvoiceWriter.name(invoice)) is another client's; take the payment on their account")
        }
        guard invoice.status == .finalised else {
            throw StoreError.refused(invoice.status == .draft
                ? "the invoice is still a draft; finalise it before taking payment against it"
                : "\(InvoiceWriter.name(invoice)) has been reversed; take the payment without an invoice")
        }
        guard try Allocator.outstanding(db, invoice: invoice).value > 0 else {
            throw StoreError.refused("\(InvoiceWriter.name(invoice)) is already paid; take the payment without choosing it")
        }
    }

    static func invoiceNumbers(_ db: any SQLConnection, clientID: Int64) throws -> [Int64: String] {
        let rows = try db.fetchAll("SELECT id, number FROM invoice WHERE client_id = ? AND number IS NOT NULL", [clientID])
        return Dictionary(try rows.map { (try $0.decode(Int64.self, "id"), try $0.decode(String.self, "number")) },
                          uniquingKeysWith: { first, _ in first })
    }
}
