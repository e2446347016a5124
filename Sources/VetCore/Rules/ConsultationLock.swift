import Foundation

/// A consultation note locks a practice-set time after it is created (default 24 hours);
/// after that it can only be corrected with a dated addendum, so the clinical record
/// cannot be quietly rewritten.
public enum ConsultationLock {
    /// The default lock period.
    public static let defaultLockPeriodHours = 24

    /// The instant the note locks. A period of zero or less locks it at once.
    public static func lockTime(createdAt: Date, lockPeriodHours: Int) -> Date {
        createdAt.addingTimeInterval(Double(max(0, lockPeriodHours)) * 3_600)
    }

    /// True from the lock instant onwards.
    public static func isLocked(createdAt: Date, now: Date, lockPeriodHours: Int) -> Bool {
        now >= lockTime(createdAt: createdAt, lockPeriodHours: lockPeriodHours)
    }
}
