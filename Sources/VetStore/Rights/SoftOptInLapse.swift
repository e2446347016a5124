import Foundation
import VetSQL
import VetCore

/// The practice's soft opt-in period: months with no sale after which a soft opt-in no longer
/// puts a client on the practice's own email and SMS lists (24 by default).
enum SoftOptInLapse {
    static let range = 1...120

    static func months(_ db: any SQLConnection) throws -> Int {
        try db.fetchValue(Int.self, "SELECT soft_opt_in_lapse_months FROM practice_settings WHERE id = 1") ?? 24
    }
}

extension AppDatabase {
    /// Months with no sale after which a soft opt-in lapses.
    public func softOptInLapseMonths() throws -> Int {
        try read { db in try SoftOptInLapse.months(db) }
    }

    /// Sets the soft opt-in period (1–120 months); a manager's decision, in the audit trail.
    public func setSoftOptInLapse(months: Int, as user: StaffSession) throws {
        guard SoftOptInLapse.range.contains(months) else {
            throw StoreError.invalid(ValidationError(field: "soft opt-in period (months)",
                message: "soft opt-in period (months) must be from 1 to 120, not \(months)"))
        }
        let now = self.now
        try perform(.editSettings, as: user) { db in
            let before = try SoftOptInLapse.months(db)
            try db.execute("UPDATE practice_settings SET soft_opt_in_lapse_months = ? WHERE id = 1", [months])
            try AuditTrail.record(db, at: now, userID: user.userID, action: "change settings", recordType: "practice",
                                  recordID: nil, clientID: nil, detail: "soft opt-in period \(before) → \(months) months")
        }
    }
}
