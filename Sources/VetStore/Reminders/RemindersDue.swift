import Foundation
import VetSQL
import VetCore

/// How many reminders wait to be sent, for the Today screen of those who send them.
public struct RemindersDue: Hashable, Sendable {
    public var toSend: Int
    public var dueBy: LocalDate

    /// How far ahead the recall list looks until a person chooses.
    public static let lookAheadDays = 28

    /// Counts within the caller's read: reminders due within the look-ahead (and unsent overdue ones) that the next send hands over.
    static func count(_ db: any SQLConnection, today: LocalDate, zone: TimeZone) throws -> RemindersDue {
        let window = try ReminderSettingsRow.current(db).settings.overdueWeeks
        let dueBy = today.adding(days: lookAheadDays)
        let reminders = try RecallQuery.list(db, from: today.adding(days: -7 * window), dueBy: dueBy, today: today, zone: zone)
        return RemindersDue(toSend: reminders.filter(\.willSend).count, dueBy: dueBy)
    }
}
