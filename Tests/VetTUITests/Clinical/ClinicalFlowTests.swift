import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// Vet, money and insurance work driven through the keyboard against a real database file.
@MainActor
@Suite struct ClinicalFlowTests {
    /// The vet logs Rex's consultation with two treatment lines through the screen.
    func vetLogsConsultation(_ practice: TestPractice) {
        let vet = AppDriver(practice)
        vet.openZoe(as: "victor", "victor-vet-pass")
        vet.send([.down, .character("v"), .tab, .tab])
        vet.type("Limping on the left fore")
        vet.send([.function(5)]); vet.type("CONS"); vet.send([.enter])
        vet.send([.function(5)]); vet.type("vacc"); vet.send([.tab, .backspace]); vet.type("2"); vet.send([.enter])
        vet.send([.function(2)])
        #expect(vet.screen.contains("Draft invoice for £123.00 made for Zoë Ó Briain"), "\(vet.screen)")
        #expect(vet.app.stack.last?.screenID == AppCommands.ScreenID.record)
    }

    @Test func consultationBecomesAnInvoiceThatReceptionFinalisesAndTakesPaymentFor() throws {
        let practice = try TestPractice.clinical()
        vetLogsConsultation(practice)
        let (clientID, _) = try practice.zoeAndRex()
        let draft = try #require(try practice.store.invoices(clientID: clientID).first)
        #expect(draft.status == .draft)
        #expect(try practice.store.invoiceLines(invoiceID: draft.id ?? 0).map(\.description)
                == ["Consultation", "Vaccination booster"])

        let desk = AppDriver(practice)
        desk.openZoe(as: "rita", "reception-pass")
        desk.send([.character("a"), .enter, .function(2)])
        #expect(desk.screen.contains("Finalise this invoice? It is numbered"), "finalising asks first")
        desk.send([.character("y")])
        #expect(desk.screen.contains("Finalised INV-2026-00001: £123.00 is on the account."), "\(desk.screen)")
        desk.send([.function(7), .ctrl("u")])
        desk.type("100")
        desk.send([.tab, .ctrl("u")])
        desk.type("cash")
        desk.send([.function(2)])
        #expect(desk.screen.contains("Payment recorded against INV-2026-00001."), "\(desk.screen)")
        #expect(try practice.store.balance(clientID: clientID) == Pence(2300))
        #expect(desk.screen.contains("INV-2026-00001 · Part paid"), "\(desk.screen)")
        // The next payment starts at what is still outstanding, not the invoice's total again.
        desk.send([.function(7)])
        #expect(desk.screen.contains("Amount (£): 23.00"), "\(desk.screen)")
        desk.send([.function(2)])
        #expect(desk.screen.contains("INV-2026-00001 · Paid"), "\(desk.screen)")
        desk.send([.escape])
        #expect(desk.screen.contains("Balance: £0.00"), "\(desk.screen)")
        #expect(desk.screen.contains("Payment · Cash · paid INV-2026-00001"), "\(desk.screen)")
        #expect(!desk.screen.contains("Payment · INV-2026-00001"), "\(desk.screen)")

        // More than is outstanding asks whether the rest stays on account; No keeps the form.
        desk.send([.function(7)])
        desk.type("10")
        desk.send([.function(2)])
        #expect(desk.screen.contains("Keep £10.00 on Zoë Ó Briain's account as credit?"), "\(desk.screen)")
        desk.send([.enter])
        #expect(try practice.store.balance(clientID: clientID) == .zero)
        desk.send([.function(2), .character("y")])
        #expect(try practice.store.balance(clientID: clientID) == Pence(-1000))
        #expect(desk.screen.contains("Balance: £10.00 in credit"), "\(desk.screen)")
    }

    @Test func claimFromTheInvoiceIsSubmittedPartPaidAndDisclosed() throws {
        let practice = try TestPractice.clinical()
        vetLogsConsultation(practice)
        let (clientID, rex) = try practice.zoeAndRex()
        let draft = try #require(try practice.store.invoices(clientID: clientID).first)
        try practice.store.finaliseInvoice(id: draft.id ?? 0, expectedVersion: draft.version, as: practice.receptionist)

        let desk = AppDriver(practice)
        desk.openZoe(as: "rita", "reception-pass")
        desk.send([.down, .character("i"), .function(2)])
        desk.type("Petplan")
        desk.send([.tab]); desk.type("PP-1234567")
        desk.send([.function(2)])
        #expect(desk.screen.contains("Policy added."), "\(desk.screen)")
        desk.send([.function(5)])
        desk.type("Carpal sprain")
        desk.send([.tab, .tab, .character(" "), .down, .character(" "), .function(2)])
        #expect(desk.screen.contains("Draft claim 1 for £123.00 made"), "\(desk.screen)")
        desk.send([.function(2)])
        #expect(desk.screen.contains("Submitted to Petplan"), "\(desk.screen)")
        desk.send([.function(5)])
        desk.type("part paid")
        desk.send([.tab]); desk.type("80")
        desk.send([.function(2)])
        #expect(desk.screen.contains("Claim 1 updated."), "\(desk.screen)")
        #expect(desk.screen.contains("Part paid"))

        let claim = try practice.store.claim(id: 1)
        #expect(claim.status == .partPaid)
        #expect(claim.settledPence == 8000)
        #expect(claim.petId == rex.id)
        let view = try practice.store.viewClient(id: clientID, as: practice.manager)
        #expect(view.disclosures.contains { $0.recipient == "Petplan" && $0.purpose == "insurance claim" })
        // The insurer paid the practice, so the settlement is on the account.
        #expect(view.balance == Pence(12300 - 8000))

        // The insurer sends more later; then the practice closes the claim.
        #expect(desk.screen.contains("further settlements until closed (F7)"), "\(desk.screen)")
        desk.send([.function(5), .ctrl("u")])
        desk.type("part paid")
        desk.send([.tab]); desk.type("20")
        desk.send([.function(2)])
        #expect(try practice.store.claim(id: 1).settledPence == 10_000)
        #expect(try practice.store.balance(clientID: clientID) == Pence(2_300))
        desk.send([.function(7)])
        desk.type("Policy limit reached")
        desk.send([.function(2), .character("y")])
        #expect(desk.screen.contains("Claim 1 closed."), "\(desk.screen)")
        #expect(desk.screen.contains("Closed on 2026-03-10"), "\(desk.screen)")
        #expect(try practice.store.claim(id: 1).closedOn != nil)
    }

    @Test func receptionistCannotWriteOffDebtAndIsToldWhy() throws {
        let practice = try TestPractice.clinical()
        let invoice = try practice.rexConsultation(vet: try practice.addSecondVetSession()).invoice
        try practice.store.finaliseInvoice(id: invoice.id ?? 0, expectedVersion: invoice.version, as: practice.receptionist)
        let desk = AppDriver(practice)
        desk.openZoe(as: "rita", "reception-pass")
        desk.send([.character("a"), .function(8)])
        #expect(desk.screen.contains("A receptionist cannot write off debt; ask a practice manager."), "\(desk.screen)")
        #expect(desk.app.stack.last?.screenID == AppCommands.ScreenID.account)
        desk.send([.character("w")])
        #expect(desk.app.stack.last?.screenID == AppCommands.ScreenID.account)
        let (clientID, _) = try practice.zoeAndRex()
        #expect(throws: (any Error).self) {
            try practice.store.writeOffDebt(clientID: clientID, amount: 1000, reason: "bad debt", as: practice.receptionist)
        }
        #expect(try practice.store.balance(clientID: clientID) == Pence(12300))
    }

    @Test func lockedNoteOpensReadOnlyAndTakesAnAddendum() throws {
        let practice = try TestPractice.clinical()
        try practice.rexConsultation(vet: try practice.addSecondVetSession())
        let vet = AppDriver(try practice.later(days: 2))
        vet.openZoe(as: "victor", "victor-vet-pass")
        vet.send([.right, .enter])
        #expect(vet.app.stack.last?.screenID == AppCommands.ScreenID.consultationView)
        #expect(vet.screen.contains("LOCKED since"))
        vet.send([.function(7)])
        vet.type("Owner rang: walking normally.")
        vet.send([.function(2)])
        #expect(vet.screen.contains("Addendum added and signed."), "\(vet.screen)")
        #expect(vet.screen.contains("signed Victor Vet"))
        #expect(try practice.store.consultation(id: 1).addenda.map(\.text) == ["Owner rang: walking normally."])
    }

    @Test func unlockedNoteOpensForCorrection() throws {
        let practice = try TestPractice.clinical()
        try practice.rexConsultation(vet: try practice.addSecondVetSession())
        let vet = AppDriver(practice)
        vet.openZoe(as: "victor", "victor-vet-pass")
        vet.send([.right, .enter])
        #expect(vet.app.stack.last?.screenID == AppCommands.ScreenID.consultation)
        #expect(vet.screen.contains("Correct consultation"))
    }

    @Test func petHistorySearchFindsTheMatchingLine() throws {
        let practice = try TestPractice.clinical()
        try practice.rexConsultation(vet: try practice.addSecondVetSession())
        let vet = AppDriver(practice)
        vet.openZoe(as: "victor", "victor-vet-pass")
        vet.send([.down, .enter, .character("/")])
        vet.type("carpus")
        vet.send([.enter])
        let history = try #require(vet.app.stack.last as? PetHistoryScreen)
        #expect(history.matchLine != nil)
        vet.send([.character("/")])
        vet.type("giraffe")
        vet.send([.enter])
        #expect(vet.screen.contains("'giraffe' not found"))
    }

    @Test func claimsListOpensFromAnywhereForReceptionButNotForAVet() throws {
        let practice = try TestPractice.clinical()
        let desk = AppDriver(practice)
        desk.logIn("rita", "reception-pass")
        desk.send([.function(11)])
        #expect(desk.app.stack.last?.screenID == AppCommands.ScreenID.claimsList)
        desk.send([.escape])
        desk.type("Briain")
        desk.send([.enter, .character("l")])
        #expect(desk.app.stack.last?.screenID == AppCommands.ScreenID.claimsList)
        let vet = AppDriver(practice)
        vet.logIn("victor", "victor-vet-pass")
        vet.send([.function(11)])
        #expect(vet.screen.contains("A vet cannot manage insurance claims"), "\(vet.screen)")
    }
}
