import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// The manager's diary settings, driven through the keyboard against a real file.
@MainActor
@Suite struct DiarySettingsScreenTests {
    private func managerAt(_ keys: [Key], _ practice: TestPractice) -> AppDriver {
        let driver = AppDriver(practice)
        driver.logIn("mary", "manager-pass")
        driver.send([.function(12)] + keys)
        return driver
    }

    @Test func listsSlotsHoursRoomsAndAbsences() throws {
        let practice = try TestPractice.make()
        let vet = try practice.addVet()
        try practice.store.addRoom(siteID: 1, name: "Nurse room", as: practice.manager)
        let from = try LocalDateTime(parsing: "2026-03-12 08:00", field: "from")
        try practice.store.addAbsence(staffID: vet.userID, from: from, to: from.adding(minutes: 630), reason: "CPD course",
                                      as: practice.manager)
        let driver = managerAt([.character("d")], practice)
        expectGolden(driver.screen, named: "diary-settings-80x24")
        #expect(driver.screen.contains("Sunday"))
        #expect(driver.screen.contains("Away: Victor Vet"))
    }

    @Test func changingADaysHoursChecksEachFieldThenSaves() throws {
        let practice = try TestPractice.make()
        let driver = managerAt([.character("d"), .down, .character("e")], practice)
        #expect(driver.screen.contains("Monday at Harbour Vets"), "\(driver.screen)")
        driver.send([.tab, .tab, .ctrl("u")]); driver.type("08:00")
        driver.send([.function(2)])
        #expect(driver.flowingText.contains("Monday closes at 08:00, which is not after it opens at 08:30"), "\(driver.screen)")
        driver.send([.ctrl("u")]); driver.type("17:00")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Monday's hours saved."), "\(driver.screen)")
        #expect(driver.screen.contains("08:30–17:00, break 13:00–14:00"), "\(driver.screen)")
        #expect(try practice.store.openingHours(siteID: 1).first?.closes.description == "17:00")
    }

    @Test func anAbsenceOverABookingIsRefusedAndRemovingOneAsksFirst() throws {
        let practice = try TestPractice.make()
        let vet = try practice.addVet()
        let owner = try practice.client(first: "Ada", last: "Lovelace")
        let pet = try practice.pet("Byron", owner: owner)
        var form = AppointmentForm()
        form.clientID = owner.id
        form.petID = pet.id
        form.column = .staff(vet.userID)
        form.start = "2026-03-11 09:00"
        form.minutes = "15"
        form.reason = "Booster"
        try practice.store.bookAppointment(form, as: practice.receptionist)
        let driver = managerAt([.character("d"), .character("a")], practice)
        driver.send([.tab, .ctrl("u")]); driver.type("2026-03-11 08:00")
        driver.send([.tab, .ctrl("u")]); driver.type("2026-03-11 12:00")
        driver.send([.function(2)])
        #expect(driver.flowingText.contains("Victor Vet has an appointment at 2026-03-11 09:00"), "\(driver.screen)")
        // The refusal leaves the cursor where it was, on "To".
        driver.send([.backTab, .ctrl("u")]); driver.type("2026-03-12 12:00")
        driver.send([.tab, .ctrl("u")]); driver.type("2026-03-12 18:00")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Absence recorded."), "\(driver.screen)")
        driver.send([.end, .character("x")])
        #expect(driver.flowingText.contains("Remove Victor Vet's absence"), "\(driver.screen)")
        driver.send([.enter])
        #expect(try practice.store.absences(from: TestPractice.today).count == 1, "No is the default")
        driver.send([.character("x"), .left, .enter])
        #expect(try practice.store.absences(from: TestPractice.today).isEmpty, "\(driver.screen)")
    }
}
