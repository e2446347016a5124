import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

@Suite("Allocation: what each payment paid")
struct AllocationTests {
    /// A second invoice for the same client, finalised through `db` (another day's terminal).
    static func finalisedInvoice(_ db: AppDatabase, practice: TestPractice, clientID: Int64, pence: Int,
                                 what: String = "Nail clip") throws -> Invoice {
        let draft = try db.draftInvoice(clientID: clientID, lines: [charge(what, pence: pence, vat: .zero)], as: practice.vet)
        return try db.finaliseInvoice(id: try draft.id.unwrapped("id"), expectedVersion: draft.version, as: practice.receptionist)
    }

    @Test("an invoice shows outstanding, then part paid, then paid; the payment form's amount follows", arguments: SQLDialect.allCases)
    func invoiceStatusFollowsPayments(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let billed = try practice.billedConsultation()
        let clientID = try billed.client.id.unwrapped("id")
        let invoiceID = try billed.invoice.id.unwrapped("id")
        let db = practice.database
        #expect(try db.invoiceStanding(id: invoiceID).paymentStatus == .outstanding)
        #expect(try db.invoiceStanding(id: invoiceID).outstanding == Pence(6_880))
        _ = try db.recordPayment(clientID: clientID, amount: Pence(5_000), method: .card, invoiceIDs: [invoiceID],
                                 as: practice.receptionist)
        let part = try db.invoiceStanding(id: invoiceID)
        #expect(part.paymentStatus == .partPaid)
        #expect(part.outstanding == Pence(1_880))
        #expect(part.paid == Pence(5_000))
        _ = try db.recordPayment(clientID: clientID, amount: Pence(1_880), method: .cheque, reference: "chq 100231",
                                 as: practice.receptionist)
        #expect(try db.invoiceStanding(id: invoiceID).paymentStatus == .paid)
        #expect(try db.outstanding(clientID: clientID) == .zero)
        #expect(try db.statement(clientID: clientID).last?.entry.method == .cheque)
        #expect(refusal { _ = try db.recordPayment(clientID: clientID, amount: Pence(100), method: .cash, invoiceIDs: [invoiceID],
                                                   keepRestOnAccount: true, as: practice.receptionist) }
            == "invoice INV-2025-00001 is already paid; take the payment without choosing it")
    }

    @Test("aged debt puts each invoice's outstanding amount in the bucket of its date", arguments: SQLDialect.allCases)
    func agedDebtFollowsAllocation(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let billed = try practice.billedConsultation()
        let clientID = try billed.client.id.unwrapped("id")
        let june = try practice.reopened(on: day(2025, 6, 20))
        let recent = try Self.finalisedInvoice(june, practice: practice, clientID: clientID, pence: 6_840)
        _ = try june.recordPayment(clientID: clientID, amount: Pence(6_840), method: .card,
                                   invoiceIDs: [try recent.id.unwrapped("id")], as: practice.receptionist)
        let aged = try june.agedDebt(clientID: clientID)
        #expect(aged.current == .zero)
        #expect(aged.over90 == Pence(6_880))
        #expect(aged.balance == (try june.balance(clientID: clientID)))
        // Without a chosen invoice the oldest is paid first.
        _ = try june.recordPayment(clientID: clientID, amount: Pence(1_000), method: .cash, as: practice.receptionist)
        #expect(try june.agedDebt(clientID: clientID).over90 == Pence(5_880))
        #expect(try june.invoiceStanding(id: try billed.invoice.id.unwrapped("id")).paymentStatus == .partPaid)
    }

    @Test("money above what is outstanding is refused unless kept on account; the credit pays the next invoice", arguments: SQLDialect.allCases)
    func overpaymentNeedsAChoice(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let billed = try practice.billedConsultation()
        let clientID = try billed.client.id.unwrapped("id")
        let db = practice.database
        #expect(refusal { _ = try db.recordPayment(clientID: clientID, amount: Pence(8_000), method: .card, as: practice.receptionist) }
            == "£80.00 is £11.20 more than the £68.80 outstanding; keep the £11.20 on account as credit, or take less")
        #expect(try db.statement(clientID: clientID).count == 1)
        _ = try db.recordPayment(clientID: clientID, amount: Pence(8_000), method: .card, keepRestOnAccount: true,
                                 as: practice.receptionist)
        #expect(try db.agedDebt(clientID: clientID).unallocatedCredit == Pence(1_120))
        let next = try Self.finalisedInvoice(db, practice: practice, clientID: clientID, pence: 1_500)
        let standing = try db.invoiceStanding(id: try next.id.unwrapped("id"))
        #expect(standing.paymentStatus == .partPaid)
        #expect(standing.outstanding == Pence(380))
        #expect(try db.agedDebt(clientID: clientID).unallocatedCredit == .zero)
    }

    @Test("refunds come only from credit not allocated to an invoice", arguments: SQLDialect.allCases)
    func refundsComeFromCredit(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let billed = try practice.billedConsultation()
        let clientID = try billed.client.id.unwrapped("id")
        let db = practice.database
        _ = try db.recordPayment(clientID: clientID, amount: Pence(7_000), method: .card, keepRestOnAccount: true,
                                 as: practice.receptionist)
        #expect(refusal { _ = try db.recordRefund(clientID: clientID, amount: Pence(121), method: .card, reason: "Overpaid",
                                                  as: practice.manager) }
            == "a refund of £1.21 is more than Mrs Zoë Le Brun has: only £1.20 in credit")
        _ = try db.recordRefund(clientID: clientID, amount: Pence(120), method: .card, reason: "Overpaid", as: practice.manager)
        #expect(try db.balance(clientID: clientID) == .zero)
        #expect(try db.agedDebt(clientID: clientID) == AgedDebt())
        #expect(try db.invoiceStanding(id: try billed.invoice.id.unwrapped("id")).paymentStatus == .paid)
    }

    @Test("reversing a paid invoice turns what was paid into credit, which pays the next outstanding invoice", arguments: SQLDialect.allCases)
    func reversalReleasesPayments(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let billed = try practice.billedConsultation()
        let clientID = try billed.client.id.unwrapped("id")
        let db = practice.database
        let other = try Self.finalisedInvoice(db, practice: practice, clientID: clientID, pence: 2_000)
        let firstID = try billed.invoice.id.unwrapped("id")
        _ = try db.recordPayment(clientID: clientID, amount: Pence(6_880), method: .card, invoiceIDs: [firstID],
                                 as: practice.receptionist)
        _ = try db.reverseInvoice(id: firstID, reason: "Billed twice", as: practice.manager)
        let reversed = try db.invoiceStanding(id: firstID)
        #expect(reversed.outstanding == .zero)
        #expect(reversed.paymentStatus == nil)
        #expect(try db.invoiceStanding(id: try other.id.unwrapped("id")).paymentStatus == .paid)
        #expect(try db.agedDebt(clientID: clientID).unallocatedCredit == Pence(4_880))
        #expect(try db.balance(clientID: clientID) == Pence(-4_880))
        let lines = try db.statement(clientID: clientID)
        #expect(lines.map(\.detail) == ["Invoice · INV-2025-00001", "Invoice · INV-2025-00002",
                                        "Payment · Card · paid INV-2025-00001", "Reversal · INV-2025-00001 · Billed twice"])
    }

    @Test("a credit note pays the invoice chosen; a write-off pays the oldest", arguments: SQLDialect.allCases)
    func creditNotesAndWriteOffs(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let billed = try practice.billedConsultation()
        let clientID = try billed.client.id.unwrapped("id")
        let db = practice.database
        let second = try Self.finalisedInvoice(db, practice: practice, clientID: clientID, pence: 2_000)
        let secondID = try second.id.unwrapped("id")
        _ = try db.issueCreditNote(clientID: clientID, amount: Pence(500), reason: "Goodwill", invoiceIDs: [secondID],
                                   as: practice.manager)
        #expect(try db.invoiceStanding(id: secondID).outstanding == Pence(1_500))
        _ = try db.writeOffDebt(clientID: clientID, amount: Pence(6_880), reason: "Gone away", as: practice.manager)
        #expect(try db.invoiceStanding(id: try billed.invoice.id.unwrapped("id")).paymentStatus == .paid)
        #expect(try db.invoiceStanding(id: secondID).outstanding == Pence(1_500))
    }

    @Test("the database itself refuses an allocation beyond a payment or an invoice, and any change to one", arguments: SQLDialect.allCases)
    func triggersGuardTheLedger(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let billed = try practice.billedConsultation()
        let clientID = try billed.client.id.unwrapped("id")
        let payment = try practice.database.recordPayment(clientID: clientID, amount: Pence(1_000), method: .cash,
                                                          as: practice.receptionist)
        let paymentID = try payment.id.unwrapped("id")
        let invoiceID = try billed.invoice.id.unwrapped("id")
        func attempt(_ sql: String) -> String {
            refusal { _ = try practice.write { db in try db.execute(sql) } }
        }
        #expect(attempt("INSERT INTO allocation (credit_entry_id, invoice_id, amount_pence, allocated_at) "
                        + "VALUES (\(paymentID), \(invoiceID), 1, '2025-03-03 12:00:00')")
            .contains("an allocation cannot give more than the payment or credit it comes from"))
        #expect(attempt("UPDATE allocation SET amount_pence = 1").contains("allocations are never changed"))
        #expect(attempt("DELETE FROM allocation").contains("allocations are never removed"))
        #expect(try practice.database.invoiceStanding(id: invoiceID).outstanding == Pence(5_880))
    }
}
