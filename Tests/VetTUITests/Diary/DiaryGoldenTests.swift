import Foundation
import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// The diary's day and week at 80×24 and 160×50, the booking form and an opened appointment.
@MainActor
@Suite struct DiaryGoldenTests {
    static let sizes: [(TerminalSize, String)] = [(.minimum, "80x24"), (TestPractice.bigScreen, "160x50")]

    @Test func dayAndWeek() throws {
        let fixture = try TestPractice.diary()
        for (size, suffix) in Self.sizes {
            let driver = AppDriver(fixture.practice, size: size)
            driver.logIn("rita", "reception-pass")
            driver.send([.ctrl("d")])
            #expect(driver.screen.contains("Tue 10 Mar 2026 · ") && driver.screen.contains("15-minute slots · Harbour Vets"), "\(driver.screen)")
            #expect(driver.screen.contains("A!Rex · Ó Briain · Con"))
            #expect(driver.screen.contains("Limping on the left fore"))
            expectGolden(driver.screen, named: "diary-day-\(suffix)")
            driver.send([.character("v")])
            #expect(driver.screen.contains("Week of Mon 9 Mar 2026 · Victor Vet"), "\(driver.screen)")
            expectGolden(driver.screen, named: "diary-week-\(suffix)")
        }
    }

    @Test func bookingFormAndAppointment() throws {
        let fixture = try TestPractice.diary()
        let driver = AppDriver(fixture.practice)
        driver.logIn("rita", "reception-pass")
        driver.send([.ctrl("d"), .enter])
        #expect(driver.screen.contains("Limping on the left fore"), "\(driver.screen)")
        #expect(driver.screen.contains("! Alert: bites"))
        expectGolden(driver.screen, named: "appointment-80x24")
        driver.send([.escape, .down, .down, .down, .down, .character("b")])
        #expect(driver.screen.contains("Booking 11:00: find the client"), "\(driver.screen)")
        driver.type("Jones")
        driver.send([.enter])
        expectGolden(driver.screen, named: "booking-80x24")
    }
}
