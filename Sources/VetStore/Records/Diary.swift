import Foundation
import GRDB
import VetCore

/// A booking in the diary: a pet to be seen, with a vet or in a room, at a site.
public struct Appointment: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "appointment"
    public var id: Int64?
    public var siteId: Int64
    public var clientId: Int64
    public var petId: Int64
    public var staffId: Int64?
    public var roomId: Int64?
    /// Local wall-clock time, as the client was told it.
    public var startsAt: LocalDateTime
    public var endsAt: LocalDateTime
    public var kind: AppointmentKind
    public var reason: String
    public var notes: String
    public var state: AppointmentState
    public var cancelReason: String?
    public var arrivedAt: Date?
    /// The note the vet wrote when the appointment finished.
    public var consultationId: Int64?
    /// The consultation whose follow-up this books.
    public var followUpOf: Int64?
    public var createdAt: Date
    public var createdBy: Int64
    public var version: Int
    public var updatedAt: Date
    public var updatedBy: Int64?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    public var column: DiaryColumnID? {
        if let staffId { return .staff(staffId) }
        return roomId.map { .room($0) }
    }

    public var minutes: Int { startsAt.minutes(until: endsAt) }
}

/// A room booked in the diary where the practice books rooms: a nurse clinic, a theatre.
public struct Room: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "room"
    public var id: Int64?
    public var siteId: Int64
    public var name: String
    public var active: Bool

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// Time a vet is away (leave, training, a half day): nothing is booked with them then.
public struct StaffAbsence: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "staff_absence"
    public var id: Int64?
    public var staffId: Int64
    public var startsAt: LocalDateTime
    public var endsAt: LocalDateTime
    public var reason: String
    public var recordedAt: Date
    public var recordedBy: Int64?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A client waiting for an online (video or phone) consultation. The wait from joining to
/// being taken by a vet becomes the consultation's queue minutes.
public struct QueueEntry: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "queue_entry"
    public var id: Int64?
    public var siteId: Int64
    public var clientId: Int64
    public var petId: Int64
    public var kind: ConsultationKind
    public var reason: String
    public var joinedAt: Date
    public var joinedBy: Int64?
    public var state: QueueState
    public var takenAt: Date?
    public var takenBy: Int64?
    public var leftReason: String?
    public var consultationId: Int64?
    public var version: Int

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// Whole minutes from joining to being taken (or to `now` while still waiting), 0–600 as
    /// a consultation note holds them.
    public func waitMinutes(now: Date) -> Int {
        let end = takenAt ?? now
        return min(600, max(0, Int(end.timeIntervalSince(joinedAt) / 60)))
    }
}
