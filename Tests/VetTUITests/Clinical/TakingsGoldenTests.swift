import Foundation
import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// The takings screen: a day's and a month's payments less refunds, by method.
@MainActor
@Suite struct TakingsGoldenTests {
    @Test func dayAndMonthByMethod() throws {
        let practice = try TestPractice.clinical()
        let (zoe, _) = try practice.zoeAndRex()
        let zoeID = zoe
        _ = try practice.store.recordPayment(clientID: zoeID, amount: Pence(4_500), method: .card, keepRestOnAccount: true,
                                             as: practice.receptionist)
        _ = try practice.store.recordPayment(clientID: zoeID, amount: Pence(1_250), method: .cash, keepRestOnAccount: true,
                                             as: practice.receptionist)
        _ = try practice.store.recordRefund(clientID: zoeID, amount: Pence(250), method: .cash, reason: "Overpaid",
                                            as: practice.manager)
        for (size, suffix) in ClinicalGoldenTests.sizes {
            let driver = AppDriver(practice, size: size)
            driver.logIn("rita", "reception-pass")
            driver.send([.ctrl("b")])
            expectGolden(driver.screen, named: "takings-day-\(suffix)")
            #expect(driver.screen.contains("Taken £57.50 · refunded £2.50 · net £55.00"))
            driver.send([.character("p"), .character("p"), .character("["), .character("]")])
            expectGolden(driver.screen, named: "takings-month-\(suffix)")
        }
    }

    /// At a group, the takings start at the terminal's own site; F5 goes through the others and
    /// then every site, where each line names its site.
    @Test func startsAtThisTerminalsSiteThenEverySite() throws {
        let practice = try TestPractice.clinical()
        let store = practice.store
        let quay = try store.addSite(SiteDetails(name: "Quay Street"), as: practice.manager)
        let quayID = try #require(quay.id)
        let (zoe, _) = try practice.zoeAndRex()
        let atQuay = try store.workAt(siteID: quayID, as: practice.manager)
        let atFirst = try store.workAt(siteID: 1, as: practice.manager)
        _ = try store.recordPayment(clientID: zoe, amount: Pence(3_000), method: .card, keepRestOnAccount: true, as: atQuay)
        _ = try store.recordPayment(clientID: zoe, amount: Pence(1_000), method: .cash, keepRestOnAccount: true, as: atFirst)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vetdesk-state-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let driver = AppDriver(practice, environment: ["XDG_STATE_HOME": folder.path])
        driver.logIn("mary", "manager-pass")
        driver.send([.down, .enter])
        #expect(driver.screen.contains("Quay Street ·"), "\(driver.screen)")
        driver.send([.ctrl("b")])
        #expect(driver.screen.contains("Site: Quay Street"), "\(driver.screen)")
        #expect(driver.screen.contains("net £30.00"))
        driver.send([.function(5)])
        #expect(driver.screen.contains("Site: every site"), "\(driver.screen)")
        #expect(driver.screen.contains("net £40.00"))
        expectGolden(driver.screen, named: "takings-every-site-80x24")
        driver.send([.character("s")])
        #expect(driver.screen.contains("Site: Harbour Vets"), "\(driver.screen)")
        #expect(driver.screen.contains("net £10.00"))
    }

    @Test func aVetCannotOpenTheTakings() throws {
        let practice = try TestPractice.clinical()
        let driver = AppDriver(practice, size: .minimum)
        driver.logIn("victor", "victor-vet-pass")
        driver.send([.ctrl("b")])
        #expect(!driver.screen.contains("Takings"))
    }
}
