import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// The manager's record of processing and privacy notice preview at 80×24, compared with golden text.
@MainActor
@Suite struct OfficeGoldenTests {
    private func driver(_ keys: [Key]) throws -> AppDriver {
        let practice = try TestPractice.make()
        try practice.seed()
        let driver = AppDriver(practice, size: .minimum)
        driver.logIn("mary", "manager-pass")
        driver.send([.function(12)] + keys)
        return driver
    }

    @Test func recordOfProcessing() throws {
        expectGolden(try driver([.character("c"), .down]).screen, named: "processing-record-80x24")
    }

    @Test func activityFormWithErrors() throws {
        let driver = try driver([.character("c"), .function(2)] + Keys.typed("CCTV") + [.function(2)])
        expectGolden(driver.screen, named: "processing-activity-add-80x24")
    }

    @Test func privacyNoticePreviewScrollsWithNothingCutOff() throws {
        let driver = try driver([.character("n")])
        expectGolden(driver.screen, named: "privacy-notice-80x24")
        driver.send([.pageDown, .pageDown])
        expectGolden(driver.screen, named: "privacy-notice-scrolled-80x24")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Privacy notice version 1 of"))
        driver.send([.home])
        #expect(driver.screen.contains("Version 1 of"))
    }
}
