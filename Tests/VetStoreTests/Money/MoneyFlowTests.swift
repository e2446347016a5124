import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

@Suite("Money from consultation to settled account")
struct MoneyFlowTests {
    @Test("consultation with two lines → draft invoice → finalise → payment → balance settled", arguments: SQLDialect.allCases)
    func consultationToPayment(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        let (client, pet) = try practice.registerClientWithPet()
        let clientID = try client.id.unwrapped("client id")
        let logged = try db.logConsultation(petID: try pet.id.unwrapped("pet id"), details: try Treatments.note(), as: practice.vet)
        let draft = try logged.invoice.unwrapped("draft invoice")
        #expect(try db.invoiceLines(invoiceID: try draft.id.unwrapped("id")).map(\.vatPence) == [900, 247])
        #expect(try db.balance(clientID: clientID) == .zero)
        let invoice = try db.finaliseInvoice(id: try draft.id.unwrapped("id"), expectedVersion: draft.version,
                                             as: practice.receptionist)
        #expect(try db.balance(clientID: clientID) == Pence(6_880))
        #expect(try db.invoices(clientID: clientID).map(\.number) == ["INV-2025-00001"])
        _ = try db.recordPayment(clientID: clientID, amount: Pence(6_000), method: .card, invoiceIDs: [try invoice.id.unwrapped("id")],
                                 as: practice.receptionist)
        #expect(try db.balance(clientID: clientID) == Pence(880))
        _ = try db.recordPayment(clientID: clientID, amount: Pence(880), method: .cash, as: practice.receptionist)
        #expect(try db.balance(clientID: clientID) == .zero)
        #expect(try db.clientsInDebt().isEmpty)
        let audited = try practice.auditActions(clientID: clientID)
        #expect(audited.contains("log consultation"))
        #expect(audited.contains("finalise invoice"))
        #expect(audited.filter { $0 == "post payment" }.count == 2)
        #expect(try db.integrityReport().isHealthy)
    }
}
