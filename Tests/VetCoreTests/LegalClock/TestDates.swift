import Testing
import VetCore

/// Parses a `YYYY-MM-DD` literal in a test, failing the test (not crashing) if it is not a date.
func day(_ iso: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> LocalDate {
    try #require(LocalDate(iso: iso), "'\(iso)' is not a date", sourceLocation: sourceLocation)
}

/// The holiday dates of a year as `YYYY-MM-DD` strings, easy to compare with a published list.
func holidayDates(_ region: PracticeRegion, _ year: Int, changes: [HolidayChange] = HolidayChange.shipped) -> [String] {
    HolidayCalendar(region: region, changes: changes).holidays(in: year).map(\.date.iso)
}
