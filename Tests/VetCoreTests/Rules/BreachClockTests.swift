import Foundation
import Testing
import VetCore

/// The 72-hour clock without a database: instants, words and symbols, and the zone's name.
@Suite("breach clock")
struct BreachClockTests {
    static let jersey = TimeZone(identifier: "Europe/Jersey") ?? .current

    private func instant(_ local: String) throws -> Date {
        try LocalDateTime(parsing: local, field: "time").instant(in: Self.jersey)
    }

    @Test("in Jersey too the report-by is 72 hours of real time, shown at the local time it falls on")
    func jerseyAcrossTheChange() throws {
        let clock = BreachClock(awareAt: try instant("2026-10-24 23:30"), reporting: .undecided, reportedAt: nil)
        #expect(LocalInstant.text(clock.reportBy, in: Self.jersey) == "2026-10-27 22:30 GMT")
        #expect(clock.text(at: try instant("2026-10-27 17:10")) == "⚠ 5 h 20 min left")
        #expect(clock.text(at: try instant("2026-10-27 22:30")) == "⚠ 0 h 00 min left")
        #expect(clock.text(at: try instant("2026-10-28 01:35")) == "✖ overdue by 3 h 05 min")
        #expect(clock.state(at: try instant("2026-10-25 00:30")) == .running(minutes: 71 * 60))
    }

    @Test("a decided or reported breach's clock says so whatever the time")
    func closedStates() throws {
        let aware = try instant("2026-06-01 09:00")
        let late = try instant("2026-06-05 09:00")
        #expect(BreachClock(awareAt: aware, reporting: .notReportable, reportedAt: nil).text(at: late) == "✔ not reportable")
        #expect(BreachClock(awareAt: aware, reporting: .report, reportedAt: late).text(at: late) == "✔ reported late")
        #expect(BreachClock(awareAt: aware, reporting: .report, reportedAt: aware).text(at: late) == "✔ reported")
        #expect(BreachClock.duration(61) == "1 h 01 min")
    }

    @Test("the regulator is named per region")
    func regulators() {
        #expect(PracticeRegion.jersey.breachRegulator.contains("Jersey Data Protection Authority"))
        #expect(PracticeRegion.jersey.breachRegulator.contains("Office of the Information Commissioner"))
        #expect(PracticeRegion.englandWales.breachRegulator.contains("ICO"))
    }

    @Test("categories are typed by name in any case, listed once each, unknown names refused naming the field")
    func categories() throws {
        #expect(try ChoiceList.parse("Clinical, contact-details, clinical", as: BreachDataCategory.self, field: "data categories")
            == [.contactDetails, .clinical])
        #expect(throws: ValidationError.self) {
            try ChoiceList.parse("staff, aliens", as: BreachPeopleCategory.self, field: "people categories")
        }
    }
}
