import Foundation
import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// Today, the home screen, for each role, and the online queue, at 80×24.
@MainActor
@Suite struct TodayGoldenTests {
    @Test func receptionLandsOnTodayWithEverySection() throws {
        let practice = try TestPractice.clinical()
        try practice.busyDay()
        let driver = AppDriver(practice)
        driver.logIn("rita", "reception-pass", landing: .today)
        #expect(driver.app.stack.map(\.screenID) == [AppCommands.ScreenID.today])
        expectGolden(driver.screen, named: "today-reception-80x24")
        #expect(driver.screen.contains("Appointments today (2)"))
        #expect(driver.screen.contains("10:30 Arrived"))
        #expect(driver.screen.contains("Online queue (1)"))
        #expect(driver.screen.contains("60 min"))
        #expect(driver.screen.contains("Draft invoices for checkout (1)"))
        #expect(driver.screen.contains("! overdue 2026-03-08"))
    }

    /// The claims and requests sections lie below the first screenful; End scrolls to them.
    @Test func theManagerScrollsToRequestsDue() throws {
        let practice = try TestPractice.clinical()
        let (vet, zoe, _) = try practice.busyDay()
        let mittens = try practice.store.viewClient(id: zoe, as: practice.manager).pets.first { $0.name == "Mittens" }.unwrap("Mittens")
        for time in ["11:15", "11:30", "11:45", "12:00", "12:15", "12:30", "12:45", "14:00", "14:15", "14:30"] {
            _ = try practice.store.bookAppointment(practice.booking(zoe, mittens, vet, time, "Weigh-in"), as: practice.receptionist)
        }
        let driver = AppDriver(practice)
        driver.logIn("mary", "manager-pass", landing: .today)
        expectGolden(driver.screen, named: "today-manager-80x24")
        #expect(driver.screen.contains("more lines below (↓, PgDn, End)"))
        driver.send([.end])
        #expect(driver.screen.contains("Claims to chase (submitted over 30 days ago) (1)"))
        #expect(driver.screen.contains("Requests overdue or due within 7 days (1)"))
        #expect(driver.screen.contains("!! OVERDUE"))
        #expect(driver.screen.contains("more above"))
    }

    @Test func aVetSeesTheirOwnListAndNoMoney() throws {
        let practice = try TestPractice.clinical()
        try practice.busyDay()
        let driver = AppDriver(practice)
        driver.logIn("victor", "victor-vet-pass", landing: .today)
        expectGolden(driver.screen, named: "today-vet-80x24")
        #expect(driver.screen.contains("Your appointments today (2)"))
        #expect(!driver.screen.contains("Draft invoices"))
    }

    @Test func theQueueShowsTheWait() throws {
        let practice = try TestPractice.clinical()
        try practice.busyDay()
        let driver = AppDriver(practice)
        driver.logIn("victor", "victor-vet-pass", landing: .today)
        driver.send([.character("u")])
        expectGolden(driver.screen, named: "online-queue-80x24")
        #expect(driver.screen.contains("1 waiting · longest 60 min"))
    }
}
