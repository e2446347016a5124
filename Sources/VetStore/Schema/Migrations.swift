import GRDB
import VetSQL

/// The named migrations that build the schema. Once released a migration is never edited:
/// a change to the schema is a new migration appended here.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(firstMigration) { db in try db.execute(sql: CoreSchema.practiceAndStaff) }
        migrator.registerMigration("v1-clients-and-pets") { db in try db.execute(sql: CoreSchema.clientsAndPets) }
        migrator.registerMigration("v1-clinical") { db in try db.execute(sql: CoreSchema.clinical) }
        migrator.registerMigration("v1-money") { db in try db.execute(sql: MoneySchema.ledger) }
        migrator.registerMigration("v1-insurance") { db in try db.execute(sql: MoneySchema.insurance) }
        migrator.registerMigration("v1-privacy") { db in try db.execute(sql: PrivacySchema.consentAndDisclosures) }
        migrator.registerMigration("v1-audit") { db in try db.execute(sql: PrivacySchema.audit) }
        migrator.registerMigration("v1-search") { db in try db.execute(sql: SearchSchema.sql) }
        migrator.registerMigration("v1-requests") { db in try db.execute(sql: RequestSchema.sql) }
        migrator.registerMigration("v1-holidays") { db in
            try db.execute(sql: HolidaySchema.sql)
            try HolidayTable.seedIfEmpty(SQLiteConnection(db))
        }
        migrator.registerMigration("v1-rights") { db in try db.execute(sql: RightsSchema.sql) }
        migrator.registerMigration("v2-file-stamp") { db in
            try db.execute(sql: "PRAGMA application_id = \(DatabaseFile.applicationID)")
        }
        migrator.registerMigration("v2-audit-sequence") { db in try db.execute(sql: AuditSequenceSchema.upgrade) }
        migrator.registerMigration("v2-request-work") { db in try db.execute(sql: RequestWorkSchema.sql) }
        migrator.registerMigration("v2-login-throttle") { db in
            try db.execute(sql: StaffSecuritySchema.oneTimePasswords)
            try db.execute(sql: StaffSecuritySchema.loginThrottle)
        }
        migrator.registerMigration("v2-cheque") { db in try db.execute(sql: AllocationSchema.chequeUpgrade) }
        migrator.registerMigration("v2-allocations") { db in
            try db.execute(sql: AllocationSchema.allocations)
            try AllocationSchema.backfill(db)
        }
        migrator.registerMigration("v2-claim-closing") { db in try db.execute(sql: AllocationSchema.claimClosing) }
        migrator.registerMigration("v2-erasure-review") { db in try db.execute(sql: ErasureReviewSchema.sql) }
        migrator.registerMigration("v2-export-log") { db in try db.execute(sql: ExportLogSchema.sql) }
        migrator.registerMigration("v2-soft-opt-in-lapse") { db in try db.execute(sql: ConsentLapseSchema.sql) }
        migrator.registerMigration("v2-consent-wording") { db in try db.execute(sql: ConsentWordingSchema.sql) }
        migrator.registerMigration("v2-email-nocase") { db in
            try db.execute(sql: "CREATE INDEX client_email_nocase ON client(email COLLATE NOCASE)")
        }
        migrator.registerMigration("v2-price-history") { db in try db.execute(sql: PriceHistorySchema.priceHistory) }
        migrator.registerMigration("v2-allergy-alerts") { db in try db.execute(sql: PriceHistorySchema.allergies) }
        migrator.registerMigration("v2-printing") { db in
            try db.execute(sql: PrintingSchema.settings)
            try db.execute(sql: PrintingSchema.exportLogPrintouts)
        }
        migrator.registerMigration("v2-pet-life-events") { db in try db.execute(sql: PetLifeSchema.sql) }
        migrator.registerMigration("v2-sites") { db in try db.execute(sql: SiteSchema.sql) }
        migrator.registerMigration("v2-diary") { db in try db.execute(sql: DiarySchema.sql) }
        migrator.registerMigration("v2-breaches") { db in try db.execute(sql: BreachSchema.sql) }
        migrator.registerMigration("v2-request-letters") { db in try db.execute(sql: RequestLetterSchema.sql) }
        migrator.registerMigration("v2-records-of-processing") { db in
            try db.execute(sql: ProcessingRecordSchema.sql)
            try ProcessingSeed.seedIfSetUp(SQLiteConnection(db))
        }
        migrator.registerMigration("v2-reminders") { db in try db.execute(sql: ReminderSchema.sql) }
        return migrator
    }

    /// Bumped with every release that adds migrations; shown by `vetdesk check`.
    static let schemaVersion = 2

    /// VetDesk's first migration: a file that carries it (and no other program's stamp) is a practice
    /// written before files were stamped.
    static let firstMigration = "v1-practice-and-staff"
}
