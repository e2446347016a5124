import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// The front desk's screens at 80×24: the notice when more clients match than are shown, the
/// requests a receptionist sees on a record, the reference of a new request kept on screen,
/// and communications logged with their time and who logged them.
@MainActor
@Suite struct FrontDeskScreenTests {
    @Test func searchSaysWhenMoreClientsMatchThanAreShown() throws {
        let practice = try TestPractice.make()
        let firsts = ["Amy", "Ben", "Cat", "Dan", "Eve", "Fay", "Gus", "Hal", "Ivy", "Jo", "Kit"]
        let middles = ["Ann", "Lee", "May", "Rose", "Jay"]
        for (index, name) in firsts.flatMap({ first in middles.map { "\(first) \($0)" } }).enumerated() {
            _ = try practice.client(first: name, last: "Smith", phone: "07700 9\(String(format: "%05d", index))")
        }
        let driver = AppDriver(practice)
        driver.logIn("rita", "reception-pass")
        driver.type("smith")
        #expect(driver.screen.contains("50 of 55 shown — type more to narrow"), "\(driver.screen)")
        expectGolden(driver.screen, named: "search-more-80x24")
        driver.type(" amy")
        #expect(!driver.screen.contains("shown — type more"), "\(driver.screen)")
    }

    @Test func aReceptionistSeesTheClientsRequests() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let driver = AppDriver(practice)
        driver.logIn("rita", "reception-pass")
        driver.type("Jones")
        driver.send([.enter] + Array(repeating: .right, count: 7))
        #expect(driver.screen.contains("DSR-2026-0002"), "\(driver.screen)")
        #expect(driver.screen.contains("Erasure + Objection"))
        #expect(!driver.screen.contains("No data-protection requests"))
        expectGolden(driver.screen, named: "record-requests-reception-80x24")
    }

    @Test func theReferenceOfANewRequestStaysUntilDismissed() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let driver = AppDriver(practice)
        driver.logIn("rita", "reception-pass")
        driver.type("Briain")
        driver.send([.enter, .function(8), .character(" "), .function(2)])
        expectGolden(driver.screen, named: "request-logged-80x24")
        driver.send([.function(3), .character("x"), .tab])
        #expect(driver.screen.contains("Reference: DSR-2026-0003"), "keys other than Enter or Esc leave it up")
        driver.send([.enter])
        #expect(!driver.screen.contains("Reference: DSR-2026-0003"))
        #expect(driver.screen.contains("Logged DSR-2026-0003"), "\(driver.screen)")
    }

    @Test func aCommunicationTakesItsTimeAndTheLogShowsWhoLoggedIt() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let driver = AppDriver(practice)
        driver.logIn("rita", "reception-pass")
        driver.type("Briain")
        driver.send([.enter, .function(7)])
        #expect(driver.screen.contains("2026-03-10 10:00"), "the time defaults to now: \(driver.screen)")
        driver.send([.tab, .tab] + Array(repeating: .backspace, count: 16))
        driver.type("2026-03-11 09:00")
        driver.send([.tab])
        driver.type("Letter about Rex's booster")
        driver.send([.function(2)])
        #expect(driver.flowingText.contains("is in the future"), "\(driver.screen)")
        driver.send(Array(repeating: .backspace, count: 16))
        driver.type("2026-03-10 09:15")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Communication logged"), "\(driver.screen)")
        driver.send(Array(repeating: .right, count: 5))
        #expect(driver.screen.contains("10 Mar 2026 09:15"), "\(driver.screen)")
        #expect(driver.screen.contains("Rita Reception"))
        expectGolden(driver.screen, named: "record-contacts-80x24")
    }
}
