import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// The pet, front-desk and print screens at 120×40, reached by the same keys as their 80×24
/// flows, so a wide terminal is checked by eye as well as the minimum.
@MainActor
@Suite struct LargeScreenGoldenTests {
    static let large = TerminalSize(rows: 40, columns: 120)

    private func seeded() throws -> (TestPractice, AppDriver) {
        let practice = try TestPractice.make()
        try practice.seed()
        return (practice, AppDriver(practice, size: Self.large))
    }

    @Test func petScreens() throws {
        var (_, driver) = try seeded()
        driver.openZoe(as: "rita", "reception-pass")
        driver.send([.character("E")])
        expectGolden(driver.screen, named: "pet-edit-form-120x40")

        (_, driver) = try seeded()
        driver.openZoe(as: "rita", "reception-pass")
        driver.send([.character("X"), .tab])
        driver.type("Kidney failure")
        driver.send([.function(2)])
        expectGolden(driver.screen, named: "pet-death-confirm-120x40")

        (_, driver) = try seeded()
        driver.openZoe(as: "rita", "reception-pass")
        driver.send([.character("T")])
        driver.type("Jones")
        driver.send([.enter, .function(2)])
        expectGolden(driver.screen, named: "pet-transfer-confirm-120x40")
    }

    @Test func frontDeskScreens() throws {
        var (_, driver) = try seeded()
        driver.logIn("rita", "reception-pass")
        driver.type("Jones")
        driver.send([.enter] + Array(repeating: .right, count: 7))
        expectGolden(driver.screen, named: "record-requests-reception-120x40")

        (_, driver) = try seeded()
        driver.logIn("rita", "reception-pass")
        driver.type("Briain")
        driver.send([.enter, .function(8), .character(" "), .function(2)])
        expectGolden(driver.screen, named: "request-logged-120x40")

        (_, driver) = try seeded()
        driver.logIn("rita", "reception-pass")
        driver.type("Briain")
        driver.send([.enter] + Array(repeating: .right, count: 5))
        expectGolden(driver.screen, named: "record-contacts-120x40")
    }
}
