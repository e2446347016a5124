import Foundation
import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// Every data-protection screen at 80×24 and 120×40, compared with golden text.
@MainActor
@Suite struct RightsGoldenTests {
    static let sizes: [(TerminalSize, String)] = [(.minimum, "80x24"), (TerminalSize(rows: 40, columns: 120), "120x40")]

    /// On a fresh seeded practice at each size: `setUp`, log the manager in, `drive`, compare.
    private func expectScreens(
        _ name: String, setUp: (TestPractice) throws -> Void = { _ in },
        drive: (AppDriver, TestPractice, String) throws -> Void, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        for (size, suffix) in Self.sizes {
            let practice = try TestPractice.make()
            try practice.seed()
            try setUp(practice)
            let driver = AppDriver(practice, size: size)
            driver.logIn("mary", "manager-pass")
            try drive(driver, practice, suffix)
            expectGolden(driver.screen, named: "\(name)-\(suffix)", sourceLocation: sourceLocation)
        }
    }

    /// A folder whose path is the same on every run, so it can appear in a golden; emptied first.
    private func fixedFolder(_ name: String) -> URL {
        let url = URL(fileURLWithPath: "/tmp/vetdesk-golden-files/\(name)", isDirectory: true)
        try? FileManager.default.removeItem(at: url)
        return url
    }

    @Test func retentionReview() throws {
        let old: (TestPractice) throws -> Void = { practice in
            try practice.oldClient()
            try practice.request([.access], for: try practice.asOf(LocalDate(year: 2018, month: 2, day: 1)
                ?? TestPractice.today).client(first: "Harold", last: "Held", phone: "07700 900888").id)
        }
        try expectScreens("retention", setUp: old) { driver, _, _ in driver.send([.function(12), .character("t")]) }
        try expectScreens("retention-confirm", setUp: old) { driver, _, _ in
            driver.send([.function(12), .character("t"), .character("a"), .character("x")])
        }
        try expectScreens("retention-type", setUp: old) { driver, _, _ in
            driver.send([.function(12), .character("t"), .character("a"), .character("x"), .character("y")])
            driver.type("ANON")
        }
        try expectScreens("retention-applied", setUp: old) { driver, _, _ in
            driver.send([.function(12), .character("t"), .character("a"), .character("x"), .character("y")])
            driver.type("ANONYMISE")
            driver.send([.enter])
        }
    }

    @Test func marketingExport() throws {
        let consents: (TestPractice) throws -> Void = { practice in
            try practice.grantEmail(try practice.clientID("Briain"))
            let dafydd = try practice.client(first: "Dafydd", last: "Evans", phone: "07700 900456", email: "dafydd@example.com")
            try practice.grantEmail(dafydd.id ?? 0)
        }
        try expectScreens("marketing", setUp: consents) { driver, _, _ in driver.send([.function(12), .character("m")]) }
        try expectScreens("marketing-write", setUp: consents) { driver, _, _ in
            driver.send([.function(12), .character("m"), .character("w")])
        }
        try expectScreens("marketing-written", setUp: consents) { driver, _, suffix in
            let folder = fixedFolder("marketing-\(suffix)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            driver.send([.function(12), .character("m"), .character("w")])
            driver.replaceField(with: folder.appendingPathComponent("email.csv").path)
            driver.send([.function(2)])
        }
    }

    @Test func requestRightsPagesAndForms() throws {
        try expectScreens("request-rights") { driver, _, _ in driver.openRequest("DSR-2026-0002") }
        try expectScreens("access-pack-form") { driver, _, _ in
            driver.openRequest("DSR-2026-0001")
            driver.send([.character("p")])
        }
        try expectScreens("access-pack-written") { driver, _, suffix in
            driver.openRequest("DSR-2026-0001")
            driver.send([.character("p")])
            driver.replaceField(with: fixedFolder("pack-\(suffix)").path)
            driver.send([.function(2)])
        }
        try expectScreens("objection-decision") { driver, _, _ in
            driver.openRequest("DSR-2026-0002")
            driver.send([.character("D")])
        }
    }

    @Test func erasureOutcomeAndRefusal() throws {
        let insurer: (TestPractice) throws -> Void = { practice in try practice.discloseToInsurer(try practice.clientID("Jones")) }
        try expectScreens("erasure-confirm", setUp: insurer) { driver, _, _ in
            driver.openRequest("DSR-2026-0002")
            driver.send([.character("E")])
        }
        try expectScreens("erasure-outcome", setUp: insurer) { driver, _, _ in
            driver.openRequest("DSR-2026-0002")
            driver.send([.character("E"), .character("y")])
        }
        let debt: (TestPractice) throws -> Void = { practice in
            try practice.owes(try practice.clientID("Jones"))
        }
        try expectScreens("erasure-refused", setUp: debt) { driver, _, _ in
            driver.openRequest("DSR-2026-0002")
            driver.send([.character("E"), .character("y")])
        }
    }

    @Test func rectificationFormAndRecipients() throws {
        let setUp: (TestPractice) throws -> Void = { practice in
            let zoe = try practice.clientID("Briain")
            try practice.discloseToInsurer(zoe)
            try practice.request([.rectification, .restriction], for: zoe)
        }
        try expectScreens("rectify-form", setUp: setUp) { driver, _, _ in
            driver.openRequest("DSR-2026-0003")
            driver.send([.character("e")])
        }
        try expectScreens("rectify-recipients", setUp: setUp) { driver, _, _ in
            driver.openRequest("DSR-2026-0003")
            driver.send([.character("e")] + Array(repeating: .tab, count: 6))
            driver.replaceField(with: "JE2 4ZZ")
            driver.send([.function(2)])
        }
        try expectScreens("lift-restriction", setUp: setUp) { driver, _, _ in
            driver.openRequest("DSR-2026-0003")
            driver.send([.character("R"), .character("L")])
        }
    }
}
