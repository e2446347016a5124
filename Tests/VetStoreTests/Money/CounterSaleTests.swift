import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

@Suite("Counter sales and drafts: no empty drafts, unused drafts deleted")
struct CounterSaleTests {
    @Test("reception builds a counter sale, adds a line at checkout and finalises it", arguments: SQLDialect.allCases)
    func counterSale(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try practice.registerClient()
        let clientID = try client.id.unwrapped("id")
        let db = practice.database
        let sale = try db.draftInvoice(clientID: clientID, lines: [charge("Dog food, 2 kg", pence: 1_500)], as: practice.receptionist)
        #expect(sale.consultationId == nil)
        let lines = try db.invoiceLines(invoiceID: try sale.id.unwrapped("id")).map(\.chargeLine) + [charge("Flea spray", pence: 900)]
        let grown = try db.updateDraftInvoice(id: try sale.id.unwrapped("id"), expectedVersion: sale.version, lines: lines,
                                              as: practice.receptionist)
        let final = try db.finaliseInvoice(id: try grown.id.unwrapped("id"), expectedVersion: grown.version, as: practice.receptionist)
        #expect(final.grossPence == 1_800 + 1_080)
        #expect(try db.balance(clientID: clientID) == Pence(2_880))
    }

    @Test("an unused draft can be deleted; a finalised invoice or a consultation's billed treatments cannot", arguments: SQLDialect.allCases)
    func deleteDrafts(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try practice.registerClient()
        let clientID = try client.id.unwrapped("id")
        let db = practice.database
        let sale = try db.draftInvoice(clientID: clientID, lines: [charge("Lead", pence: 1_200)], as: practice.receptionist)
        try db.deleteDraftInvoice(id: try sale.id.unwrapped("id"), expectedVersion: sale.version, as: practice.receptionist)
        #expect(try db.invoices(clientID: clientID).isEmpty)
        #expect(try practice.auditActions(clientID: clientID).contains("delete draft invoice"))
        let billed = try practice.billedConsultation()
        let finalID = try billed.invoice.id.unwrapped("id")
        #expect(refusal { try db.deleteDraftInvoice(id: finalID, expectedVersion: billed.invoice.version, as: practice.manager) }
            == "invoice INV-2025-00001 is finalised and cannot be deleted; "
                + "a finalised invoice is never edited — a manager can reverse it and a new one can be drafted")
        let logged = try db.logConsultation(petID: try billed.pet.id.unwrapped("pet"), details: try Treatments.note(), as: practice.vet)
        let draft = try logged.invoice.unwrapped("draft")
        #expect(refusal { try db.deleteDraftInvoice(id: try draft.id.unwrapped("id"), expectedVersion: draft.version,
                                                    as: practice.receptionist) }
            == "the draft bills 2 treatments from a consultation; finalise it, or have the vet correct the consultation's treatments")
    }

    @Test("a consultation with no treatments makes no invoice; adding treatments later drafts one, removing them deletes it", arguments: SQLDialect.allCases)
    func noEmptyConsultationDrafts(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (client, pet) = try practice.registerClientWithPet()
        let clientID = try client.id.unwrapped("id")
        let db = practice.database
        let logged = try db.logConsultation(petID: try pet.id.unwrapped("pet"), details: try Treatments.note(lines: []), as: practice.vet)
        #expect(logged.invoice == nil)
        #expect(try db.invoices(clientID: clientID).isEmpty)
        let consultationID = try logged.consultation.id.unwrapped("consultation")
        let corrected = try db.updateConsultation(id: consultationID, expectedVersion: logged.consultation.version,
                                                  details: try Treatments.note(), as: practice.vet)
        let drafted = try db.invoices(clientID: clientID)
        #expect(drafted.map(\.grossPence) == [6_880])
        #expect(drafted.first?.consultationId == consultationID)
        _ = try db.updateConsultation(id: consultationID, expectedVersion: corrected.version,
                                      details: try Treatments.note(lines: []), as: practice.vet)
        #expect(try db.invoices(clientID: clientID).isEmpty)
    }
}
