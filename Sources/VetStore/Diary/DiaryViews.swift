import Foundation
import VetSQL
import VetCore

/// A column of the diary as shown: a vet at the site or one of its rooms.
public struct DiaryColumn: Hashable, Sendable {
    public var id: DiaryColumnID
    public var name: String
}

/// An appointment as the diary shows it: with the client's and pet's names and the pet's
/// alerts, so the receptionist and vet see them on the booking itself.
public struct DiaryAppointment: Hashable, Sendable {
    public var appointment: Appointment
    public var clientName: String
    public var petName: String
    public var species: String
    /// The pet's free-text alerts and structured allergy alerts, in words.
    public var alerts: [String]
    /// The vet's or room's name.
    public var withName: String
}

/// One day of one site's diary: its hours, columns, absences and appointments.
public struct DiaryDay: Hashable, Sendable {
    public var date: LocalDate
    public var siteID: Int64
    public var siteName: String
    public var slotMinutes: Int
    /// Nil when the site is closed that day.
    public var hours: OpeningDay?
    public var columns: [DiaryColumn]
    /// Every absence touching the day, by column.
    public var absences: [DiaryColumnID: [StaffAbsence]]
    /// Every appointment of the day at the site, cancelled ones included, by start time.
    public var appointments: [DiaryAppointment]

    /// The appointments in `column` that hold their slot.
    public func booked(in column: DiaryColumnID) -> [DiaryAppointment] {
        appointments.filter { $0.appointment.column == column && $0.appointment.state.holdsSlot }
    }

    /// The absence covering `time` in `column`, if the vet is away then.
    public func absence(in column: DiaryColumnID, at time: LocalDateTime) -> StaffAbsence? {
        absences[column]?.first { $0.startsAt <= time && time < $0.endsAt }
    }
}

extension AppDatabase {
    /// `days` days of a site's diary from `date` (1 for the day view, 7 for the week), as
    /// this session's site unless `siteID` is given; read in one range query and audited as
    /// one view of the diary, in the same transaction. With `column`, only that vet's or room's
    /// appointments are read: the week view shows one column, and reading the others' would
    /// only make it slower.
    public func diary(from date: LocalDate, days: Int = 1, siteID: Int64? = nil, column: DiaryColumnID? = nil,
                      as user: StaffSession) throws -> [DiaryDay] {
        let now = self.now
        return try perform(.viewDiary, as: user) { db in
            let site = try siteID ?? Sites.working(db, for: user)
            let result = try DiaryQuery.days(db, siteID: site, from: date, days: max(1, min(days, 31)), column: column)
            let count = result.reduce(0) { $0 + $1.appointments.count }
            let whose = column.flatMap { wanted in result.first?.columns.first { $0.id == wanted }?.name }.map { " of \($0)" } ?? ""
            try AuditTrail.record(db, at: now, userID: user.userID, action: "view", recordType: "appointment",
                                  recordID: nil, clientID: nil,
                                  detail: "diary of \(result.first?.siteName ?? "") from \(date.iso), \(days) day(s)\(whose), "
                                      + "\(count) appointments")
            return result
        }
    }

    /// A client's appointments, latest first: what `/` in the diary finds. Audited as a view of the client.
    public func appointments(clientID: Int64, as user: StaffSession) throws -> [DiaryAppointment] {
        let now = self.now
        return try perform(.viewDiary, as: user) { db in
            let found = try DiaryQuery.appointments(db, where: "a.client_id = ?", [clientID], order: "a.starts_at DESC")
            try Self.recordClientView(db, clientID: clientID, user: user, at: now, detail: "appointments")
            return found
        }
    }

    /// One appointment as the diary shows it.
    public func diaryAppointment(id: Int64, as user: StaffSession) throws -> DiaryAppointment {
        try read { db in
            guard let found = try DiaryQuery.appointments(db, where: "a.id = ?", [id], order: "a.id").first else {
                throw StoreError.notFound("there is no appointment numbered \(id)")
            }
            return found
        }
    }
}

enum DiaryQuery {
    static func days(_ db: any SQLConnection, siteID: Int64, from date: LocalDate, days: Int,
                     column: DiaryColumnID? = nil) throws -> [DiaryDay] {
        guard let site = try db.fetchRecord(Site.self, id: siteID) else { throw StoreError.notFound("there is no site numbered \(siteID)") }
        let slot = try DiaryRules.slotMinutes(db)
        let week = try DiaryRules.openingWeek(db, siteID: siteID)
        let columns = try self.columns(db, siteID: siteID)
        let first = LocalDateTime(date: date, time: .midnight)
        let last = LocalDateTime(date: date.adding(days: days), time: .midnight)
        var condition = "a.site_id = ? AND a.starts_at >= ? AND a.starts_at < ?"
        var arguments: SQLArguments = [siteID, first, last]
        switch column {
        case .staff(let id)?:
            condition += " AND a.staff_id = ?"
            arguments.append(id)
        case .room(let id)?:
            condition += " AND a.room_id = ?"
            arguments.append(id)
        case nil:
            break
        }
        let all = try appointments(db, where: condition, arguments, order: "a.starts_at, a.id")
        let absences = try db.fetchRecords(StaffAbsence.self, """
            SELECT * FROM staff_absence WHERE starts_at < ? AND ends_at > ? ORDER BY starts_at
            """, [last, first])
        return (0..<days).map { offset in
            let day = date.adding(days: offset)
            let start = LocalDateTime(date: day, time: .midnight)
            let end = LocalDateTime(date: day.adding(days: 1), time: .midnight)
            var away: [DiaryColumnID: [StaffAbsence]] = [:]
            for absence in absences where absence.startsAt < end && absence.endsAt > start {
                away[.staff(absence.staffId), default: []].append(absence)
            }
            return DiaryDay(date: day, siteID: siteID, siteName: site.name, slotMinutes: slot, hours: week[day.isoWeekday],
                            columns: columns, absences: away,
                            appointments: all.filter { $0.appointment.startsAt.date == day })
        }
    }

    /// The site's vets, then its open rooms, each by name.
    static func columns(_ db: any SQLConnection, siteID: Int64) throws -> [DiaryColumn] {
        let vets = try db.fetchAll("""
            SELECT u.id, u.display_name FROM staff_user u JOIN staff_site w ON w.staff_id = u.id
            WHERE w.site_id = ? AND u.role = 'vet' AND u.active = 1 ORDER BY lower(u.display_name), u.id
            """, [siteID]).map { DiaryColumn(id: .staff(try $0.decode(Int64.self, "id")), name: try $0.decode(String.self, "display_name")) }
        let rooms = try db.fetchRecords(Room.self, "SELECT * FROM room WHERE site_id = ? AND active = 1 ORDER BY lower(name), id", [siteID])
            .map { DiaryColumn(id: .room(try $0.id.orThrow("room")), name: $0.name) }
        return vets + rooms
    }

    static func appointments(_ db: any SQLConnection, where condition: String, _ arguments: SQLArguments,
                             order: String) throws -> [DiaryAppointment] {
        let rows = try db.fetchAll("""
            SELECT a.*, p.name AS pet_name, p.species, p.alerts AS pet_alerts, c.first_name, c.last_name,
                   coalesce(u.display_name, r.name) AS with_name
            FROM appointment a JOIN pet p ON p.id = a.pet_id JOIN client c ON c.id = a.client_id
            LEFT JOIN staff_user u ON u.id = a.staff_id LEFT JOIN room r ON r.id = a.room_id
            WHERE \(condition) ORDER BY \(order)
            """, arguments)
        let petIDs = Array(Set(try rows.map { try $0.decode(Int64.self, "pet_id") }))
        let allergies = try AllergyRules.texts(db, petIDs: petIDs)
        return try rows.map { row in
            let appointment = try row.decodeRecord(Appointment.self)
            let freeText = try row.decode(String?.self, "pet_alerts").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
            return DiaryAppointment(
                appointment: appointment,
                clientName: "\(try row.decode(String.self, "first_name")) \(try row.decode(String.self, "last_name"))",
                petName: try row.decode(String.self, "pet_name"), species: try row.decode(String.self, "species"),
                alerts: (freeText.isEmpty ? [] : [freeText]) + (allergies[appointment.petId] ?? []),
                withName: try row.decode(String?.self, "with_name") ?? "")
        }
    }
}
