import Foundation
import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// The diary's grid, layout and booking form as logic, and its flows through the app.
@MainActor
@Suite struct DiaryScreenTests {
    @Test func theGridHoldsSlotsBreaksAbsencesAndBookings() throws {
        let fixture = try TestPractice.diary()
        let store = fixture.practice.store
        let days = try store.diary(from: TestPractice.today, as: fixture.practice.receptionist)
        let grid = DiaryGrid(days: days, week: false, columnIndex: 0)
        #expect(grid.lanes.map(\.column.name) == ["Victor Vet", "Wendy Wu", "Nurse room", "Theatre"])
        #expect(grid.times.first?.description == "08:30")
        #expect(grid.times.count == 40)
        let ten = try #require(grid.times.firstIndex { $0.description == "10:00" })
        guard case .starts(let rex, more: 0) = grid.cell(lane: 0, row: ten) else { Issue.record("no Rex at 10:00"); return }
        #expect(DiaryGrid.text(.starts(rex, more: 0), selected: false) == "A!Rex · Ó Briain · Consultation")
        #expect(grid.cell(lane: 1, row: ten + 3) == .continues(try #require(grid.cell(lane: 1, row: ten + 2).appointment)))
        let eleven = ten + 4
        guard case .closedBooking = grid.cell(lane: 0, row: eleven) else { Issue.record("no cancelled at 11:00"); return }
        let one = try #require(grid.times.firstIndex { $0.description == "13:00" })
        #expect(grid.cell(lane: 0, row: one) == .breakTime)
        let three = try #require(grid.times.firstIndex { $0.description == "15:00" })
        guard case .away(let absence) = grid.cell(lane: 1, row: three) else { Issue.record("Wendy not away"); return }
        #expect(DiaryGrid.text(.away(absence), selected: false) == "away: Training")
        #expect(grid.cell(lane: 0, row: three) == .free)
        #expect(DiaryGrid.text(.free, selected: true) == "free")
    }

    @Test func theWeekShowsOneColumnOverSevenDaysAndClosedDays() throws {
        let fixture = try TestPractice.diary()
        let monday = TestPractice.today.adding(days: -1)
        let days = try fixture.practice.store.diary(from: monday, days: 7, as: fixture.practice.receptionist)
        let grid = DiaryGrid(days: days, week: true, columnIndex: 2)
        #expect(grid.lanes.count == 7)
        #expect(Set(grid.lanes.map(\.column.name)) == ["Nurse room"])
        let nine = try #require(grid.times.firstIndex { $0.description == "09:00" })
        #expect(grid.cell(lane: 3, row: nine).appointment?.petName == "Mittens")
        #expect(grid.cell(lane: 6, row: nine) == .shut)
    }

    /// The week holds only the shown vet's or room's appointments, so changing column reads the next one's.
    @Test func changingTheWeeksColumnReadsThatColumnsAppointments() throws {
        let fixture = try TestPractice.diary()
        let driver = AppDriver(fixture.practice)
        driver.logIn("rita", "reception-pass")
        driver.send([.ctrl("d"), .character("v")])
        #expect(driver.screen.contains("Week of Mon 9 Mar 2026 · Victor Vet"), "\(driver.screen)")
        #expect(!driver.screen.contains("Mittens · Ó Briain · Nurse"), "\(driver.screen)")
        driver.send([.character("c"), .character("c")])
        #expect(driver.screen.contains("Week of Mon 9 Mar 2026 · Nurse room"), "\(driver.screen)")
        driver.send([.up, .up, .up, .up, .right, .right])
        #expect(driver.flowingText.contains("Weight check"), "\(driver.screen)")
    }

    @Test func lanesScrollSidewaysAt80ColumnsAndAllShowAt160() {
        let narrow = DiaryLayout(area: Rect(row: 1, column: 0, height: 21, width: 80), span: .day, laneCount: 4)
        #expect(narrow.visibleLanes == 3)
        #expect(narrow.gridRows == 15)
        let wide = DiaryLayout(area: Rect(row: 1, column: 0, height: 47, width: 160), span: .day, laneCount: 4)
        #expect(wide.visibleLanes == 4)
        #expect(DiaryLayout(area: Rect(row: 1, column: 0, height: 21, width: 80), span: .week, laneCount: 7).visibleLanes == 7)
        #expect(DiaryLayout.scrolled(first: 0, selected: 3, visible: 3, count: 4) == 1)
        #expect(DiaryLayout.scrolled(first: 1, selected: 0, visible: 3, count: 4) == 0)
        #expect(DiaryLayout.scrolled(first: 5, selected: 1, visible: 3, count: 2) == 0)
    }

    @Test func theBookingFormNamesEachBadField() {
        let values = ["pet": "", "kind": "consultation", "length": "7", "with": "", "start": "2026-03-10 9:07",
                      "reason": "", "notes": ""]
        guard case .failure(let errors) = BookingFields.appointment(values, clientID: 1, followUpOf: nil) else {
            Issue.record("bad input accepted")
            return
        }
        #expect(errors.messages["pet"] == "pet: choose the pet to be seen")
        #expect(errors.messages["with"] == "with: choose the vet or room")
        #expect(errors.messages["length"] == "length must be minutes from 5 to 480 in steps of 5, not '7'")
        #expect(errors.messages["reason"]?.contains("reason") == true)
        #expect(errors.messages["start"] != nil)
        #expect(BookingFields.column(from: BookingFields.value(of: .room(4))) == .room(4))
        #expect(BookingFields.column(from: "nobody") == nil)
    }

    /// Enter on a free slot finds the client, then the form opens with the start and vet filled;
    /// the type brings its usual length; saving books it and the diary shows it.
    @Test func aReceptionistBooksAFreeSlot() throws {
        let fixture = try TestPractice.diary()
        let driver = AppDriver(fixture.practice)
        driver.logIn("rita", "reception-pass")
        driver.send([.ctrl("d"), .down, .down, .down, .down, .down, .enter])
        driver.type("Jones")
        driver.send([.enter])
        #expect(driver.screen.contains("2026-03-10 11:15"), "\(driver.screen)")
        #expect(driver.screen.contains("王 Bao (Rabbit)"))
        driver.send([.tab, .down, .tab])
        #expect(driver.screen.contains("Vaccination"), "\(driver.screen)")
        driver.send([.tab, .tab, .tab])
        driver.type("Annual booster")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Booked 王 Bao with Victor Vet, 11:15–11:30 Tue 10 Mar 2026."), "\(driver.screen)")
        #expect(driver.screen.contains("  王 Bao · Jones · Vac"), "\(driver.screen)")
    }

    /// A clash is told naming who holds the slot, under the start field, and what was typed stays.
    @Test func aClashNamesTheHolderAndKeepsTheForm() throws {
        let fixture = try TestPractice.diary()
        let driver = AppDriver(fixture.practice)
        driver.logIn("rita", "reception-pass")
        driver.send([.ctrl("d"), .down, .down, .down, .down, .down, .enter])
        driver.type("Jones")
        driver.send([.enter, .tab, .tab, .tab, .tab])
        // Start: 10:15, which Mittens holds.
        driver.type("2026-03-10 10:15")
        driver.send([.tab])
        driver.type("Claws")
        driver.send([.function(2)])
        #expect(driver.flowingText.contains("Victor Vet is already booked 10:15–10:30 on Tue 10 Mar 2026 for Mittens"),
                "\(driver.screen)")
        #expect(driver.screen.contains("Claws"))
        #expect(driver.screen.contains("Book an appointment"))
    }

    /// The receptionist marks the arrival; the vet opens the appointment and finishes it into a
    /// consultation note with the reason filled in; saving it finishes the appointment.
    @Test func arrivedThenTheVetFinishesIt() throws {
        let fixture = try TestPractice.diary()
        let store = fixture.practice.store
        let desk = AppDriver(fixture.practice)
        desk.logIn("rita", "reception-pass")
        desk.send([.ctrl("d"), .down, .enter])
        #expect(desk.screen.contains("Mittens (Cat) for Zoë Ó Briain"), "\(desk.screen)")
        desk.send([.character("a")])
        #expect(desk.screen.contains("State: Arrived (arrived 10:00)"), "\(desk.screen)")
        desk.send([.character("f")])
        #expect(desk.flowingText.contains("receptionist cannot"), "\(desk.screen)")
        let vet = AppDriver(fixture.practice)
        vet.logIn("victor", "victor-vet-pass")
        vet.send([.ctrl("d"), .down, .enter, .character("f")])
        #expect(vet.screen.contains("New consultation"), "\(vet.screen)")
        #expect(vet.screen.contains("Booster"))
        vet.send([.function(2)])
        let id = try #require(fixture.rexVisit.id) + 1
        let finished = try store.diaryAppointment(id: id, as: fixture.victor)
        #expect(finished.appointment.state == .finished, "\(vet.screen)")
        #expect(finished.appointment.consultationId != nil)
    }

    /// Cancelling asks first, then for the reason; the slot becomes free.
    @Test func cancellingAsksFirstThenForAReason() throws {
        let fixture = try TestPractice.diary()
        let driver = AppDriver(fixture.practice)
        driver.logIn("rita", "reception-pass")
        driver.send([.ctrl("d"), .down, .enter, .character("x")])
        #expect(driver.flowingText.contains("Cancel this appointment? This cannot be undone"), "\(driver.screen)")
        driver.send([.left, .enter])
        driver.type("Owner rang")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Appointment cancelled; the slot is free."), "\(driver.screen)")
        #expect(driver.screen.contains("State: Cancelled"))
    }

    /// `/` finds a client's appointments; Enter shows the chosen one on its day.
    @Test func findingAClientsAppointmentJumpsToIt() throws {
        let fixture = try TestPractice.diary()
        let driver = AppDriver(fixture.practice)
        driver.logIn("rita", "reception-pass")
        driver.send([.ctrl("d"), .character("/")])
        driver.type("Briain")
        driver.send([.enter])
        #expect(driver.screen.contains("Appointments of Ó Briain, Zoë"), "\(driver.screen)")
        driver.send([.enter])
        #expect(driver.screen.contains("Thu 12 Mar 2026"), "\(driver.screen)")
        #expect(driver.screen.contains("09:00–09:30 Thu 12 Mar 2026 · Booked · with Nurse room"), "\(driver.screen)")
    }
}
