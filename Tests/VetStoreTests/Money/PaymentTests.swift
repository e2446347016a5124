import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

@Suite("Payments and the ledger")
struct PaymentTests {
    @Test("amounts must be more than nothing, worded for the desk", arguments: SQLDialect.allCases)
    func positiveAmounts(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let billed = try practice.billedConsultation()
        let clientID = try billed.client.id.unwrapped("id")
        let db = practice.database
        #expect(refusal { _ = try db.recordPayment(clientID: clientID, amount: .zero, method: .card, as: practice.receptionist) }
            == "payment amount must be more than £0.00")
        #expect(refusal { _ = try db.recordPayment(clientID: clientID, amount: Pence(-500), method: .cash, as: practice.receptionist) }
            == "payment amount must be more than £0.00")
        #expect(refusal { _ = try db.issueCreditNote(clientID: clientID, amount: Pence(-1), reason: "Goodwill", as: practice.manager) }
            == "credit note amount must be more than £0.00")
        #expect(refusal { _ = try db.writeOffDebt(clientID: clientID, amount: .zero, reason: "Gone away", as: practice.manager) }
            == "write-off amount must be more than £0.00")
        #expect(try db.statement(clientID: clientID).count == 1)
    }

    @Test("payments, credit notes, write-offs and refunds move the balance, with a running statement", arguments: SQLDialect.allCases)
    func ledgerMovements(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let billed = try practice.billedConsultation()
        let clientID = try billed.client.id.unwrapped("id")
        let db = practice.database
        let payment = try db.recordPayment(clientID: clientID, amount: Pence(5_000), method: .card, reference: "auth 4411",
                                           invoiceIDs: [try billed.invoice.id.unwrapped("id")], as: practice.receptionist)
        #expect(payment.method == .card)
        #expect(payment.balanceEffectPence == -5_000)
        _ = try db.issueCreditNote(clientID: clientID, amount: Pence(880), reason: "Goodwill: long wait", as: practice.manager)
        #expect(try db.balance(clientID: clientID) == Pence(1_000))
        #expect(refusal { _ = try db.writeOffDebt(clientID: clientID, amount: Pence(1_001), reason: "Moved away", as: practice.manager) }
            == "a write-off of £10.01 is more than the balance: Mrs Zoë Le Brun only owes £10.00")
        _ = try db.writeOffDebt(clientID: clientID, amount: Pence(400), reason: "Moved away", as: practice.manager)
        #expect(refusal { _ = try db.recordPayment(clientID: clientID, amount: Pence(1_000), method: .cash, as: practice.receptionist) }
            == "£10.00 is £4.00 more than the £6.00 outstanding; keep the £4.00 on account as credit, or take less")
        _ = try db.recordPayment(clientID: clientID, amount: Pence(1_000), method: .cash, keepRestOnAccount: true,
                                 as: practice.receptionist)
        #expect(try db.balance(clientID: clientID) == Pence(-400))
        #expect(refusal { _ = try db.recordRefund(clientID: clientID, amount: Pence(500), method: .cash, reason: "Overpaid",
                                                  as: practice.manager) }
            == "a refund of £5.00 is more than Mrs Zoë Le Brun has: only £4.00 in credit")
        _ = try db.recordRefund(clientID: clientID, amount: Pence(400), method: .cash, reason: "Overpaid", as: practice.manager)
        let statement = try db.statement(clientID: clientID)
        #expect(statement.map(\.entry.kind) == [.invoice, .payment, .creditNote, .writeOff, .payment, .refund])
        #expect(statement.map(\.runningBalance.value) == [6_880, 1_880, 1_000, 600, -400, 0])
        #expect(statement[1].invoiceNumbers == ["INV-2025-00001"])
    }

    @Test("roles: a receptionist takes payments but cannot write off, refund or credit", arguments: SQLDialect.allCases)
    func moneyPermissions(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let billed = try practice.billedConsultation()
        let clientID = try billed.client.id.unwrapped("id")
        let db = practice.database
        #expect(refusal { _ = try db.writeOffDebt(clientID: clientID, amount: Pence(100), reason: "Bad debt", as: practice.receptionist) }
            == "A receptionist cannot write off debt; ask a practice manager.")
        #expect(refusal { _ = try db.recordRefund(clientID: clientID, amount: Pence(100), method: .card, reason: "x", as: practice.receptionist) }
            == "A receptionist cannot record a refund; ask a practice manager.")
        #expect(refusal { _ = try db.issueCreditNote(clientID: clientID, amount: Pence(100), reason: "x", as: practice.receptionist) }
            == "A receptionist cannot issue a credit note; ask a practice manager.")
        #expect(refusal { _ = try db.recordPayment(clientID: clientID, amount: Pence(100), method: .card, as: practice.vet) }
            == "A vet cannot record a payment; ask a receptionist or a practice manager.")
        #expect(try db.balance(clientID: clientID) == Pence(6_880))
    }

    @Test("a payment against an invoice must be against the client's own finalised invoice", arguments: SQLDialect.allCases)
    func paymentAgainstInvoice(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let billed = try practice.billedConsultation()
        let other = try practice.registerClient(firstName: "Ann", lastName: "Vibert", phone: "07797 123456")
        let otherID = try other.id.unwrapped("id")
        #expect(refusal { _ = try practice.database.recordPayment(clientID: otherID, amount: Pence(100), method: .card,
                                                                  invoiceIDs: [try billed.invoice.id.unwrapped("id")], as: practice.receptionist) }
            == "invoice INV-2025-00001 is another client's; take the payment on their account")
        let draft = try practice.database.draftInvoice(clientID: otherID, lines: [charge("Bath", pence: 100)], as: practice.vet)
        #expect(refusal { _ = try practice.database.recordPayment(clientID: otherID, amount: Pence(100), method: .card,
                                                                  invoiceIDs: [try draft.id.unwrapped("id")], as: practice.receptionist) }
            == "the invoice is still a draft; finalise it before taking payment against it")
    }

    @Test("the debtors list and a debt-collector referral recorded as a disclosure", arguments: SQLDialect.allCases)
    func debtorsAndReferral(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let billed = try practice.billedConsultation()
        let clientID = try billed.client.id.unwrapped("id")
        let settled = try practice.registerClient(firstName: "Ann", lastName: "Vibert", phone: "07797 123456")
        let db = practice.database
        #expect(refusal { _ = try db.referToDebtCollector(clientID: try settled.id.unwrapped("id"), agency: "Island Recoveries",
                                                          as: practice.manager) }
            == "Mrs Ann Vibert owes nothing, so there is no debt to refer")
        let debtors = try db.clientsInDebt()
        #expect(debtors.map(\.client.id) == [clientID])
        #expect(debtors.first?.balance == Pence(6_880))
        #expect(debtors.first?.agedDebt.current == Pence(6_880))
        #expect(try db.clientsInDebt(minimum: Pence(10_000)).isEmpty)
        #expect(refusal { _ = try db.referToDebtCollector(clientID: clientID, agency: "Island Recoveries", as: practice.vet) }
            == "A vet cannot record a payment; ask a receptionist or a practice manager.")
        let disclosure = try db.referToDebtCollector(clientID: clientID, agency: "Island Recoveries", as: practice.manager)
        #expect(disclosure.recipientKind == "debtCollector")
        #expect(disclosure.purpose == "recovery of £68.80 owed")
        let view = try db.viewClient(id: clientID, as: practice.manager)
        #expect(view.disclosures.map(\.recipient) == ["Island Recoveries"])
    }

    @Test("aged debt moves into older buckets as the clock moves on, and payments clear the oldest first", arguments: SQLDialect.allCases)
    func agedDebtWithMovingClock(engine: SQLDialect) throws {
        let practice = try TestPractice.make(clock: clock(2025, 1, 10), engine: engine)
        let (client, pet) = try practice.registerClientWithPet()
        let clientID = try client.id.unwrapped("id")
        let petID = try pet.id.unwrapped("id")
        func bill(_ pence: Int, on date: LocalDate) throws {
            let db = try practice.reopened(on: date)
            let draft = try db.draftInvoice(clientID: clientID, lines: [charge("Treatment", pence: pence, vat: .zero, petID: petID)],
                                            as: practice.vet)
            _ = try db.finaliseInvoice(id: try draft.id.unwrapped("id"), expectedVersion: draft.version, as: practice.receptionist)
        }
        try bill(10_000, on: day(2025, 1, 10))
        try bill(5_000, on: day(2025, 2, 20))
        try bill(2_000, on: day(2025, 3, 25))
        let onMarch31 = try practice.reopened(on: day(2025, 3, 31)).agedDebt(clientID: clientID)
        #expect(onMarch31.days61to90 == Pence(10_000))
        #expect(onMarch31.days31to60 == Pence(5_000))
        #expect(onMarch31.current == Pence(2_000))
        let inMay = try practice.reopened(on: day(2025, 5, 1))
        #expect(try inMay.agedDebt(clientID: clientID).over90 == Pence(10_000))
        _ = try inMay.recordPayment(clientID: clientID, amount: Pence(12_000), method: .bankTransfer, as: practice.receptionist)
        let afterPayment = try inMay.agedDebt(clientID: clientID)
        #expect(afterPayment.over90 == .zero)
        #expect(afterPayment.days61to90 == Pence(3_000))
        #expect(afterPayment.days31to60 == Pence(2_000))
        #expect(afterPayment.balance == Pence(5_000))
    }
}
