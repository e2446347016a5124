import Foundation
import GRDB
import VetCore
import VetSQL

/// The manager's table of one-off holiday changes, which the legal clock reads.
extension AppDatabase {
    /// The changes in force, grouped back into `HolidayChange` values.
    public func holidayChanges() throws -> [HolidayChange] {
        try read { db in try HolidayTable.changes(db) }
    }

    /// The calendar of the practice's region with the table's changes applied.
    public func holidayCalendar() throws -> HolidayCalendar {
        try read { db in
            HolidayCalendar(region: try PracticeSettingsRow.current(db).region, changes: try HolidayTable.changes(db))
        }
    }

    /// Adds (or, with `isHoliday` false, cancels) a day for the given regions; every open request's
    /// due date is recomputed in the same transaction.
    public func addHolidayChange(_ change: HolidayChange, as user: StaffSession) throws {
        let name: String
        do { name = try TextRule.required(change.name, field: "holiday name", maxLength: 100) } catch {
            throw StoreError.invalid(error)
        }
        guard !change.regions.isEmpty else {
            throw StoreError.invalid(ValidationError(field: "regions", message: "regions must name at least one region"))
        }
        let now = self.now
        let today = self.today
        try perform(.editHolidays, as: user) { db in
            for region in change.regions.sorted(by: { $0.rawValue < $1.rawValue }) {
                try db.execute("""
                    INSERT INTO holiday_change(date, name, region, is_holiday) VALUES (?, ?, ?, ?)
                    ON CONFLICT(date, region) DO UPDATE SET name = excluded.name, is_holiday = excluded.is_holiday
                    """, [change.date, name, region.rawValue, change.isHoliday])
            }
            try AuditTrail.record(db, at: now, userID: user.userID, action: "add holiday change", recordType: "holiday_change",
                                  recordID: nil, clientID: nil, detail: "\(change.date.iso) \(name)")
            try RequestClock.recomputeOpen(db, because: "holiday table changed (\(change.date.iso) \(name))", today: today,
                                           at: now, by: user.userID)
        }
    }

    /// Removes a date's change for the given regions; open requests' due dates are recomputed with it.
    public func removeHolidayChange(on date: LocalDate, regions: Set<PracticeRegion>, as user: StaffSession) throws {
        let now = self.now
        let today = self.today
        try perform(.editHolidays, as: user) { db in
            let codes = regions.map(\.rawValue)
            let removed = try db.execute("DELETE FROM holiday_change WHERE date = ? AND region IN (\(SQLList.placeholders(codes.count)))",
                                         SQLArguments([date.iso] + codes))
            if removed == 0 {
                throw StoreError.notFound("there is no holiday change on \(date.iso) for those regions")
            }
            try AuditTrail.record(db, at: now, userID: user.userID, action: "remove holiday change",
                                  recordType: "holiday_change", recordID: nil, clientID: nil, detail: date.iso)
            try RequestClock.recomputeOpen(db, because: "holiday table changed (\(date.iso) removed)", today: today,
                                           at: now, by: user.userID)
        }
    }
}

enum HolidayTable {
    /// Fills an empty table with the shipped list, on either engine (a new practice's schema).
    static func seedIfEmpty(_ db: any SQLConnection) throws {
        guard try db.fetchValue(Int.self, "SELECT COUNT(*) FROM holiday_change") == 0 else { return }
        for change in HolidayChange.shipped {
            for region in change.regions.sorted(by: { $0.rawValue < $1.rawValue }) {
                try db.execute("INSERT INTO holiday_change(date, name, region, is_holiday) VALUES (?, ?, ?, ?)",
                               [change.date, change.name, region.rawValue, change.isHoliday])
            }
        }
    }

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
