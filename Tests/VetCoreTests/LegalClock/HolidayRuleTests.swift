import Testing
import VetCore

@Suite("Bank holidays derived by rule")
struct HolidayRuleTests {
    /// Lists published by gov.uk and gov.je.
    @Test(arguments: [
        (PracticeRegion.englandWales, 2025, ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05",
                                             "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"]),
        (.scotland, 2025, ["2025-01-01", "2025-01-02", "2025-04-18", "2025-05-05", "2025-05-26",
                           "2025-08-04", "2025-12-01", "2025-12-25", "2025-12-26"]),
        (.northernIreland, 2025, ["2025-01-01", "2025-03-17", "2025-04-18", "2025-04-21", "2025-05-05",
                                  "2025-05-26", "2025-07-14", "2025-08-25", "2025-12-25", "2025-12-26"]),
        (.jersey, 2025, ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-09",
                         "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"]),
        (.englandWales, 2026, ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04",
                               "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"]),
        (.scotland, 2026, ["2026-01-01", "2026-01-02", "2026-04-03", "2026-05-04", "2026-05-25",
                           "2026-06-15", "2026-08-03", "2026-11-30", "2026-12-25", "2026-12-28"]),
        (.northernIreland, 2026, ["2026-01-01", "2026-03-17", "2026-04-03", "2026-04-06", "2026-05-04",
                                  "2026-05-25", "2026-07-13", "2026-08-31", "2026-12-25", "2026-12-28"]),
        (.jersey, 2026, ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-09",
                         "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"]),
    ])
    func publishedYear(region: PracticeRegion, year: Int, expected: [String]) {
        #expect(holidayDates(region, year) == expected)
    }

    @Test func christmasOnSaturday2021MovesBothDaysToMondayAndTuesday() throws {
        let calendar = HolidayCalendar(region: .englandWales)
        #expect(calendar.holidayName(try day("2021-12-27")) == "Christmas Day (substitute)")
        #expect(calendar.holidayName(try day("2021-12-28")) == "Boxing Day (substitute)")
        #expect(!calendar.isHoliday(try day("2021-12-25")))
        #expect(calendar.isWorkingDay(try day("2021-12-29")))
    }

    @Test func christmasOnSunday2022SkipsBoxingDayToTuesday() throws {
        let calendar = HolidayCalendar(region: .northernIreland)
        #expect(calendar.holidayName(try day("2022-12-26")) == "Boxing Day")
        #expect(calendar.holidayName(try day("2022-12-27")) == "Christmas Day (substitute)")
    }

    @Test(arguments: [PracticeRegion.englandWales, .scotland, .northernIreland, .jersey])
    func newYearOnSaturday2022MovesToMonday(region: PracticeRegion) throws {
        #expect(HolidayCalendar(region: region).holidayName(try day("2022-01-03")) == "New Year's Day (substitute)")
    }

    @Test func scotlandSecondJanuary2022FollowsNewYearSubstitute() {
        #expect(holidayDates(.scotland, 2022).prefix(2) == ["2022-01-03", "2022-01-04"])
    }

    @Test func stAndrewsDayOnSunday2025MovesToMonday() throws {
        let calendar = HolidayCalendar(region: .scotland)
        #expect(calendar.holidayName(try day("2025-12-01")) == "St Andrew's Day (substitute)")
        #expect(!HolidayCalendar(region: .englandWales).isHoliday(try day("2025-12-01")))
    }

    @Test func liberationDayOnSundayIsNoHolidayAndHasNoSubstitute() throws {
        let calendar = HolidayCalendar(region: .jersey)
        #expect(!calendar.isHoliday(try day("2021-05-09")))
        #expect(!calendar.isHoliday(try day("2021-05-10")))
        #expect(calendar.holidayName(try day("2026-05-09")) == "Liberation Day")
        #expect(!calendar.isHoliday(try day("2026-05-11")))
    }

    @Test func scotlandHasNoEasterMondayAndAnEarlySummerHoliday() throws {
        let scotland = HolidayCalendar(region: .scotland)
        #expect(!scotland.isHoliday(try day("2025-04-21")))
        #expect(scotland.holidayName(try day("2025-08-04")) == "Summer bank holiday")
        #expect(!scotland.isHoliday(try day("2025-08-25")))
    }

    @Test func euHasOnlyWeekendsUntilThePracticeEntersDates() throws {
        let calendar = HolidayCalendar(region: .eu)
        #expect(calendar.holidays(in: 2025).isEmpty)
        #expect(calendar.isWorkingDay(try day("2025-12-25")))
        #expect(!calendar.isWorkingDay(try day("2025-12-27")))
    }

    @Test func workingDayNavigationSkipsWeekendsAndHolidays() throws {
        let calendar = HolidayCalendar(region: .englandWales)
        #expect(calendar.nextWorkingDay(onOrAfter: try day("2025-12-25")) == (try day("2025-12-29")))
        #expect(calendar.previousWorkingDay(onOrBefore: try day("2025-12-28")) == (try day("2025-12-24")))
        #expect(calendar.nextWorkingDay(onOrAfter: try day("2025-12-24")) == (try day("2025-12-24")))
    }
}
