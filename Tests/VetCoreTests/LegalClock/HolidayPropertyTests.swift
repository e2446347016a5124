import PropertyBased
import Testing
import VetCore

/// Invariants of the rule-derived calendars over 2000–2100 (one-off changes left out).
@Suite("Holidays: properties over 2000–2100")
struct HolidayPropertyTests {
    static let years = Gen.int(in: 2000...2100)
    static let regions = Gen<PracticeRegion>.case.filter { $0 != .eu }

    @Test func eachRegionHasItsNumberOfDistinctHolidays() async {
        await propertyCheck(count: 300, input: Self.years, Self.regions) { year, region in
            let holidays = HolidayCalendar(region: region, changes: []).holidays(in: year)
            let liberationOnSunday = LocalDate(year: year, month: 5, day: 9)?.isoWeekday == 7
            let expected: Int = switch region {
            case .englandWales: 8
            case .scotland: 9
            case .northernIreland: 10
            case .jersey: liberationOnSunday ? 8 : 9
            case .eu: 0
            }
            #expect(holidays.count == expected)
            #expect(Set(holidays.map(\.date)).count == holidays.count)
            #expect(holidays.allSatisfy { $0.date.year == year })
        }
    }

    @Test func onlyLiberationDayFallsOnAWeekend() async {
        await propertyCheck(count: 300, input: Self.years, Self.regions) { year, region in
            let calendar = HolidayCalendar(region: region, changes: [])
            for holiday in calendar.holidays(in: year) where holiday.date.isWeekend {
                #expect(holiday.name == "Liberation Day" && holiday.date.isoWeekday == 6)
            }
        }
    }

    @Test func christmasAndBoxingDayAreTwoWorkingDaysOff() async {
        await propertyCheck(count: 200, input: Self.years, Self.regions) { year, region in
            let december = HolidayCalendar(region: region, changes: []).holidays(in: year)
                .filter { $0.date.month == 12 && $0.date.day >= 25 }
            #expect(december.count == 2)
            #expect(december.allSatisfy { (25...28).contains($0.date.day) && !$0.date.isWeekend })
        }
    }
}
