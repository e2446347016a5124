import PropertyBased
import Testing
import VetCore

@Suite("Easter by the Gregorian computus")
struct EasterTests {
    /// Published Easter Sundays, including the earliest (22 Mar) and latest (25 Apr) possible.
    @Test(arguments: [
        (2000, "2000-04-23"), (2008, "2008-03-23"), (2011, "2011-04-24"), (2019, "2019-04-21"),
        (2020, "2020-04-12"), (2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"),
        (2027, "2027-03-28"), (2038, "2038-04-25"), (2285, "2285-03-22"),
    ])
    func knownEasterSundays(year: Int, expected: String) {
        #expect(LocalDate.easterSunday(year: year).iso == expected)
    }

    @Test func easterIsASundayBetween22MarchAnd25April() async {
        await propertyCheck(count: 300, input: Gen.int(in: 1900...2400)) { year in
            let easter = LocalDate.easterSunday(year: year)
            #expect(easter.year == year)
            #expect(easter.isoWeekday == 7)
            let earliest = LocalDate(year: year, month: 3, day: 22)
            let latest = LocalDate(year: year, month: 4, day: 25)
            #expect(earliest.map { $0 <= easter } == true)
            #expect(latest.map { easter <= $0 } == true)
        }
    }
}
