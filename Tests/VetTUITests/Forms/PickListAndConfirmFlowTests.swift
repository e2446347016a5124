import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// Pick lists, replaced pre-filled text, rows read in full and confirmations, driven by keys.
@MainActor
@Suite struct PickListAndConfirmFlowTests {
    @Test func petFormChoosesSpeciesSexAndNeuteredByTypeAhead() throws {
        let practice = try TestPractice.clinical()
        let driver = AppDriver(practice)
        driver.openZoe(as: "rita", "reception-pass")
        driver.send([.function(5)])
        driver.type("Biscuit")
        driver.send([.tab]); driver.type("dog")
        driver.send([.tab, .tab]); driver.type("m")
        driver.send([.tab]); driver.type("y")
        #expect(driver.screen.contains("Dog"), "\(driver.screen)")
        driver.send([.function(2)])
        let (clientID, _) = try practice.zoeAndRex()
        let biscuit = try #require(try practice.store.viewClient(id: clientID, as: practice.manager).pets
            .first { $0.name == "Biscuit" })
        #expect(biscuit.species == "Dog", "typing \"dog\" chose Dog from the list, not a second spelling")
        #expect(biscuit.sex == .male)
        #expect(biscuit.neutered)
    }

    @Test func otherSpeciesTakesAFreeText() throws {
        let practice = try TestPractice.clinical()
        let driver = AppDriver(practice)
        driver.openZoe(as: "rita", "reception-pass")
        driver.send([.function(5)])
        driver.type("Shelly")
        driver.send([.tab]); driver.type("other"); driver.send([.enter]); driver.type("Tortoise")
        driver.send([.function(2)])
        let (clientID, _) = try practice.zoeAndRex()
        let pets = try practice.store.viewClient(id: clientID, as: practice.manager).pets
        #expect(pets.first { $0.name == "Shelly" }?.species == "Tortoise")
    }

    @Test func typingIntoAPrefilledFieldReplacesIt() throws {
        let practice = try TestPractice.clinical()
        let vet = AppDriver(practice)
        vet.openZoe(as: "victor", "victor-vet-pass")
        vet.send([.down, .character("v")])
        #expect(vet.screen.contains("In person"))
        vet.type("video")
        #expect(vet.screen.contains("Online video"), "\(vet.screen)")
        let consultation = try #require(vet.app.stack.last as? ConsultationScreen)
        #expect(consultation.form.value(of: "kind") == ConsultationKind.video.rawValue)

        let desk = AppDriver(practice)
        desk.logIn("rita", "reception-pass")
        desk.type("小明")
        desk.send([.function(2), .tab, .tab])
        desk.type("Test")
        let form = try #require(desk.app.stack.last as? ClientFormScreen)
        #expect(form.form.value(of: "lastName") == "Test", "the search text is selected, so typing replaces it")
    }

    @Test func quitAwayFromTheFirstScreenAsksWithNoAsTheDefault() throws {
        let practice = try TestPractice.clinical()
        let driver = AppDriver(practice)
        driver.openZoe(as: "rita", "reception-pass")
        driver.send([.character("q")])
        #expect(!driver.app.isFinished, "q on a client record does not quit at once")
        #expect(driver.flowingText.contains("You are on: Client record."), "\(driver.screen)")
        #expect(driver.flowingText.contains("Quit VetDesk now? Everything saved stays saved."))
        #expect(driver.screen.contains("[ No ]"))
        driver.send([.enter])
        #expect(!driver.app.isFinished && driver.screen.contains("Nothing was changed."))
        driver.send([.function(10), .escape])
        #expect(!driver.app.isFinished, "Esc is No")
        driver.send([.character("q"), .character("y")])
        #expect(driver.app.isFinished)

        let top = AppDriver(practice)
        top.logIn("rita", "reception-pass", landing: .today)
        top.send([.function(10)])
        #expect(top.app.isFinished, "on the first screen F10 quits at once")
    }

    @Test func withdrawingAllConsentAsksAndNamesWhatEnds() throws {
        let practice = try TestPractice.clinical()
        let (clientID, _) = try practice.zoeAndRex()
        try practice.store.grantConsent(clientID: clientID, channel: .email, purpose: .practice, basis: .consent,
                                        source: .inPerson, wordingVersion: nil, as: practice.receptionist)
        let driver = AppDriver(practice)
        driver.openZoe(as: "rita", "reception-pass")
        driver.send([.character("w")])
        #expect(driver.screen.contains("How asked"), "\(driver.screen)")
        driver.send([.function(2)])
        #expect(driver.flowingText.contains("Withdraw Email marketing"), "\(driver.screen)")
        driver.send([.character("n")])
        #expect(try practice.store.viewClient(id: clientID, as: practice.manager).currentConsent.contains { $0.action == .granted })
        driver.send([.function(2), .character("y")])
        #expect(try !practice.store.viewClient(id: clientID, as: practice.manager).currentConsent.contains { $0.action == .granted })
    }

    @Test func aCallSummaryOpensInFull() throws {
        let practice = try TestPractice.clinical()
        let (clientID, _) = try practice.zoeAndRex()
        let summary = "Called about Rex limping since Sunday's beach walk; booked a recheck for Tuesday at 10:40 and "
            + "explained the anti-inflammatory dose twice, as the owner was worried about his kidneys."
        try practice.store.logCommunication(clientID: clientID, inbound: true, channel: .call, summary: summary,
                                            as: practice.receptionist)
        let driver = AppDriver(practice)
        driver.openZoe(as: "rita", "reception-pass")
        driver.send([.right, .right, .right, .right, .right])
        #expect(driver.screen.contains("Called about Rex"))
        #expect(!driver.screen.contains("about his kidneys."), "the pane cuts the summary")
        driver.send([.enter])
        #expect(driver.flowingText.contains(summary), "\(driver.screen)")
        driver.send([.escape])
        #expect(driver.app.stack.last?.screenID == AppCommands.ScreenID.record)
    }

    @Test func requestKindsAndChannelAreFoundByTyping() throws {
        let practice = try TestPractice.clinical()
        let driver = AppDriver(practice)
        driver.openZoe(as: "rita", "reception-pass")
        driver.send([.function(8)])
        driver.type("era")
        driver.send([.character(" ")])
        driver.type("withd")
        driver.send([.character(" "), .tab])
        driver.type("e")
        #expect(driver.screen.contains("[x] Erasure") && driver.screen.contains("[x] Consent withdraw"), "\(driver.screen)")
        #expect(driver.screen.contains("(•) Email"))
        #expect(!driver.app.isFinished && driver.app.stack.last?.screenID == AppCommands.ScreenID.logRequest,
                "letters find names here instead of running commands")
        driver.send([.function(2)])
        #expect(driver.flowingText.contains("Kinds: Erasure + Consent withdrawal"), "\(driver.screen)")
    }

    @Test func anAuditEntryOpensInFull() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let driver = AppDriver(practice)
        driver.logIn("mary", "manager-pass")
        driver.send([.function(12), .character("a")])
        let viewer = try #require(driver.app.stack.last as? AuditTrailScreen)
        let newest = try #require(viewer.page?.rows.first)
        driver.send([.enter])
        #expect(driver.app.stack.last?.screenID == AppCommands.ScreenID.rowDetail)
        #expect(driver.flowingText.contains("Action \(newest.action)"), "\(driver.screen)")
        #expect(driver.screen.contains("Detail"))
        driver.send([.escape])
        #expect(driver.app.stack.last?.screenID == AppCommands.ManagerScreenID.auditTrail)
    }
}
