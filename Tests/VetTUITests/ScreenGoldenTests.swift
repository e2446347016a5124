import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// Every screen rendered at 80×24 (and the busy ones at 120×40), compared with golden text.
@MainActor
@Suite struct ScreenGoldenTests {
    static let large = TerminalSize(rows: 40, columns: 120)
    /// Both sizes every screen is checked at, with the suffix of its golden file.
    static let sizes: [(size: TerminalSize, suffix: String)] = [(.minimum, "80x24"), (large, "120x40")]

    @Test func loginOnDemoListsTheDemoLogins() throws {
        let practice = try TestPractice.make()
        for (size, suffix) in Self.sizes {
            let driver = AppDriver(practice, size: size, demo: true)
            driver.send([Key]())
            expectGolden(driver.screen, named: "login-\(suffix)")
        }
    }

    @Test func firstRunAsksForThePracticeAndManager() throws {
        let practice = try TestPractice.make(setUp: false)
        for (size, suffix) in Self.sizes {
            let driver = AppDriver(practice, size: size)
            driver.send([Key]())
            expectGolden(driver.screen, named: "setup-\(suffix)")
        }
    }

    @Test func searchResultsAtBothSizes() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        for (size, suffix) in Self.sizes {
            let name = "search-\(suffix)"
            let driver = AppDriver(practice, size: size)
            driver.logIn("rita", "reception-pass")
            driver.type("o")
            expectGolden(driver.screen, named: name)
        }
    }

    @Test func clientRecordAtBothSizes() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        for (size, suffix) in Self.sizes {
            let name = "record-\(suffix)"
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
        driver.send([.enter, .character("c"), .down, .down, .character("g"), .tab, .tab] + Keys.typed("2026-01")
            + [.function(2), .escape])
        driver.send([.right, .right, .right, .right])
        expectGolden(driver.screen, named: "record-consent-80x24")
        driver.send([.right, .right, .right])
        expectGolden(driver.screen, named: "record-requests-80x24")
    }

    @Test func helpIsGeneratedFromTheTable() throws {
        let practice = try TestPractice.make()
        for (size, suffix) in Self.sizes {
            let driver = AppDriver(practice, size: size)
            driver.logIn("rita", "reception-pass")
            driver.send([.function(1)])
            expectGolden(driver.screen, named: "help-search-\(suffix)")
        }
    }

    @Test func requestQueueAtBothSizes() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        for (size, suffix) in Self.sizes {
            let name = "queue-\(suffix)"
            let driver = AppDriver(practice, size: size)
            driver.logIn("mary", "manager-pass")
            driver.send([.function(9)])
            expectGolden(driver.screen, named: name)
        }
    }

    @Test func requestDetailExplainsTheClock() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        for (size, suffix) in Self.sizes {
            let driver = AppDriver(practice, size: size)
            driver.logIn("mary", "manager-pass")
            driver.send([.function(9), .enter])
            expectGolden(driver.screen, named: "request-detail-\(suffix)")
            driver.send([.character("a")])
            expectGolden(driver.screen, named: "request-action-\(suffix)")
        }
    }

    @Test func formsAtBothSizes() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        for (size, suffix) in Self.sizes {
            let driver = AppDriver(practice, size: size)
            driver.logIn("rita", "reception-pass")
            driver.send([.function(2), .tab])
            driver.type("Zoë")
            driver.send([.tab, .tab, .tab, .tab, .tab])
            driver.type("JE3 7D")
            driver.send([.function(2)])
            expectGolden(driver.screen, named: "client-form-errors-\(suffix)")
            driver.send([.escape])
            expectGolden(driver.screen, named: "client-form-discard-\(suffix)")
            driver.send([.character("y"), .character("/")])
            driver.type("Briain")
            driver.send([.enter, .function(5)])
            expectGolden(driver.screen, named: "pet-form-\(suffix)")
            driver.send([.escape, .function(6)])
            expectGolden(driver.screen, named: "consent-panel-\(suffix)")
            driver.send([.escape, .function(7)])
            expectGolden(driver.screen, named: "communication-\(suffix)")
            driver.send([.escape, .function(8)])
            expectGolden(driver.screen, named: "log-request-\(suffix)")
        }
    }

    @Test func tooSmallTerminalSaysSo() throws {
        let driver = AppDriver(try TestPractice.make(), size: TerminalSize(rows: 20, columns: 70))
        driver.send([Key]())
        expectGolden(driver.screen, named: "too-small-70x20")
        driver.send(.resize(.minimum))
        #expect(driver.screen.contains("Log in"))
    }
}
