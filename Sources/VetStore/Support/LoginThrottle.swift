import Foundation
import VetSQL

/// Wrong passwords per username, kept in the database so that every terminal and the command
/// line share one count: after `allowedFailures` wrong passwords the username is locked for a
/// delay that doubles with each further failure (1, 2, 4 … minutes, at most `longestLockMinutes`).
enum LoginThrottle {
    static let allowedFailures = 5
    static let longestLockMinutes = 60

    /// Minutes of lock after `failures` wrong passwords in a row: none below the allowance.
    static func lockMinutes(afterFailures failures: Int) -> Int? {
        guard failures >= allowedFailures else { return nil }
        let doublings = min(failures - allowedFailures, 6)
        return min(1 << doublings, longestLockMinutes)
    }

    /// When the username's lock ends, if it has one.
    static func lockedUntil(_ db: any SQLConnection, username: String) throws -> Date? {
        try db.fetchValue(Date.self, "SELECT locked_until FROM login_throttle WHERE username = ?", [username])
    }

    /// Counts one more wrong password and returns the end of the lock it causes, if any.
    static func recordFailure(_ db: any SQLConnection, username: String, at now: Date) throws -> Date? {
        let before = try db.fetchValue(Int.self, "SELECT failures FROM login_throttle WHERE username = ?", [username]) ?? 0
        let failures = before + 1
        let until = lockMinutes(afterFailures: failures).map { now.addingTimeInterval(Double($0) * 60) }
        try db.execute("""
            INSERT INTO login_throttle (username, failures, locked_until, last_failure_at) VALUES (?, ?, ?, ?)
            ON CONFLICT(username) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until,
                last_failure_at = excluded.last_failure_at
            """, [username, failures, until, now])
        return until
    }

    /// A right password (after any lock has ended) or a manager's unlock starts the count again.
    /// Returns whether there was anything to clear.
    @discardableResult
    static func reset(_ db: any SQLConnection, username: String) throws -> Bool {
        try db.execute("DELETE FROM login_throttle WHERE username = ?", [username]) > 0
    }

    /// "too many wrong passwords for 'tom': try again after 14:32 (in 2 minutes) …"
    static func lockedSentence(username: String, until: Date, now: Date, timeZone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm"
        formatter.timeZone = timeZone
        let minutes = max(1, Int((until.timeIntervalSince(now) / 60).rounded(.up)))
        return "too many wrong passwords for '\(username)': try again after \(formatter.string(from: until)) "
            + "(in \(minutes) minute\(minutes == 1 ? "" : "s")), or ask a practice manager to unlock the login"
    }
}
