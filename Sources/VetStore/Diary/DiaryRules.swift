import Foundation
import VetSQL
import VetCore

/// The rules every booking, move and resize passes, in the write that stores it: the pet can
/// be seen, the vet works at the site or the room is there, the site is open and it is not the
/// break, the vet is not away, and nobody already holds the time. Because the check and the
/// write are one serialised transaction, of two terminals booking one slot exactly one wins.
enum DiaryRules {
    /// The practice's slot length in minutes (10 or 15).
    static func slotMinutes(_ db: any SQLConnection) throws -> Int {
        try db.fetchValue(Int.self, "SELECT slot_minutes FROM diary_settings WHERE id = 1") ?? 15
    }

    /// The site's hours on `weekday`, or nil when it is closed that day.
    static func openingDay(_ db: any SQLConnection, siteID: Int64, weekday: Int) throws -> OpeningDay? {
        try openingWeek(db, siteID: siteID)[weekday]
    }

    /// The site's hours for each open weekday.
    static func openingWeek(_ db: any SQLConnection, siteID: Int64) throws -> [Int: OpeningDay] {
        var week: [Int: OpeningDay] = [:]
        for row in try db.fetchAll("SELECT * FROM opening_hours WHERE site_id = ?", [siteID]) {
            let weekday = try row.decode(Int.self, "weekday")
            func time(_ column: String) throws -> TimeOfDay? {
                try row.decode(String?.self, column).flatMap { try? TimeOfDay(parsing: $0, field: column) }
            }
            guard let opens = try time("opens"), let closes = try time("closes") else { continue }
            week[weekday] = OpeningDay(weekday: weekday, opens: opens, closes: closes,
                                       breakFrom: try time("break_from"), breakTo: try time("break_to"))
        }
        return week
    }

    /// Writes the usual hours for a new site.
    static func seedHours(_ db: any SQLConnection, siteID: Int64) throws {
        for day in OpeningDay.usual {
            try db.execute("""
                INSERT INTO opening_hours (site_id, weekday, opens, closes, break_from, break_to) VALUES (?, ?, ?, ?, ?, ?)
                """, [siteID, day.weekday, day.opens.description, day.closes.description,
                      day.breakFrom?.description, day.breakTo?.description])
        }
    }

    /// Refuses anything but a pet that can be seen, owned by the client booked.
    static func checkPet(_ db: any SQLConnection, petID: Int64, clientID: Int64) throws -> Pet {
        guard let pet = try db.fetchRecord(Pet.self, id: petID) else { throw StoreError.notFound("there is no pet numbered \(petID)") }
        guard pet.clientId == clientID else {
            throw StoreError.invalid(ValidationErrors([ValidationError(
                field: "pet", message: "pet: \(pet.name) does not belong to client \(clientID)")]))
        }
        switch pet.status {
        case .active: return pet
        case .deceased: throw StoreError.refused("\(pet.name) has died; appointments cannot be booked for a deceased pet")
        case .transferred: throw StoreError.refused("\(pet.name) has been transferred away; book with their new owner")
        }
    }

    /// The name of the column's vet or room, once it can take bookings at `siteID`.
    static func checkColumn(_ db: any SQLConnection, _ column: DiaryColumnID, siteID: Int64) throws -> String {
        switch column {
        case .staff(let staffID):
            guard let staff = try db.fetchRecord(StaffUser.self, id: staffID), staff.active else {
                throw invalid("with", "with: there is no active login numbered \(staffID)")
            }
            guard staff.role == .vet else {
                throw invalid("with", "with: \(staff.displayName) is not a vet; appointments are with vets or in rooms")
            }
            let works = try db.fetchValue(Int.self, "SELECT count(*) FROM staff_site WHERE staff_id = ? AND site_id = ?",
                                          [staffID, siteID]) ?? 0
            guard works > 0 else {
                let site = try db.fetchValue(String.self, "SELECT name FROM site WHERE id = ?", [siteID]) ?? "this site"
                throw invalid("with", "with: \(staff.displayName) does not work at \(site)")
            }
            return staff.displayName
        case .room(let roomID):
            guard let room = try db.fetchRecord(Room.self, id: roomID), room.active, room.siteId == siteID else {
                throw invalid("with", "with: there is no open room numbered \(roomID) at this site")
            }
            return room.name
        }
    }

    /// Refuses a time outside the site's hours, in its break, in the past or across midnight.
    static func checkTime(_ db: any SQLConnection, siteID: Int64, start: LocalDateTime, end: LocalDateTime,
                          today: LocalDate) throws {
        guard start.date >= today else {
            throw invalid("start", "start \(start) is in the past; book from today on")
        }
        guard end.date == start.date || end.time == .midnight && end.date == start.date.adding(days: 1) else {
            throw invalid("length", "length: the appointment must end on the day it starts")
        }
        let site = try db.fetchValue(String.self, "SELECT name FROM site WHERE id = ?", [siteID]) ?? "The site"
        guard let day = try openingDay(db, siteID: siteID, weekday: start.date.isoWeekday) else {
            throw StoreError.refused("\(site) is closed on \(OpeningDay.weekdayNames[start.date.isoWeekday - 1])s; choose another day")
        }
        if let refusal = day.refusal(from: start.time, to: end.date == start.date ? end.time : TimeOfDay(minutes: 1439) ?? .midnight) {
            throw StoreError.refused("\(start.time)–\(end.time) cannot be booked: \(refusal)")
        }
    }

    /// Refuses a time the vet is away, naming the absence.
    static func checkAbsence(_ db: any SQLConnection, column: DiaryColumnID, name: String,
                             start: LocalDateTime, end: LocalDateTime) throws {
        guard case .staff(let staffID) = column else { return }
        if let away = try db.fetchRecord(StaffAbsence.self, """
            SELECT * FROM staff_absence WHERE staff_id = ? AND starts_at < ? AND ends_at > ? ORDER BY starts_at LIMIT 1
            """, [staffID, end, start]) {
            let why = away.reason.isEmpty ? "" : " (\(away.reason))"
            throw StoreError.refused("\(name) is away from \(away.startsAt) to \(away.endsAt)\(why); choose another time or vet")
        }
    }

    /// Refuses a time someone already holds in the column, naming who and when.
    static func checkClash(_ db: any SQLConnection, column: DiaryColumnID, name: String,
                           start: LocalDateTime, end: LocalDateTime, except appointmentID: Int64?) throws {
        let (columnSQL, columnID): (String, Int64) = switch column {
        case .staff(let id): ("staff_id", id)
        case .room(let id): ("room_id", id)
        }
        let row = try db.fetchOne("""
            SELECT a.starts_at, a.ends_at, a.kind, p.name AS pet, c.first_name, c.last_name FROM appointment a
            JOIN pet p ON p.id = a.pet_id JOIN client c ON c.id = a.client_id
            WHERE a.\(columnSQL) = ? AND a.starts_at < ? AND a.ends_at > ?
              AND a.state NOT IN ('cancelled', 'noShow') AND a.id <> ?
            ORDER BY a.starts_at LIMIT 1
            """, [columnID, end, start, appointmentID ?? -1])
        guard let row else { return }
        let from = try row.decode(LocalDateTime.self, "starts_at")
        let to = try row.decode(LocalDateTime.self, "ends_at")
        let kind = (AppointmentKind(rawValue: try row.decode(String.self, "kind")) ?? .consultation).displayName.lowercased()
        let owner = "\(try row.decode(String.self, "first_name")) \(try row.decode(String.self, "last_name"))"
        throw StoreError.refused("\(name) is already booked \(from.time)–\(to.time) on \(from.date.long) "
            + "for \(try row.decode(String.self, "pet")) (\(owner), \(kind)); choose another time")
    }

    static func invalid(_ field: String, _ message: String) -> StoreError {
        StoreError.invalid(ValidationErrors([ValidationError(field: field, message: message)]))
    }
}
