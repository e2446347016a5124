import Foundation
import GRDB
import VetSQL
import VetCore

/// Practice set-up and settings.
extension AppDatabase {
    /// True once first-run set-up has created the practice and its first manager.
    public func isSetUp() throws -> Bool {
        try read { db in
            try db.fetchValue(Bool.self, """
                SELECT EXISTS (SELECT 1 FROM practice_settings)
                   AND EXISTS (SELECT 1 FROM staff_user WHERE role = 'manager' AND active = 1)
                """) ?? false
        }
    }

    /// First run on an empty database: the practice and its first manager, in one transaction.
    public func setUpPractice(_ settings: PracticeSettings, manager: NewStaffUser) throws -> StaffSession {
        do { try settings.validate() } catch { throw StoreError.invalid(error) }
        let validated = try validatedOwnLogin(manager)
        let hash = try PasswordHasher.hash(manager.password)
        let now = self.now
        return try performUnattended { db in
            if try db.exists("SELECT 1 FROM practice_settings") {
                throw StoreError.refused("this practice is already set up")
            }
            try db.insert(PracticeSettingsRow(settings, at: now, by: nil))
            let user = StaffUser(id: nil, username: validated.username, displayName: validated.displayName,
                                 role: .manager, passwordHash: hash, active: true, createdAt: now,
                                 version: 1, updatedAt: now, updatedBy: nil)
            let id = try db.insert(user)
            let site = try Sites.first(db, for: settings, at: now)
            try Sites.list(db, staffID: id, at: [try site.id.orThrow("site")])
            try ProcessingSeed.seedIfEmpty(db, region: settings.region, at: now, by: id)
            try AuditTrail.record(db, at: now, userID: id, action: "set up practice", recordType: "practice",
                                  recordID: 1, clientID: nil, detail: settings.name)
            return StaffSession(userID: id, username: user.username, displayName: user.displayName, role: .manager)
        }
    }

    /// The practice's settings and their version (nil before set-up).
    public func practiceSettings() throws -> (settings: PracticeSettings, version: Int)? {
        try read { db in try db.fetchRecord(PracticeSettingsRow.self, id: 1).map { ($0.settings, $0.version) } }
    }

    /// Saves new settings unless someone else changed them since `expectedVersion`. A change of
    /// region recomputes every open request's due date in the same transaction.
    public func updateSettings(_ settings: PracticeSettings, expectedVersion: Int, as user: StaffSession) throws {
        do { try settings.validate() } catch { throw StoreError.invalid(error) }
        let now = self.now
        let today = self.today
        try perform(.editSettings, as: user) { db in
            let oldRegion = try PracticeSettingsRow.current(db).region
            let changed = try db.execute("""
                UPDATE practice_settings SET name = ?, address = ?, region = ?, lock_period_hours = ?,
                    clinical_retention_years = ?, financial_retention_years = ?, idle_timeout_minutes = ?,
                    dp_contact = ?, version = version + 1, updated_at = ?, updated_by = ?
                WHERE id = 1 AND version = ?
                """, [settings.name, settings.address, settings.region.rawValue, settings.lockPeriodHours,
                                 settings.clinicalRetentionYears, settings.financialRetentionYears,
                                 settings.idleTimeoutMinutes, settings.dataProtectionContact, now, user.userID,
                                 expectedVersion])
            if changed == 0 {
                throw try OptimisticLock.conflict(db, table: "practice_settings", id: 1, record: "The practice settings")
            }
            try AuditTrail.record(db, at: now, userID: user.userID, action: "change settings",
                                  recordType: "practice", recordID: 1, clientID: nil)
            if oldRegion != settings.region {
                try RequestClock.recomputeOpen(db, because: "the practice's region changed from \(oldRegion.displayName) to "
                    + "\(settings.region.displayName)", today: today, at: now, by: user.userID)
            }
        }
    }
}

/// The single practice_settings row.
struct PracticeSettingsRow: SnakeCaseRecord {
    static let databaseTableName = "practice_settings"
    var id: Int64 = 1
    var name: String
    var address: String
    var region: PracticeRegion
    var lockPeriodHours: Int
    var clinicalRetentionYears: Int
    var financialRetentionYears: Int
    var idleTimeoutMinutes: Int
    var dpContact: String
    var version: Int
    var updatedAt: Date
    var updatedBy: Int64?

    init(_ settings: PracticeSettings, at now: Date, by userID: Int64?) {
        name = settings.name
        address = settings.address
        region = settings.region
        lockPeriodHours = settings.lockPeriodHours
        clinicalRetentionYears = settings.clinicalRetentionYears
        financialRetentionYears = settings.financialRetentionYears
        idleTimeoutMinutes = settings.idleTimeoutMinutes
        dpContact = settings.dataProtectionContact
        version = 1
        updatedAt = now
        updatedBy = userID
    }

    var settings: PracticeSettings {
        PracticeSettings(name: name, address: address, region: region, lockPeriodHours: lockPeriodHours,
                         clinicalRetentionYears: clinicalRetentionYears,
                         financialRetentionYears: financialRetentionYears,
                         idleTimeoutMinutes: idleTimeoutMinutes, dataProtectionContact: dpContact)
    }

    static func current(_ db: any SQLConnection) throws -> PracticeSettings {
        guard let row = try db.fetchRecord(PracticeSettingsRow.self, id: 1) else {
            throw StoreError.refused("the practice is not set up yet; run vetdesk to set it up")
        }
        return row.settings
    }
}
