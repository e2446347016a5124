import Foundation
import Testing
import VetCore

@Suite("One-off holiday changes")
struct HolidayChangeTests {
    static let allFour: [PracticeRegion] = [.englandWales, .scotland, .northernIreland, .jersey]

    /// Every extra day of the §3 table, with the regions that have it.
    @Test(arguments: [
        ("2020-05-08", allFour),
        ("2021-09-27", [.jersey]),
        ("2022-06-02", allFour),
        ("2022-06-03", allFour),
        ("2022-09-19", allFour),
        ("2023-05-08", allFour),
        ("2024-07-15", [.jersey]),
        ("2026-06-15", [.scotland]),
    ] as [(String, [PracticeRegion])])
    func oneOffDayIsAHolidayOnlyWhereAnnounced(date: String, regions: [PracticeRegion]) throws {
        let date = try day(date)
        for region in PracticeRegion.allCases {
            let calendar = HolidayCalendar(region: region)
            #expect(calendar.isHoliday(date) == regions.contains(region), "\(region) on \(date)")
            #expect(!HolidayCalendar(region: region, changes: []).isHoliday(date), "\(region) rules alone")
        }
    }

    @Test(arguments: [PracticeRegion.englandWales, .scotland, .northernIreland])
    func veDayMovedTheUKEarlyMayHoliday(region: PracticeRegion) throws {
        let calendar = HolidayCalendar(region: region)
        #expect(!calendar.isHoliday(try day("2020-05-04")))
        #expect(calendar.isHoliday(try day("2020-05-08")))
        #expect(holidayDates(region, 2020).filter { $0.hasPrefix("2020-05") }
                == ["2020-05-08", "2020-05-25"])
    }

    /// Liberation Day fell on Saturday 9 May 2020 and stays listed there.
    @Test func jerseyKeptFourthMayAndGainedVEDay() throws {
        let calendar = HolidayCalendar(region: .jersey)
        #expect(calendar.holidayName(try day("2020-05-04")) == "Early May bank holiday")
        #expect(calendar.isHoliday(try day("2020-05-08")))
        #expect(holidayDates(.jersey, 2020).filter { $0.hasPrefix("2020-05") }
                == ["2020-05-04", "2020-05-08", "2020-05-09", "2020-05-25"])
    }

    @Test(arguments: allFour)
    func spring2022MovedFromThirtiethMayToSecondJune(region: PracticeRegion) throws {
        let calendar = HolidayCalendar(region: region)
        #expect(!calendar.isHoliday(try day("2022-05-30")))
        #expect(calendar.holidayName(try day("2022-06-02")) == "Spring bank holiday")
        #expect(HolidayCalendar(region: region, changes: []).isHoliday(try day("2022-05-30")))
    }

    @Test func aManagerCanAddAndCancelDays() throws {
        let local = HolidayChange(date: try day("2025-10-03"), name: "German Unity Day", regions: [.eu])
        let cancelled = HolidayChange(date: try day("2025-08-25"), name: "Summer (cancelled)",
                                      regions: [.englandWales], isHoliday: false)
        let changes = HolidayChange.shipped + [local, cancelled]
        #expect(HolidayCalendar(region: .eu, changes: changes).holidayName(try day("2025-10-03")) == "German Unity Day")
        #expect(!HolidayCalendar(region: .englandWales, changes: changes).isHoliday(try day("2025-10-03")))
        #expect(!HolidayCalendar(region: .englandWales, changes: changes).isHoliday(try day("2025-08-25")))
        #expect(HolidayCalendar(region: .northernIreland, changes: changes).isHoliday(try day("2025-08-25")))
    }

    @Test func shippedTableRoundTripsThroughJSON() throws {
        let data = try JSONEncoder().encode(HolidayChange.shipped)
        #expect(try JSONDecoder().decode([HolidayChange].self, from: data) == HolidayChange.shipped)
    }
}
