import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// Reversing a finalised invoice asks first, naming the invoice, with No as the default.
@MainActor
@Suite struct ReversalTests {
    func finalisedInvoice() throws -> (TestPractice, Invoice) {
        let practice = try TestPractice.clinical()
        let draft = try practice.rexConsultation(vet: try practice.addSecondVetSession()).invoice
        let final = try practice.store.finaliseInvoice(id: draft.id ?? 0, expectedVersion: draft.version,
                                                       as: practice.receptionist)
        return (practice, final)
    }

    @Test func confirmationNamesTheInvoiceAndDefaultsToNo() throws {
        let (practice, final) = try finalisedInvoice()
        for (size, suffix) in ClinicalGoldenTests.sizes {
            let manager = AppDriver(practice, size: size)
            manager.openZoe(as: "mary", "manager-pass")
            manager.send([.character("a"), .enter, .function(8)])
            expectGolden(manager.screen, named: "invoice-reverse-confirm-\(suffix)")
        }
        let manager = AppDriver(practice)
        manager.openZoe(as: "mary", "manager-pass")
        manager.send([.character("a"), .enter, .function(8), .enter])
        #expect(try practice.store.invoice(id: final.id ?? 0).status == .finalised)
        #expect(manager.app.stack.last?.screenID == AppCommands.ScreenID.invoice)
        manager.send([.function(8), .character("y")])
        manager.type("Billed to the wrong client")
        manager.send([.function(2)])
        #expect(manager.screen.contains("INV-2026-00001 reversed."), "\(manager.screen)")
        #expect(try practice.store.invoice(id: final.id ?? 0).status == .reversed)
        #expect(try practice.store.balance(clientID: final.clientId) == .zero)
    }

    @Test func receptionistSeesReverseDisabledWithTheReason() throws {
        let (practice, _) = try finalisedInvoice()
        let desk = AppDriver(practice)
        desk.openZoe(as: "rita", "reception-pass")
        desk.send([.character("a"), .enter, .character("v")])
        #expect(desk.screen.contains("A receptionist cannot reverse an invoice; ask a practice manager."), "\(desk.screen)")
    }
}
