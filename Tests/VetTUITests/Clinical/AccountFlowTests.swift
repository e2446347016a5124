import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// The account at the desk: a statement that scrolls, a counter sale and a draft deleted.
@MainActor
@Suite struct AccountFlowTests {
    /// Zoë with a finalised £123.00 invoice paid off in fifteen £1.00 instalments: more lines than fit.
    func longStatement() throws -> (TestPractice, Int64) {
        let practice = try TestPractice.clinical()
        let draft = try practice.rexConsultation(vet: try practice.addSecondVetSession()).invoice
        _ = try practice.store.finaliseInvoice(id: draft.id ?? 0, expectedVersion: draft.version, as: practice.receptionist)
        for number in 1...15 {
            try practice.store.recordPayment(clientID: draft.clientId, amount: Pence(100), method: .cash,
                                             reference: "instalment \(number)", as: practice.receptionist)
        }
        return (practice, draft.clientId)
    }

    @Test func statementScrollsWithTabAndPageKeys() throws {
        let (practice, _) = try longStatement()
        for (size, suffix) in ClinicalGoldenTests.sizes {
            let desk = AppDriver(practice, size: size)
            desk.openZoe(as: "rita", "reception-pass")
            desk.send([.character("a"), .tab, .pageUp])
            expectGolden(desk.screen, named: "account-statement-scrolled-\(suffix)")
        }
        let desk = AppDriver(practice)
        desk.openZoe(as: "rita", "reception-pass")
        desk.send([.character("a")])
        // Newest first in view: the last instalment, not the invoice.
        #expect(desk.screen.contains("instalment 15"), "\(desk.screen)")
        #expect(!desk.screen.contains("Invoice · INV-2026-00001"), "\(desk.screen)")
        #expect(desk.screen.contains("of 16) · Tab scrolls"), "\(desk.screen)")
        desk.send([.tab, .home])
        #expect(desk.screen.contains("Invoice · INV-2026-00001"), "\(desk.screen)")
        #expect(desk.screen.contains("(1–"), "\(desk.screen)")
        desk.send([.end, .up])
        #expect(!desk.screen.contains("instalment 15"), "\(desk.screen)")
        #expect(desk.screen.contains("instalment 14"), "\(desk.screen)")
        desk.send([.tab, .down])
        #expect(desk.screen.contains("Tab scrolls"), "\(desk.screen)")
    }

    @Test func receptionSellsFromThePriceListAndDeletesAnUnusedDraft() throws {
        let practice = try TestPractice.clinical()
        let (clientID, _) = try practice.zoeAndRex()
        let desk = AppDriver(practice)
        desk.openZoe(as: "rita", "reception-pass")
        desk.send([.character("a"), .function(2)])
        desk.type("VAX")
        desk.send([.enter])
        #expect(desk.app.stack.last?.screenID == AppCommands.ScreenID.draftInvoice, "\(desk.screen)")
        #expect(desk.screen.contains("Vaccination booster"), "\(desk.screen)")
        desk.send([.function(5)])
        desk.type("MEL15")
        desk.send([.enter])
        #expect(desk.screen.contains("Meloxicam"), "\(desk.screen)")
        desk.send([.function(2)])
        #expect(desk.screen.contains("Finalise this invoice?"), "finalising asks first:\n\(desk.screen)")
        desk.send([.character("y")])
        #expect(desk.screen.contains("Finalised INV-2026-00001"), "\(desk.screen)")
        #expect(try practice.store.balance(clientID: clientID) == Pence(3_600 + 144))

        desk.send([.escape, .function(2)])
        desk.type("CONS")
        desk.send([.enter, .function(4)])
        #expect(desk.screen.contains("Delete this draft invoice for £51.00?"), "\(desk.screen)")
        desk.send([.character("y")])
        #expect(desk.screen.contains("Draft invoice deleted."), "\(desk.screen)")
        #expect(try practice.store.invoices(clientID: clientID).count == 1)
    }
}
