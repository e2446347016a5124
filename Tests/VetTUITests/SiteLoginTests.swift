import Foundation
import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// Choosing the site a terminal works at: asked only when there is a choice, remembered per
/// terminal, shown in the header when the practice has several, and changed from search.
@MainActor
@Suite struct SiteLoginTests {
    /// The test practice with a second open site, "Quay Street"; Rita works at the first only.
    private func twoSitePractice() throws -> (practice: TestPractice, quay: Site) {
        let practice = try TestPractice.make()
        let quay = try practice.store.addSite(SiteDetails(name: "Quay Street", address: "1 Quay Street\nSt Helier"),
                                              as: practice.manager)
        return (practice, quay)
    }

    private func stateFolder() throws -> [String: String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vetdesk-state-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return ["XDG_STATE_HOME": folder.path]
    }

    @Test func aSingleSitePracticeNeverAsksAndTheHeaderNamesNoSite() throws {
        let practice = try TestPractice.make()
        let driver = AppDriver(practice, environment: try stateFolder())
        driver.logIn("mary", "manager-pass")
        #expect(driver.screen.contains("Find:"))
        #expect(driver.screen.hasPrefix(" Harbour Vets · Mary Manager (Practice manager)"), "\(driver.screen)")
        driver.send([.function(7)])
        #expect(driver.flowingText.contains("you work at one site only"), "\(driver.screen)")
    }

    @Test func severalSitesAskOnceThenTheTerminalRemembers() throws {
        let (practice, quay) = try twoSitePractice()
        let environment = try stateFolder()
        let driver = AppDriver(practice, environment: environment)
        driver.logIn("mary", "manager-pass")
        expectGolden(driver.screen, named: "site-pick-80x24")
        driver.send([.down, .enter])
        #expect(driver.screen.contains("Online queue ("), "Today, the home screen")
        #expect(driver.screen.hasPrefix(" Harbour Vets · Quay Street · Mary Manager (Practice manager)"), "\(driver.screen)")
        let remembered = SiteMemory(environment: environment)?.site(forDatabase: practice.store.path)
        #expect(remembered == SiteMemory.RememberedSite(siteID: try #require(quay.id), siteName: "Quay Street"))

        let again = AppDriver(practice, environment: environment)
        again.logIn("mary", "manager-pass")
        #expect(again.screen.contains("Find:"), "a remembered site is not asked again: \(again.screen)")
        #expect(again.screen.contains("Quay Street"))
    }

    @Test func escGoesBackToTheLoginFormWithTheNameKept() throws {
        let (practice, _) = try twoSitePractice()
        let driver = AppDriver(practice, environment: try stateFolder())
        driver.logIn("mary", "manager-pass")
        driver.send([.escape])
        #expect(driver.screen.contains("Username: mary"), "\(driver.screen)")
        #expect(driver.screen.contains("not logged in"))
        #expect(!driver.app.isFinished)
    }

    @Test func changingSiteUpdatesTheHeaderAndTheMemory() throws {
        let (practice, _) = try twoSitePractice()
        let environment = try stateFolder()
        let driver = AppDriver(practice, environment: environment)
        driver.logIn("mary", "manager-pass")
        driver.send([.enter])
        #expect(driver.screen.hasPrefix(" Harbour Vets · Harbour Vets · Mary Manager"), "\(driver.screen)")
        driver.send([.function(7)])
        #expect(driver.screen.contains("(here now)"))
        driver.send([.down, .enter])
        #expect(driver.screen.hasPrefix(" Harbour Vets · Quay Street · Mary Manager"), "\(driver.screen)")
        #expect(driver.flowingText.contains("This terminal now works at Quay Street"))
        #expect(SiteMemory(environment: environment)?.site(forDatabase: practice.store.path)?.siteName == "Quay Street")
    }

    @Test func someoneListedAtOneSiteOfSeveralIsNotAsked() throws {
        let (practice, _) = try twoSitePractice()
        let driver = AppDriver(practice, environment: try stateFolder())
        driver.logIn("rita", "reception-pass")
        #expect(driver.screen.hasPrefix(" Harbour Vets · Harbour Vets · Rita Reception (Receptionist)"), "\(driver.screen)")
    }

    @Test func someoneListedNowhereOpenIsToldAndNotLoggedIn() throws {
        let (practice, quay) = try twoSitePractice()
        try practice.store.setStaffSites(username: "rita", siteIDs: [try #require(quay.id)], as: practice.manager)
        try practice.store.setSiteOpen(id: try #require(quay.id), false, expectedVersion: quay.version, as: practice.manager)
        let driver = AppDriver(practice, environment: try stateFolder())
        driver.logIn("rita", "reception-pass")
        #expect(driver.flowingText.contains("Rita Reception has no open site to work at; ask a practice manager to list you at one"),
                "\(driver.screen)")
        #expect(driver.screen.contains("not logged in"))
    }

    @Test func theSiteAskedForIsTakenWhenThePersonWorksThere() throws {
        let (practice, _) = try twoSitePractice()
        let environment = try stateFolder()
        let driver = AppDriver(practice, site: "quay street", environment: environment)
        driver.logIn("mary", "manager-pass")
        #expect(driver.screen.hasPrefix(" Harbour Vets · Quay Street · Mary Manager"), "\(driver.screen)")
        #expect(SiteMemory(environment: environment)?.site(forDatabase: practice.store.path)?.siteName == "Quay Street")

        let rita = AppDriver(practice, site: "Quay Street", environment: environment)
        rita.logIn("rita", "reception-pass", landing: .today)
        #expect(rita.flowingText.contains("Rita Reception does not work at Quay Street (--site); this terminal works at "
            + "Harbour Vets for them"), "\(rita.screen)")
        #expect(rita.screen.hasPrefix(" Harbour Vets · Harbour Vets · Rita Reception"))

        let third = try practice.store.addSite(SiteDetails(name: "North"), as: practice.manager)
        try practice.store.setStaffSites(username: "rita", siteIDs: [1, try #require(third.id)], as: practice.manager)
        let asked = AppDriver(practice, site: "Quay Street", environment: environment)
        asked.logIn("rita", "reception-pass")
        #expect(asked.flowingText.contains("Rita Reception does not work at Quay Street (--site); choose the site this "
            + "terminal is at"), "\(asked.screen)")
        #expect(asked.screen.contains("Which site is this terminal at?"))
    }

    @Test func unlockingKeepsTheSite() throws {
        let (practice, _) = try twoSitePractice()
        let driver = AppDriver(practice, environment: try stateFolder())
        driver.logIn("mary", "manager-pass")
        driver.send([.down, .enter])
        driver.app.lastInputAt = .distantPast
        driver.send(.tick)
        #expect(driver.screen.contains("This terminal is locked."))
        driver.send(Keys.typed("manager-pass") + [.enter])
        #expect(driver.screen.hasPrefix(" Harbour Vets · Quay Street · Mary Manager"), "\(driver.screen)")
    }

    @Test func theHeaderKeepsTheRoleAt80Columns() throws {
        let line = StatusLine(practiceName: "Harbour Veterinary Group of the Channel Islands", siteName: "St Helier Town Centre",
                              userName: "Margaret Manager-Smythe", roleName: "Practice manager",
                              message: StatusMessage("Log a data-protection request"))
        var buffer = ScreenBuffer(rows: 1, columns: 80)
        line.render(into: &buffer, row: 0, width: 80)
        #expect(buffer.text.contains("(Practice manager)"), "\(buffer.text)")
        #expect(buffer.text.contains("Log a data-protection"), "\(buffer.text)")
        #expect(buffer.text.hasPrefix(" Harb… · St Helier… · Margaret … (Practice manager)  "),
                "the practice name yields first: \(buffer.text)")
        let usual = StatusLine(practiceName: "Harbour Veterinary Group", siteName: "St Helier Town", userName: "Mary Manager",
                               roleName: "Practice manager", message: StatusMessage("Client search"))
        usual.render(into: &buffer, row: 0, width: 80)
        #expect(buffer.text.hasPrefix(" Harbour Vet… · St Helier Town · Mary Manager (Practice manager)  "), "\(buffer.text)")
        #expect(buffer.text.hasSuffix("Client search"))
    }
}
