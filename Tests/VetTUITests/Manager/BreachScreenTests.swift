import Foundation
import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// The breach register screen and its forms, driven through the keyboard against a real file.
/// The practice's clock stands at 10:00 GMT on Tuesday 10 March 2026.
@MainActor
@Suite struct BreachScreenTests {
    /// An open breach with 53 h 40 min left, one overdue by 25 h, one reported and one not reportable.
    private func fourBreaches(_ practice: TestPractice) throws {
        let store = practice.store
        let zoe = try practice.client(first: "Zoë", last: "Smith")
        try store.logBreach(BreachDetails(awareAt: "2026-02-20 11:00", whatHappened: "Invoice posted to a client's old address",
                                          dataCategories: "financial", peopleCategories: "clients", peopleCount: "1"),
                            as: practice.manager)
        try store.reportBreach(id: 1, expectedVersion: 1, report: BreachReportDetails(reportedAt: "2026-02-21 16:30",
                                                                                       reference: "IC-412-Q7W"),
                               as: practice.manager)
        try store.logBreach(BreachDetails(awareAt: "2026-03-02 09:15", whatHappened: "Reminder texts sent to a colleague's phone"),
                            as: practice.manager)
        try store.decideBreach(id: 2, expectedVersion: 1, decisions: BreachDecisionDetails(
            reporting: "not reportable", reportingReason: "Seen only by staff; deleted"), as: practice.manager)
        try store.logBreach(BreachDetails(awareAt: "2026-03-06 09:00", whatHappened: "Laptop stolen from a vet's car",
                                          dataCategories: "contact details, clinical", peopleCount: "1,200"),
                            as: practice.manager)
        try store.logBreach(BreachDetails(occurredAt: "2026-03-09 15:00", awareAt: "2026-03-09 15:40",
                                          whatHappened: "Day list emailed to the wrong client",
                                          dataCategories: "contact details", peopleCategories: "clients",
                                          peopleCount: "14", clients: "\(zoe.id ?? 0)"), as: practice.manager)
    }

    private func register(_ practice: TestPractice) -> AppDriver {
        let driver = AppDriver(practice)
        driver.logIn("mary", "manager-pass")
        driver.send([.function(12), .character("b")])
        return driver
    }

    @Test func registerListsEachBreachWithItsClock() throws {
        let practice = try TestPractice.make()
        try fourBreaches(practice)
        let driver = register(practice)
        expectGolden(driver.screen, named: "breach-register-80x24")
        #expect(driver.screen.contains("⚠ 53 h 40 min left"), "\(driver.screen)")
        #expect(driver.screen.contains("✖ overdue by 25 h 00 min"))
        driver.send([.enter])
        #expect(driver.flowingText.contains("2026-03-12 15:40 GMT to the Information Commissioner's Office (ICO)"),
                "\(driver.screen)")
    }

    @Test func loggingShowsEachFieldsMessageThenStartsTheClock() throws {
        let practice = try TestPractice.make()
        let driver = register(practice)
        #expect(driver.screen.contains("No breaches recorded"), "\(driver.screen)")
        driver.send([.function(2), .ctrl("u")])
        driver.type("2026-03-11 09:00")
        driver.send([.function(2)])
        #expect(driver.flowingText.contains("aware at 2026-03-11 09:00 GMT is in the future"), "\(driver.screen)")
        driver.send([.ctrl("u")]); driver.type("2026-03-10 08:30")
        driver.send([.tab, .tab, .tab, .tab]); driver.type("USB stick lost")
        driver.send([.tab, .enter, .character("p"), .character(" "), .enter])
        driver.send([.function(2)])
        #expect(driver.screen.contains("Breach logged; the 72-hour clock is running."), "\(driver.screen)")
        #expect(driver.screen.contains("⚠ 70 h 30 min left"), "\(driver.screen)")
        #expect(try practice.store.breaches(as: practice.manager).first?.breach.dataCategoryList == [.clinical])
    }

    @Test func decidingNotReportableNeedsReasonsAndReportingLateNeedsThem() throws {
        let practice = try TestPractice.make()
        try fourBreaches(practice)
        let driver = register(practice)
        driver.send([.down, .character("d")])
        expectGolden(driver.screen, named: "breach-decide-80x24")
        driver.type("not rep")
        driver.send([.function(2)])
        #expect(driver.flowingText.contains("decision reasons must be given when a breach is not reportable"), "\(driver.screen)")
        driver.send([.escape, .character("y"), .character("t"), .tab])
        driver.type("IC-500-A1")
        driver.send([.function(2)])
        #expect(driver.flowingText.contains("delay reasons must be given: the report at 2026-03-10 10:00 GMT came 25 h 00 min "
            + "after the 72 hours ended at 2026-03-09 09:00 GMT"), "\(driver.screen)")
        driver.type("Found the theft report only on Monday")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Report recorded."), "\(driver.screen)")
        #expect(driver.screen.contains("✔ reported late"), "\(driver.screen)")
    }

    @Test func theRequestQueueShowsOpenBreachesWithTheirClocks() throws {
        let practice = try TestPractice.make()
        try fourBreaches(practice)
        let driver = AppDriver(practice)
        driver.logIn("mary", "manager-pass")
        driver.send([.function(9)])
        #expect(driver.screen.contains("Breaches: BR-3 ✖ overdue by 25 h 00 min; BR-4 ⚠ 53 h 40 min left"), "\(driver.screen)")
        #expect(try practice.store.breachesNeedingAction(as: practice.receptionist).isEmpty)
    }
}
