import Foundation
import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// Records changed by someone else while open here: the record re-reads on the tick, an open
/// form keeps its typing and names what changed, and a stale save becomes a merge.
@MainActor
@Suite struct LiveRecordFlowTests {
    /// Saves `change` over the client's stored details as the manager, from "another terminal".
    private func managerSaves(_ practice: TestPractice, _ clientID: Int64, _ change: (inout ClientForm) -> Void) throws {
        let view = try practice.store.viewClient(id: clientID, as: practice.manager)
        var form = ClientForm.from(view.client)
        change(&form)
        try practice.store.updateClient(id: clientID, expectedVersion: view.client.version, details: form.validated(),
                                        as: practice.manager)
    }

    private func openRecord(_ practice: TestPractice, size: TerminalSize = .minimum) -> AppDriver {
        let driver = AppDriver(practice, size: size)
        driver.logIn("rita", "reception-pass")
        driver.type("Briain")
        driver.send([.enter])
        return driver
    }

    @Test func theOpenRecordShowsAnotherTerminalsChangeOnTheNextTick() throws {
        let practice = try TestPractice.make()
        let client = try practice.client(first: "Zoë", last: "Ó Briain", town: "St Helier")
        let driver = openRecord(practice)
        #expect(driver.screen.contains("St Helier"))
        driver.send(.tick)
        #expect(!driver.screen.contains("Updated:"), "an idle tick changes nothing on screen")
        try managerSaves(practice, client.id ?? 0) { $0.town = "Gorey" }
        driver.send(.tick)
        #expect(driver.screen.contains("Gorey"), "\(driver.screen)")
        #expect(driver.flowingText.contains("Updated: change details (town) by Mary Manager (manager)"), "\(driver.screen)")
    }

    @Test func anOpenFormKeepsItsTypingNamesTheChangedFieldsAndF5Reloads() throws {
        let practice = try TestPractice.make()
        let client = try practice.client(first: "Zoë", last: "Ó Briain", town: "St Helier")
        let driver = openRecord(practice)
        driver.send([.function(4), .tab, .end])
        driver.type("-Marie")
        try managerSaves(practice, client.id ?? 0) { $0.town = "Gorey"; $0.postcode = "JE3 6AB" }
        driver.send(.tick)
        #expect(driver.flowingText.contains("Mary Manager (manager) changed Town, Postcode at"), "\(driver.screen)")
        #expect(driver.flowingText.contains("changed this client while you were editing"))
        driver.type("!")
        #expect(driver.flowingText.contains("changed Town, Postcode at"), "the note stays while typing goes on")
        #expect(driver.screen.contains("Zoë-Marie"), "the typing is kept")
        #expect(driver.screen.contains("St Helier"), "the form is not overwritten")
        driver.send([.function(5)])
        #expect(driver.screen.contains("Gorey"))
        #expect(!driver.screen.contains("Zoë-Marie"))
        driver.send([.function(2)])
        #expect(driver.app.stack.last?.screenID == AppCommands.ScreenID.record, "saves against the reloaded version")
    }

    @Test func aStaleSaveOpensTheMergeAndSavesTheChosenValues() throws {
        let practice = try TestPractice.make()
        let client = try practice.client(first: "Zoë", last: "Ó Briain", town: "St Helier")
        let driver = openRecord(practice, size: TerminalSize(rows: 40, columns: 120))
        driver.send([.function(4), .tab, .end])
        driver.type("-Marie")
        driver.send([.tab, .tab, .tab, .tab, .ctrl("u")])
        driver.type("St Aubin")
        try managerSaves(practice, client.id ?? 0) { $0.town = "Gorey"; $0.email = "zoe@example.net" }
        driver.send([.function(2)])
        #expect(driver.app.stack.last?.screenID == AppCommands.MergeID.screen)
        #expect(driver.flowingText.contains("3 fields differ"), "\(driver.screen)")
        #expect(driver.screen.contains("Town · you both changed it"))
        // First name: mine (only I changed it). Town: both changed, mine by default; take theirs.
        driver.send([.down, .character("t")])
        driver.send([.function(2)])
        #expect(driver.app.stack.last?.screenID == AppCommands.ScreenID.record, "\(driver.screen)")
        #expect(driver.flowingText.contains("Saved Zoë-Marie Ó Briain with the values you chose"))
        let saved = try practice.store.viewClient(id: client.id ?? 0, as: practice.manager).client
        #expect(saved.firstName == "Zoë-Marie")
        #expect(saved.town == "Gorey")
        #expect(saved.email == "zoe@example.net")
        let entries = try practice.store.auditTrail(clientID: client.id ?? 0, as: practice.manager)
        let merged = try #require(entries.first { $0.action != "view" })
        #expect(merged.action == "change details" && merged.userName == "Rita Reception")
        #expect(merged.detail == "first name", "only what the merge changed is recorded: \(merged.detail)")
    }

    @Test func aSecondConflictWhileChoosingBringsTheMergeBackWithTheNewestValues() throws {
        let practice = try TestPractice.make()
        let client = try practice.client(first: "Zoë", last: "Ó Briain", town: "St Helier")
        let driver = openRecord(practice)
        driver.send([.function(4), .tab, .tab, .tab, .tab, .tab, .ctrl("u")])
        driver.type("St Aubin")
        try managerSaves(practice, client.id ?? 0) { $0.town = "Gorey" }
        driver.send([.function(2)])
        #expect(driver.app.stack.last?.screenID == AppCommands.MergeID.screen)
        try managerSaves(practice, client.id ?? 0) { $0.town = "Trinity"; $0.postcode = "JE3 5AA" }
        driver.send([.function(2)])
        #expect(driver.app.stack.last?.screenID == AppCommands.MergeID.screen, "merged again, not saved over")
        #expect(driver.flowingText.contains("saved again while you were choosing"), "\(driver.screen)")
        #expect(driver.screen.contains("Trinity"))
        driver.send([.function(2)])
        let saved = try practice.store.viewClient(id: client.id ?? 0, as: practice.manager).client
        #expect(saved.town == "St Aubin", "my town was kept through both merges")
        #expect(saved.postcode == "JE3 5AA", "their later postcode was taken, as I had not touched it")
    }

    @Test func aStaleRectificationIsMergedAndStillListsWhoMustBeTold() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let zoe = try practice.clientID("Briain")
        try practice.discloseToInsurer(zoe)
        let request = try practice.request([.rectification], for: zoe)
        let driver = AppDriver(practice, size: TerminalSize(rows: 40, columns: 120))
        driver.logIn("mary", "manager-pass")
        driver.openRequest(request.reference)
        driver.send([.character("e")])
        driver.send(Array(repeating: .tab, count: 6))
        driver.replaceField(with: "JE2 4ZZ")
        try managerSaves(practice, zoe) { $0.town = "Gorey" }
        driver.send([.function(2)])
        #expect(driver.app.stack.last?.screenID == AppCommands.MergeID.screen, "\(driver.screen)")
        #expect(driver.screen.contains("[x] Theirs   Gorey"), "only they changed the town:\n\(driver.screen)")
        driver.send([.function(2)])
        #expect(driver.screen.contains("JE2 3AB → JE2 4ZZ"), "\(driver.screen)")
        #expect(driver.screen.contains("PetCover Insurance"))
        let saved = try practice.store.viewClient(id: zoe, as: practice.manager).client
        #expect(saved.town == "Gorey")
        #expect(saved.postcode == "JE2 4ZZ")
    }
}
