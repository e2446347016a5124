import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// Every screen rendered at 80×24 (and the busy ones at 120×40), compared with golden text.
@MainActor
@Suite struct ScreenGoldenTests {
    static let large = TerminalSize(rows: 40, columns: 120)

    @Test func loginOnDemoListsTheDemoLogins() throws {
        let driver = AppDriver(try TestPractice.make(), demo: true)
        driver.send([Key]())
        expectGolden(driver.screen, named: "login-80x24")
    }

    @Test func firstRunAsksForThePracticeAndManager() throws {
        let driver = AppDriver(try TestPractice.make(setUp: false))
        driver.send([Key]())
        expectGolden(driver.screen, named: "setup-80x24")
    }

    @Test func searchResultsAtBothSizes() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        for (size, name) in [(TerminalSize.minimum, "search-80x24"), (Self.large, "search-120x40")] {
            let driver = AppDriver(practice, size: size)
            driver.logIn("rita", "reception-pass")
            driver.type("o")
            expectGolden(driver.screen, named: name)
        }
    }

    @Test func clientRecordAtBothSizes() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        for (size, name) in [(TerminalSize.minimum, "record-80x24"), (Self.large, "record-120x40")] {
            let driver = AppDriver(practice, size: size)
            driver.logIn("mary", "manager-pass")
            driver.type("Briain")
            driver.send([.enter])
            expectGolden(driver.screen, named: name)
        }
    }

    @Test func clientRecordConsentAndRequestPanes() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let driver = AppDriver(practice)
        driver.logIn("mary", "manager-pass")
        driver.type("Briain")
        driver.send([.enter, .character("c"), .down, .down, .character("g"), .escape])
        driver.send([.right, .right, .right, .right])
        expectGolden(driver.screen, named: "record-consent-80x24")
        driver.send([.right, .right, .right])
        expectGolden(driver.screen, named: "record-requests-80x24")
    }

    @Test func helpIsGeneratedFromTheTable() throws {
        let practice = try TestPractice.make()
        let driver = AppDriver(practice)
        driver.logIn("rita", "reception-pass")
        driver.send([.function(1)])
        expectGolden(driver.screen, named: "help-search-80x24")
    }

    @Test func requestQueueAtBothSizes() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        for (size, name) in [(TerminalSize.minimum, "queue-80x24"), (Self.large, "queue-120x40")] {
            let driver = AppDriver(practice, size: size)
            driver.logIn("mary", "manager-pass")
            driver.send([.function(9)])
            expectGolden(driver.screen, named: name)
        }
    }

    @Test func requestDetailExplainsTheClock() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let driver = AppDriver(practice)
        driver.logIn("mary", "manager-pass")
        driver.send([.function(9), .enter])
        expectGolden(driver.screen, named: "request-detail-80x24")
        driver.send([.character("a")])
        expectGolden(driver.screen, named: "request-action-80x24")
    }

    @Test func formsAtMinimumSize() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let driver = AppDriver(practice)
        driver.logIn("rita", "reception-pass")
        driver.send([.function(2), .tab])
        driver.type("Zoë")
        driver.send([.tab, .tab, .tab, .tab, .tab])
        driver.type("JE3 7D")
        driver.send([.function(2)])
        expectGolden(driver.screen, named: "client-form-errors-80x24")
        driver.send([.escape])
        expectGolden(driver.screen, named: "client-form-discard-80x24")
        driver.send([.character("y"), .character("/")])
        driver.type("Briain")
        driver.send([.enter, .function(5)])
        expectGolden(driver.screen, named: "pet-form-80x24")
        driver.send([.escape, .function(6)])
        expectGolden(driver.screen, named: "consent-panel-80x24")
        driver.send([.escape, .function(7)])
        expectGolden(driver.screen, named: "communication-80x24")
        driver.send([.escape, .function(8)])
        expectGolden(driver.screen, named: "log-request-80x24")
    }

    @Test func tooSmallTerminalSaysSo() throws {
        let driver = AppDriver(try TestPractice.make(), size: TerminalSize(rows: 20, columns: 70))
        driver.send([Key]())
        expectGolden(driver.screen, named: "too-small-70x20")
        driver.send(.resize(.minimum))
        #expect(driver.screen.contains("Log in"))
    }
}
