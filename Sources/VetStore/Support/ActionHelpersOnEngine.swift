import Foundation
import VetSQL
import VetCore

// The engine-layer form of a helper whose own file is still written against GRDB: the request
// clock needs it on either engine. When Holidays.swift moves onto the engine layer, this
// replaces the GRDB form there.

extension HolidayTable {
    /// The holiday table's changes, each date and name once with every region it applies to.
    static func changes(_ db: any SQLConnection) throws -> [HolidayChange] {
        let rows = try db.fetchAll("SELECT date, name, region, is_holiday FROM holiday_change ORDER BY date, name")
        var grouped: [String: HolidayChange] = [:]
        var order: [String] = []
        for row in rows {
            guard let date = try row.decode(LocalDate?.self, "date"),
                  let region = PracticeRegion(rawValue: try row.decode(String.self, "region")) else { continue }
            let name = try row.decode(String.self, "name")
            let isHoliday = try row.decode(Bool.self, "is_holiday")
            let key = "\(date.iso)|\(name)|\(isHoliday)"
            if grouped[key] == nil {
                grouped[key] = HolidayChange(date: date, name: name, regions: [], isHoliday: isHoliday)
                order.append(key)
            }
            grouped[key]?.regions.insert(region)
        }
        return order.compactMap { grouped[$0] }
    }
}
