import Foundation
import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// The breach form's categories of data and of people are tick lists: Space ticks, Enter
/// accepts, Esc leaves the field as it was, and the form shows every chosen one in full.
/// The practice's clock stands at 10:00 GMT on Tuesday 10 March 2026.
@MainActor
@Suite struct BreachCategoryPickTests {
    /// The register, then F2 with the focus on "What happened" of a new breach.
    private func newBreach(_ practice: TestPractice) -> AppDriver {
        let driver = AppDriver(practice)
        driver.logIn("mary", "manager-pass")
        driver.send([.function(12), .character("b"), .function(2), .tab, .tab, .tab, .tab])
        driver.type("Appointment list left on the reception counter overnight")
        return driver
    }

    @Test func tickingTwoDataCategoriesAndOnePeopleCategorySavesThem() throws {
        let practice = try TestPractice.make()
        let driver = newBreach(practice)
        driver.send([.tab, .enter])
        #expect(driver.screen.contains("> [ ] Contact details"), "\(driver.screen)")
        driver.send([.character(" "), .down, .character(" ")])
        #expect(driver.screen.contains("> [x] Pets and clinical records"), "\(driver.screen)")
        expectGolden(driver.screen, named: "breach-form-data-list-80x24")
        driver.send([.enter])
        #expect(driver.flowingText.contains("Contact details, Pets and clinical records"), "\(driver.screen)")

        // People: Clients ticked then Esc leaves the field empty; then Former clients, accepted.
        driver.send([.tab, .enter, .character(" "), .escape])
        #expect(driver.screen.contains(TickFieldState.noneChosen), "\(driver.screen)")
        #expect(!driver.screen.contains("Discard"), "\(driver.screen)")
        driver.send([.enter, .character("f"), .character(" "), .enter])
        expectGolden(driver.screen, named: "breach-form-categories-80x24")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Breach logged; the 72-hour clock is running."), "\(driver.screen)")

        let saved = try #require(try practice.store.breaches(as: practice.manager).first?.breach)
        #expect(saved.dataCategoryList == [.contactDetails, .clinical])
        #expect(saved.peopleCategoryList == [.formerClients])
    }

    @Test func everyChosenCategoryShowsInFullWrappedNeverCut() throws {
        let practice = try TestPractice.make()
        let driver = newBreach(practice)
        driver.send([.tab, .enter])
        for _ in BreachDataCategory.allCases {
            driver.send([.character(" "), .down])
        }
        driver.send([.enter])
        let every = BreachDataCategory.allCases.map(\.displayName).joined(separator: ", ")
        #expect(driver.flowingText.contains(every), "\(driver.screen)")
        driver.send([.function(2)])
        let saved = try #require(try practice.store.breaches(as: practice.manager).first?.breach)
        #expect(saved.dataCategoryList == BreachDataCategory.allCases.map { $0 })
    }

    @Test func editingABreachStartsFromItsCategoriesAndUntickingOneSavesTheRest() throws {
        let practice = try TestPractice.make()
        try practice.store.logBreach(BreachDetails(awareAt: "2026-03-09 15:40", whatHappened: "Day list emailed to the wrong client",
                                                   dataCategories: "contact details, clinical", peopleCategories: "clients"),
                                     as: practice.manager)
        let driver = AppDriver(practice)
        driver.logIn("mary", "manager-pass")
        driver.send([.function(12), .character("b"), .function(4)])
        #expect(driver.flowingText.contains("Contact details, Pets and clinical records"), "\(driver.screen)")
        // Esc on the list of an unchanged form closes the list only; the form stays, as it was.
        driver.send([.tab, .tab, .tab, .tab, .tab, .enter, .character(" "), .escape])
        #expect(driver.screen.contains("Edit BR-1"), "\(driver.screen)")
        #expect(driver.flowingText.contains("Contact details, Pets and clinical records"), "\(driver.screen)")
        driver.send([.enter, .character(" "), .enter, .function(2)])
        #expect(driver.screen.contains("Breach saved."), "\(driver.screen)")
        let saved = try #require(try practice.store.breaches(as: practice.manager).first?.breach)
        #expect(saved.dataCategoryList == [.clinical])
        #expect(saved.peopleCategoryList == [.clients])
    }
}
