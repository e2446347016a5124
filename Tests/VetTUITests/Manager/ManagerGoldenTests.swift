import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// Every manager's screen at 80×24 and 120×40, compared with golden text.
@MainActor
@Suite struct ManagerGoldenTests {
    static let sizes: [(TerminalSize, String)] = [(.minimum, "80x24"), (TerminalSize(rows: 40, columns: 120), "120x40")]

    /// Logs the manager in on a fresh seeded practice at each size, runs `keys`, and compares.
    private func expectScreens(_ name: String, keys: [Key], sourceLocation: SourceLocation = #_sourceLocation) throws {
        for (size, suffix) in Self.sizes {
            let practice = try TestPractice.make()
            try practice.seed()
            let driver = AppDriver(practice, size: size)
            driver.logIn("mary", "manager-pass")
            driver.send([.function(12)] + keys)
            expectGolden(driver.screen, named: "\(name)-\(suffix)", sourceLocation: sourceLocation)
        }
    }

    @Test func managerMenu() throws {
        try expectScreens("manager-menu", keys: [.down])
    }

    @Test func staffUsers() throws {
        try expectScreens("staff-users", keys: [.character("u"), .down])
    }

    @Test func addLoginFormWithErrors() throws {
        try expectScreens("staff-add", keys: [.character("u"), .function(2)] + Keys.typed("X!") + [.tab, .tab]
                          + Keys.typed("boss") + [.function(2)])
    }

    @Test func deactivateAsksNamingTheUser() throws {
        try expectScreens("staff-deactivate", keys: [.character("u"), .down, .character("d")])
    }

    @Test func practiceSettings() throws {
        try expectScreens("settings", keys: [.character("s"), .tab, .tab, .tab, .ctrl("u")] + Keys.typed("0")
                          + [.tab, .tab, .tab, .ctrl("u")] + Keys.typed("ten") + [.function(2)])
    }

    @Test func holidayTableAndPreview() throws {
        try expectScreens("holidays", keys: [.character("h"), .left, .left, .left, .left])
        try expectScreens("holidays-preview", keys: [.character("h"), .character("v")])
        try expectScreens("holidays-add", keys: [.character("h"), .function(2)])
    }

    @Test func auditTrailAndFilter() throws {
        try expectScreens("audit", keys: [.character("a")])
        try expectScreens("audit-filter", keys: [.character("a"), .character("f"), .tab] + Keys.typed("Nobody"))
    }
}
