import Foundation
import VetSQL
import VetCore

/// What shapes the diary, set by the practice manager: the slot length, each site's opening
/// hours and rooms, and when vets are away.
extension AppDatabase {
    /// The practice's slot length in minutes.
    public func diarySlotMinutes() throws -> Int {
        try read { db in try DiaryRules.slotMinutes(db) }
    }

    /// Sets the slot length: 10 or 15 minutes.
    public func setDiarySlotMinutes(_ minutes: Int, as user: StaffSession) throws {
        guard minutes == 10 || minutes == 15 else {
            throw DiaryRules.invalid("slot length", "slot length must be 10 or 15 minutes, not \(minutes)")
        }
        let now = self.now
        try perform(.manageDiary, as: user) { db in
            try db.execute("UPDATE diary_settings SET slot_minutes = ?, version = version + 1, updated_at = ?, updated_by = ? WHERE id = 1",
                           [minutes, now, user.userID])
            try AuditTrail.record(db, at: now, userID: user.userID, action: "change diary slots", recordType: "diary_settings",
                                  recordID: 1, clientID: nil, detail: "\(minutes) minutes")
        }
    }

    /// Each open weekday's hours at a site (closed days absent).
    public func openingHours(siteID: Int64) throws -> [OpeningDay] {
        try read { db in try DiaryRules.openingWeek(db, siteID: siteID).values.sorted { $0.weekday < $1.weekday } }
    }

    /// Replaces a site's opening hours with `days` (a weekday left out is closed). Bookings
    /// already made stay; the diary shows any now outside the hours.
    public func setOpeningHours(siteID: Int64, _ days: [OpeningDay], as user: StaffSession) throws {
        guard Set(days.map(\.weekday)).count == days.count, days.allSatisfy({ (1...7).contains($0.weekday) }) else {
            throw DiaryRules.invalid("weekday", "weekday: give each day of the week at most once")
        }
        let now = self.now
        try perform(.manageDiary, as: user) { db in
            let site = try db.fetchRecord(Site.self, id: siteID).orThrow("site")
            try db.execute("DELETE FROM opening_hours WHERE site_id = ?", [siteID])
            for day in days {
                try db.execute("""
                    INSERT INTO opening_hours (site_id, weekday, opens, closes, break_from, break_to) VALUES (?, ?, ?, ?, ?, ?)
                    """, [siteID, day.weekday, day.opens.description, day.closes.description,
                          day.breakFrom?.description, day.breakTo?.description])
            }
            let text = days.sorted { $0.weekday < $1.weekday }.map { "\($0.weekdayName.prefix(3)) \($0.opens)–\($0.closes)" }
            try AuditTrail.record(db, at: now, userID: user.userID, action: "change opening hours", recordType: "site",
                                  recordID: siteID, clientID: nil, detail: "\(site.name): \(text.joined(separator: ", "))")
        }
    }

    /// The rooms of a site, open ones first.
    public func rooms(siteID: Int64) throws -> [Room] {
        try read { db in
            try db.fetchRecords(Room.self, "SELECT * FROM room WHERE site_id = ? ORDER BY active DESC, lower(name), id", [siteID])
        }
    }

    /// Adds a bookable room at a site; its name is unique there.
    @discardableResult
    public func addRoom(siteID: Int64, name: String, as user: StaffSession) throws -> Room {
        let valid: String
        do { valid = try TextRule.required(name, field: "room name", maxLength: 40) } catch { throw StoreError.invalid(error) }
        let now = self.now
        return try perform(.manageDiary, as: user) { db in
            let site = try db.fetchRecord(Site.self, id: siteID).orThrow("site")
            if try db.exists("SELECT 1 FROM room WHERE site_id = ? AND lower(name) = lower(?)", [siteID, valid]) {
                throw DiaryRules.invalid("room name", "room name: \(site.name) already has a room called \(valid)")
            }
            var room = Room(id: nil, siteId: siteID, name: valid, active: true)
            room.id = try db.insert(room)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "add room", recordType: "room",
                                  recordID: room.id, clientID: nil, detail: "\(valid) at \(site.name)")
            return room
        }
    }

    /// Closes a room (its bookings stay) or opens it again.
    public func setRoomOpen(id: Int64, _ open: Bool, as user: StaffSession) throws {
        let now = self.now
        try perform(.manageDiary, as: user) { db in
            let room = try db.fetchRecord(Room.self, id: id).orThrow("room")
            try db.execute("UPDATE room SET active = ? WHERE id = ?", [open, id])
            try AuditTrail.record(db, at: now, userID: user.userID, action: open ? "reopen room" : "close room",
                                  recordType: "room", recordID: id, clientID: nil, detail: room.name)
        }
    }

    /// Records that a vet is away from `start` to `end`; refused while they have bookings then,
    /// naming the first, so nobody is left booked with an absent vet.
    @discardableResult
    public func addAbsence(staffID: Int64, from start: LocalDateTime, to end: LocalDateTime, reason: String,
                           as user: StaffSession) throws -> StaffAbsence {
        guard end > start else {
            throw DiaryRules.invalid("to", "to \(end) must be after from \(start)")
        }
        let why: String
        do { why = try TextRule.optional(reason, field: "reason", maxLength: 200) ?? "" } catch { throw StoreError.invalid(error) }
        let now = self.now
        return try perform(.manageDiary, as: user) { db in
            let staff = try db.fetchRecord(StaffUser.self, id: staffID).orThrow("staff user")
            if let booked = try db.fetchRecord(Appointment.self, """
                SELECT * FROM appointment WHERE staff_id = ? AND starts_at < ? AND ends_at > ? AND state NOT IN ('cancelled', 'noShow')
                ORDER BY starts_at LIMIT 1
                """, [staffID, end, start]) {
                throw StoreError.refused("\(staff.displayName) has an appointment at \(booked.startsAt); move or cancel "
                                         + "their bookings in that time first")
            }
            var absence = StaffAbsence(id: nil, staffId: staffID, startsAt: start, endsAt: end, reason: why,
                                       recordedAt: now, recordedBy: user.userID)
            absence.id = try db.insert(absence)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "record absence", recordType: "staff_user",
                                  recordID: staffID, clientID: nil, detail: "\(staff.displayName) \(start) – \(end) \(why)")
            return absence
        }
    }

    /// Absences from `date` on, by start.
    public func absences(from date: LocalDate) throws -> [StaffAbsence] {
        try read { db in
            try db.fetchRecords(StaffAbsence.self, "SELECT * FROM staff_absence WHERE ends_at > ? ORDER BY starts_at, id",
                                [LocalDateTime(date: date, time: .midnight)])
        }
    }

    /// Removes an absence recorded in error or cancelled leave.
    public func removeAbsence(id: Int64, as user: StaffSession) throws {
        let now = self.now
        try perform(.manageDiary, as: user) { db in
            let absence = try db.fetchRecord(StaffAbsence.self, id: id).orThrow("absence")
            try db.execute("DELETE FROM staff_absence WHERE id = ?", [id])
            try AuditTrail.record(db, at: now, userID: user.userID, action: "remove absence", recordType: "staff_user",
                                  recordID: absence.staffId, clientID: nil, detail: "\(absence.startsAt) – \(absence.endsAt)")
        }
    }
}
