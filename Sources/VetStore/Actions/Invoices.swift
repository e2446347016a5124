import Foundation
import VetSQL
import VetCore

/// Invoices: drafted, finalised with a number at checkout, and never edited afterwards —
/// a wrong finalised invoice is reversed by a ledger entry and billed again.
extension AppDatabase {
    /// A new draft invoice for a client: a counter sale at the desk, or a bill drafted by hand.
    /// It needs at least one line (no empty drafts); each line's pet, when given, must be the client's.
    @discardableResult
    public func draftInvoice(clientID: Int64, lines: [ChargeLine], as user: StaffSession) throws -> Invoice {
        let checked = try MoneyRules.validated(lines)
        guard !checked.isEmpty else {
            throw StoreError.refused("a draft invoice needs at least one line; pick what is being sold from the price list")
        }
        let now = self.now
        return try perform(.draftInvoice, as: user) { db in
            let client = try db.fetchRecord(Client.self, id: clientID).orThrow("client")
            guard client.status != .anonymised else { throw StoreError.refused("an anonymised client cannot be invoiced") }
            try InvoiceRules.checkPets(db, checked, belongTo: client)
            try InvoiceRules.checkTreatments(db, checked, consultationID: nil)
            try AllergyRules.check(db, lines: checked)
            let draft = try InvoiceWriter.newDraft(db, clientID: clientID, consultationID: nil,
                                                   site: try Sites.working(db, for: user), at: now, by: user.userID)
            let id = try draft.id.orThrow("invoice")
            try InvoiceWriter.addLines(db, invoiceID: id, checked)
            let invoice = try InvoiceWriter.refreshTotals(db, invoiceID: id)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "draft invoice", recordType: "invoice",
                                  recordID: id, clientID: clientID, detail: invoice.gross.formatted)
            try AllergyRules.auditOverrides(db, lines: checked, clientID: clientID, at: now, by: user.userID,
                                            recordType: "invoice", recordID: id)
            return invoice
        }
    }

    /// Replaces a draft's lines unless someone saved it since `expectedVersion`. Finalised and
    /// reversed invoices are refused.
    @discardableResult
    public func updateDraftInvoice(id: Int64, expectedVersion: Int, lines: [ChargeLine],
                                   as user: StaffSession) throws -> Invoice {
        let checked = try MoneyRules.validated(lines)
        let now = self.now
        return try perform(.draftInvoice, as: user) { db in
            let invoice = try db.fetchRecord(Invoice.self, id: id).orThrow("invoice")
            try InvoiceRules.checkDraft(invoice, action: "edited")
            let client = try db.fetchRecord(Client.self, id: invoice.clientId).orThrow("client")
            try InvoiceRules.checkPets(db, checked, belongTo: client)
            try InvoiceRules.checkTreatments(db, checked, consultationID: invoice.consultationId)
            let known = try db.fetchRecords(InvoiceLine.self, "SELECT * FROM invoice_line WHERE invoice_id = ?", [id])
            try AllergyRules.check(db, lines: checked, known: Set(known.compactMap(\.priceItemId)))
            try Versioning.advance(db, table: "invoice", id: id, expectedVersion: expectedVersion, at: now,
                                   by: user.userID, record: "The draft invoice")
            try db.execute("DELETE FROM invoice_line WHERE invoice_id = ?", [id])
            try InvoiceWriter.addLines(db, invoiceID: id, checked)
            let updated = try InvoiceWriter.refreshTotals(db, invoiceID: id)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "change draft invoice", recordType: "invoice",
                                  recordID: id, clientID: invoice.clientId, detail: updated.gross.formatted)
            let added = checked.filter { line in !known.contains { $0.allergyReason == line.allergyReason && $0.priceItemId == line.priceItemID } }
            try AllergyRules.auditOverrides(db, lines: added, clientID: invoice.clientId, at: now, by: user.userID,
                                            recordType: "invoice", recordID: id)
            return updated
        }
    }

    /// Gives the draft the next number of the year (INV-2025-00042), dates it today and puts
    /// its total on the client's account. From here on the invoice is never edited.
    @discardableResult
    public func finaliseInvoice(id: Int64, expectedVersion: Int, as user: StaffSession) throws -> Invoice {
        let now = self.now
        let today = self.today
        return try perform(.finaliseInvoice, as: user) { db in
            var invoice = try db.fetchRecord(Invoice.self, id: id).orThrow("invoice")
            try InvoiceRules.checkDraft(invoice, action: "finalised again")
            guard try db.exists("SELECT 1 FROM invoice_line WHERE invoice_id = ?", [id]) else {
                throw StoreError.refused("an invoice with no lines cannot be finalised; add what was charged first")
            }
            invoice.version = try Versioning.advance(db, table: "invoice", id: id, expectedVersion: expectedVersion,
                                                     at: now, by: user.userID, record: "The draft invoice")
            invoice = try InvoiceWriter.refreshTotals(db, invoiceID: id)
            invoice.number = try InvoiceWriter.nextNumber(db, year: today.year)
            invoice.status = .finalised
            invoice.issuedOn = today
            try db.update(invoice, id: id)
            // A £0.00 invoice (a free check-up) is a record of care but puts nothing on the account.
            if invoice.grossPence > 0 {
                try LedgerPosting.post(db, clientID: invoice.clientId,
                                       .init(kind: .invoice, amount: invoice.gross, invoiceID: id), on: today, at: now,
                                       by: user.userID, site: invoice.siteId)
                // Credit already held on account pays the new invoice straight away.
                try Allocator.settle(db, clientID: invoice.clientId, at: now)
            }
            try AuditTrail.record(db, at: now, userID: user.userID, action: "finalise invoice", recordType: "invoice",
                                  recordID: id, clientID: invoice.clientId,
                                  detail: "\(invoice.number ?? "") \(invoice.gross.formatted)")
            return invoice
        }
    }

    /// Cancels a finalised invoice with a `reversal` entry for its full amount; the invoice
    /// itself stays as issued. Refused while a claim built from its lines is open or paid.
    @discardableResult
    public func reverseInvoice(id: Int64, reason: String, as user: StaffSession) throws -> Invoice {
        let why = try MoneyRules.required(reason, field: "reason for reversal", maxLength: 500)
        let now = self.now
        let today = self.today
        return try perform(.reverseInvoice, as: user) { db in
            var invoice = try db.fetchRecord(Invoice.self, id: id).orThrow("invoice")
            guard invoice.status == .finalised else {
                throw StoreError.refused(invoice.status == .draft
                    ? "the draft invoice has not been finalised, so there is nothing to reverse; change the draft instead"
                    : "\(InvoiceWriter.name(invoice)) is already reversed")
            }
            try InvoiceRules.checkNotClaimed(db, invoiceID: id, invoice: invoice)
            invoice.version = try Versioning.advance(db, table: "invoice", id: id, expectedVersion: invoice.version,
                                                     at: now, by: user.userID, record: InvoiceWriter.name(invoice))
            invoice.status = .reversed
            invoice.updatedAt = now
            invoice.updatedBy = user.userID
            try db.update(invoice, id: id)
            if invoice.grossPence > 0 {
                let entry = try LedgerPosting.post(db, clientID: invoice.clientId,
                                                   .init(kind: .reversal, amount: invoice.gross, invoiceID: id, note: why),
                                                   on: today, at: now,
                                       by: user.userID, site: invoice.siteId)
                // The reversal clears what is outstanding on the invoice; what was already paid on it
                // becomes credit, which pays the client's other invoices oldest first.
                let outstanding = try Allocator.outstanding(db, invoice: invoice)
                try Allocator.allocate(db, creditID: try entry.id.orThrow("reversal"), amount: outstanding,
                                       over: [OpenCharge(id: .invoice(id), date: today, outstanding: outstanding)], at: now)
                try Allocator.settle(db, clientID: invoice.clientId, at: now)
            }
            try AuditTrail.record(db, at: now, userID: user.userID, action: "reverse invoice", recordType: "invoice",
                                  recordID: id, clientID: invoice.clientId, detail: "\(invoice.number ?? ""): \(why)")
            return invoice
        }
    }

    /// A client's invoices, newest first.
    public func invoices(clientID: Int64) throws -> [Invoice] {
        try read { db in
            try db.fetchRecords(Invoice.self, "SELECT * FROM invoice WHERE client_id = ? ORDER BY created_at DESC, id DESC",
                                [clientID])
        }
    }

    public func invoice(id: Int64) throws -> Invoice {
        try read { db in try db.fetchRecord(Invoice.self, id: id).orThrow("invoice") }
    }

    /// An invoice's lines in the order they were added.
    public func invoiceLines(invoiceID: Int64) throws -> [InvoiceLine] {
        try read { db in
            try db.fetchRecords(InvoiceLine.self, "SELECT * FROM invoice_line WHERE invoice_id = ? ORDER BY id", [invoiceID])
        }
    }
}

enum InvoiceRules {
    static func checkDraft(_ invoice: Invoice, action: String) throws {
        switch invoice.status {
        case .draft: return
        case .finalised:
            throw StoreError.refused("\(InvoiceWriter.name(invoice)) is finalised and cannot be \(action); "
                + "a finalised invoice is never edited — a manager can reverse it and a new one can be drafted")
        case .reversed:
            throw StoreError.refused("\(InvoiceWriter.name(invoice)) has been reversed and cannot be \(action)")
        }
    }

    static func checkPets(_ db: any SQLConnection, _ lines: [ChargeLine], belongTo client: Client) throws {
        for petID in Set(lines.compactMap(\.petID)) {
            let pet = try db.fetchRecord(Pet.self, id: petID).orThrow("pet")
            guard pet.clientId == client.id else {
                throw StoreError.refused("\(pet.name) does not belong to \(client.fullName), so cannot be on their invoice")
            }
        }
    }

    /// A line may bill a treatment only of the consultation the invoice was made from.
    static func checkTreatments(_ db: any SQLConnection, _ lines: [ChargeLine], consultationID: Int64?) throws {
        for id in Set(lines.compactMap(\.treatmentLineID)) {
            let owner = try db.fetchValue(Int64.self, "SELECT consultation_id FROM treatment_line WHERE id = ?", [id])
            guard let owner, owner == consultationID else {
                throw StoreError.refused("a line refers to a treatment from another consultation; remove it and add the charge by hand")
            }
        }
    }

    static func checkNotClaimed(_ db: any SQLConnection, invoiceID: Int64, invoice: Invoice) throws {
        let live = [ClaimStatus.paid, .partPaid] + ClaimStatus.allCases.filter(\.isOpen)
        let claimID = try db.fetchValue(Int64.self, """
            SELECT c.id FROM claim c JOIN claim_line cl ON cl.claim_id = c.id
            JOIN invoice_line l ON l.id = cl.invoice_line_id
            WHERE l.invoice_id = ? AND c.status IN (\(live.map { "'\($0.rawValue)'" }.joined(separator: ",")))
            """, [invoiceID])
        if let claimID {
            throw StoreError.refused("\(InvoiceWriter.name(invoice)) has lines on insurance claim \(claimID); "
                + "withdraw the claim before reversing the invoice")
        }
    }
}
