import Foundation
import VetSQL
import VetCore

/// Reading and saving how reminders leave the practice.
extension AppDatabase {
    /// The mail command, sender, contact phone and overdue window, with the version a save must match.
    public func reminderSettings() throws -> (settings: ReminderSettings, version: Int) {
        try read { db in try ReminderSettingsRow.current(db) }
    }

    /// Saves the reminder settings (a manager's) unless someone changed them first.
    public func updateReminderSettings(_ settings: ReminderSettings, expectedVersion: Int, as user: StaffSession) throws {
        do { try settings.validate() } catch { throw StoreError.invalid(error) }
        let now = self.now
        try perform(.editSettings, as: user) { db in
            let changed = try db.execute("""
                UPDATE reminder_settings SET mail_command = ?, sender_email = ?, contact_phone = ?, overdue_weeks = ?,
                    version = version + 1, updated_at = ?, updated_by = ? WHERE id = 1 AND version = ?
                """, [settings.mailCommand, settings.senderEmail, settings.contactPhone, settings.overdueWeeks, now,
                      user.userID, expectedVersion])
            if changed == 0 {
                throw try OptimisticLock.conflict(db, table: "reminder_settings", id: 1, record: "The reminder settings")
            }
            try AuditTrail.record(db, at: now, userID: user.userID, action: "change reminder settings",
                                  recordType: "practice", recordID: 1, clientID: nil,
                                  detail: "mail command \(settings.mailCommand), overdue window \(settings.overdueWeeks) weeks")
        }
    }
}

enum ReminderSettingsRow {
    static func current(_ db: any SQLConnection) throws -> (settings: ReminderSettings, version: Int) {
        guard let row = try db.fetchOne("""
            SELECT mail_command, sender_email, contact_phone, overdue_weeks, version FROM reminder_settings WHERE id = 1
            """) else { return (ReminderSettings(), 0) }
        let settings = ReminderSettings(mailCommand: try row.decode(String.self, "mail_command"),
                                        senderEmail: try row.decode(String.self, "sender_email"),
                                        contactPhone: try row.decode(String.self, "contact_phone"),
                                        overdueWeeks: try row.decode(Int.self, "overdue_weeks"))
        return (settings, try row.decode(Int.self, "version"))
    }
}
