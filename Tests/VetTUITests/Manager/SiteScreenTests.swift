import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// The sites screen and the staff sites pick list, driven through the keyboard against a real file.
@MainActor
@Suite struct SiteScreenTests {
    /// Harbour Vets (set-up), Quay Street with a long address, and the closed Old Town.
    private func threeSites(_ practice: TestPractice) throws {
        try practice.store.addSite(SiteDetails(name: "Quay Street", address: "Unit 4, The Old Fish Market, 9 Quay Street\nSt Helier",
                                               phone: "01534 736000"), as: practice.manager)
        let old = try practice.store.addSite(SiteDetails(name: "Old Town", address: "2 Church Lane"), as: practice.manager)
        try practice.store.setSiteOpen(id: old.id ?? 0, false, expectedVersion: old.version, as: practice.manager)
    }

    private func managerAt(_ keys: [Key], _ practice: TestPractice) -> AppDriver {
        let driver = AppDriver(practice)
        driver.logIn("mary", "manager-pass")
        // With several open sites the terminal asks where it is: the first, Harbour Vets.
        if driver.screen.contains("Which site is this terminal at?") { driver.send([.enter]) }
        driver.send([.function(12)] + keys)
        return driver
    }

    @Test func sitesScreenListsEverySiteAndShowsOneInFull() throws {
        let practice = try TestPractice.make()
        try threeSites(practice)
        let driver = managerAt([.character("i"), .down], practice)
        expectGolden(driver.screen, named: "sites-80x24")
        driver.send([.enter])
        #expect(driver.flowingText.contains("Unit 4, The Old Fish Market, 9 Quay Street, St Helier"), "\(driver.screen)")
    }

    @Test func staffSitesPickListTicksOpenSites() throws {
        let practice = try TestPractice.make()
        try threeSites(practice)
        let driver = managerAt([.character("u"), .down, .character("w"), .down, .character(" ")], practice)
        expectGolden(driver.screen, named: "staff-sites-80x24")
    }

    @Test func addingASiteShowsEachFieldsMessageThenSaves() throws {
        let practice = try TestPractice.make()
        let driver = managerAt([.character("i"), .function(2)], practice)
        driver.send([.tab, .tab]); driver.type("call us")
        driver.send([.function(2)])
        #expect(driver.screen.contains("site name must not be empty"), "\(driver.screen)")
        #expect(driver.screen.contains("site phone"), "\(driver.screen)")
        // A refused save puts the cursor on the first field in error.
        driver.type("quay street")
        driver.send([.function(2)])
        #expect(driver.screen.contains("site phone"), "the phone is still wrong: \(driver.screen)")
        driver.send([.ctrl("u")]); driver.type("01534 736000")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Site added."), "\(driver.screen)")
        #expect(driver.screen.contains("2 sites, 2 open"))
        #expect(try practice.store.site(named: "Quay Street").name == "quay street")
        driver.send([.function(2)]); driver.type("QUAY STREET")
        driver.send([.function(2)])
        #expect(driver.flowingText.contains("site name 'QUAY STREET' is already used by another site"), "\(driver.screen)")
    }

    @Test func aStaleEditIsAConflictNamingWhoAndWhenAndKeepsWhatWasTyped() throws {
        let practice = try TestPractice.make()
        try threeSites(practice)
        let driver = managerAt([.character("i"), .down, .character("e")], practice)
        let quay = try practice.store.site(named: "Quay Street")
        try practice.store.updateSite(id: quay.id ?? 0, expectedVersion: quay.version, details: SiteDetails(name: "Quay St"),
                                      as: practice.manager)
        driver.send([.ctrl("u")]); driver.type("Fish Market")
        driver.send([.function(2)])
        #expect(driver.flowingText.contains("Site Quay St was changed by Mary Manager (manager) on 10 Mar 2026"), "\(driver.screen)")
        #expect(driver.screen.contains("Fish Market"), "what was typed stays: \(driver.screen)")
        #expect(try practice.store.site(named: "quay st").version == 2)
    }

    @Test func closingAsksFirstAndTheLastOpenSiteStaysOpen() throws {
        let practice = try TestPractice.make()
        let driver = managerAt([.character("i"), .character("x")], practice)
        #expect(driver.flowingText.contains("Close Harbour Vets?"), "\(driver.screen)")
        driver.send([.character("y")])
        #expect(driver.flowingText.contains("Harbour Vets is the practice's only open site; open another before closing it"),
                "\(driver.screen)")
        try threeSites(practice)
        driver.send([.escape, .character("i"), .end, .character("x")])
        #expect(driver.flowingText.contains("Reopen Old Town?"), "\(driver.screen)")
        driver.send([.escape])
        #expect(try practice.store.site(named: "Old Town").active == false, "Esc answers No")
        driver.send([.character("x"), .character("y")])
        #expect(driver.screen.contains("Old Town is open again."), "\(driver.screen)")
        #expect(try practice.store.site(named: "Old Town").active)
    }

    @Test func theManagerChoosesWhereALoginWorks() throws {
        let practice = try TestPractice.make()
        try threeSites(practice)
        let ritaID = practice.receptionist.userID
        let driver = managerAt([.character("u"), .down], practice)
        #expect(driver.screen.contains("Harbour Vets"), "\(driver.screen)")
        driver.send([.character("w"), .character(" ")])
        driver.send([.enter])
        #expect(driver.screen.contains("Tick at least one site"), "\(driver.screen)")
        driver.send([.down, .character(" "), .enter])
        #expect(driver.screen.contains("rita works at Quay Street."), "\(driver.screen)")
        #expect(try practice.store.staffSites()[ritaID] == [try practice.store.site(named: "Quay Street").id ?? 0])
        driver.send([.character("w"), .character(" "), .escape])
        #expect(try practice.store.staffSites()[ritaID] == [try practice.store.site(named: "Quay Street").id ?? 0], "Esc keeps them")
    }

    @Test func aNewLoginStartsAtTheManagersSiteAndIsListedAtTheSitePicked() throws {
        let practice = try TestPractice.make()
        try threeSites(practice)
        let driver = managerAt([.character("u"), .function(2)], practice)
        driver.type("vera")
        driver.send([.tab]); driver.type("Vera Vet")
        driver.send([.tab]); driver.type("vet")
        driver.send([.tab])
        #expect(driver.screen.contains(#/Works at: +Harbour Vets +▾/#), "the form starts at the manager's own site: \(driver.screen)")
        driver.type("quay")
        driver.send([.function(2)])
        #expect(driver.screen.contains("It is shown only now"), "\(driver.screen)")
        let vera = try #require(try practice.store.users().first { $0.username == "vera" })
        #expect(try practice.store.staffSites()[vera.id ?? 0] == [try practice.store.site(named: "Quay Street").id ?? 0])
    }
}
