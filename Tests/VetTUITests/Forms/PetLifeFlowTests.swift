import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// Editing a pet, recording its death and transferring it, from the client record's Pets pane,
/// driven by keys. Zoë Ó Briain owns Mittens (first row) and Rex; Siân Jones owns 王 Bao.
/// The practice's day is Tue 10 Mar 2026.
@MainActor
@Suite struct PetLifeFlowTests {
    private func zoe(_ practice: TestPractice) throws -> ClientRecordView {
        let id = try #require(try practice.store.search("Briain").first?.clientID)
        return try practice.store.viewClient(id: id, as: practice.manager)
    }

    @Test func editingAPetSavesTheChangesAndAStaleSaveNamesWhoSavedFirst() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let driver = AppDriver(practice)
        driver.openZoe(as: "rita", "reception-pass")
        driver.send([.character("E")])
        expectGolden(driver.screen, named: "pet-edit-form-80x24")
        driver.send([.tab, .tab])
        driver.type("Siamese")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Saved Mittens."), "\(driver.screen)")
        let mittens = try #require(try zoe(practice).pets.first { $0.name == "Mittens" })
        #expect(mittens.breed == "Siamese")

        // Someone else saves Mittens while the form is open: the save is refused, nothing typed is lost.
        driver.send([.character("E"), .tab, .tab, .tab, .tab, .tab, .tab])
        driver.type("Seal point")
        var other = PetForm()
        other.name = "Mittens"
        other.species = "Cat"
        other.alerts = "Nervous"
        _ = try practice.store.updatePet(id: try #require(mittens.id), expectedVersion: mittens.version,
                                         details: try other.validated(today: TestPractice.today), as: practice.manager)
        driver.send([.function(2)])
        #expect(driver.screen.contains("Mary"), "the conflict names who saved first: \(driver.screen)")
        let form = try #require(driver.app.stack.last as? PetFormScreen)
        #expect(form.form.value(of: "colour") == "Seal point")
    }

    @Test func recordingADeathAsksFirstThenMarksThePetEverywhere() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let driver = AppDriver(practice)
        driver.openZoe(as: "rita", "reception-pass")
        driver.send([.character("X"), .tab])
        driver.type("Kidney failure")
        driver.send([.function(2)])
        expectGolden(driver.screen, named: "pet-death-confirm-80x24")
        driver.send([.enter])
        #expect(driver.screen.contains("Nothing was changed."), "No is the default: \(driver.screen)")
        #expect(try zoe(practice).pets.first { $0.name == "Mittens" }?.status == .active)
        driver.send([.function(2), .character("y")])
        #expect(driver.screen.contains("Recorded the death of Mittens."), "\(driver.screen)")
        #expect(driver.screen.contains("Died 2026-03-10"), "\(driver.screen)")
        let mittens = try #require(try zoe(practice).pets.first { $0.name == "Mittens" })
        #expect(mittens.status == .deceased)
        #expect(mittens.deathCause == "Kidney failure")
        // Mittens now lists after the living Rex. A receptionist cannot correct the death.
        driver.send([.down, .character("X")])
        #expect(driver.screen.contains("only a practice manager can correct it"), "\(driver.screen)")
    }

    @Test func aManagerCorrectsADeathRecordedInError() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let mittens = try #require(try zoe(practice).pets.first { $0.name == "Mittens" })
        try practice.store.recordPetDeath(id: try #require(mittens.id), on: TestPractice.today, cause: nil,
                                          expectedVersion: mittens.version, as: practice.receptionist)
        let driver = AppDriver(practice)
        driver.openZoe(as: "mary", "manager-pass")
        driver.send([.down, .character("X")])
        #expect(driver.screen.contains("Correct the recorded death of Mittens"), "\(driver.screen)")
        driver.send(Array(repeating: Key.backspace, count: 10) + [.tab, .tab])
        driver.type("Entered against the wrong cat")
        driver.send([.function(2), .character("y")])
        #expect(try zoe(practice).pets.first { $0.name == "Mittens" }?.status == .active)
    }

    @Test func transferPicksTheNewOwnerWithTheSearchAndBothRecordsShowTheMove() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let driver = AppDriver(practice)
        driver.openZoe(as: "rita", "reception-pass")
        driver.send([.character("T")])
        #expect(driver.screen.contains("Choose Mittens's new owner"), "\(driver.screen)")
        driver.type("Jones")
        driver.send([.enter, .function(2)])
        expectGolden(driver.screen, named: "pet-transfer-confirm-80x24")
        driver.send([.character("y")])
        #expect(driver.screen.contains("Mittens now belongs to Siân Jones."), "\(driver.screen)")
        #expect(driver.screen.contains("Transferred to"), "the moved pet stays listed on Zoë's record: \(driver.screen)")
        let zoeID = try #require(try practice.store.search("Briain").first?.clientID)
        let old = try practice.store.viewClient(id: zoeID, as: practice.manager)
        #expect(old.formerPets.map { $0.described(for: zoeID) } == ["to Siân Jones on 2026-03-10"])
        let sianID = try #require(try practice.store.search("Jones").first?.clientID)
        let sian = try practice.store.viewClient(id: sianID, as: practice.manager)
        #expect(sian.pets.map(\.name).sorted() == ["Mittens", "王 Bao"])
        let mittens = try #require(sian.pets.first { $0.name == "Mittens" })
        #expect(sian.arrival(of: mittens)?.described(for: sianID).hasPrefix("from ") == true)
    }
}
