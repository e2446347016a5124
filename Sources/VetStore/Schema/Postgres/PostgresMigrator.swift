import Foundation
import VetSQL

/// Named migrations on PostgreSQL. A database records the names applied to it in
/// `vetdesk_migration` and carries VetDesk's stamp in `vetdesk_database`; the baseline stands
/// for every SQLite migration up to its time, and `later` continues the same list by name.
enum PostgresMigrator {
    typealias Step = (name: String, migrate: @Sendable (any SQLConnection) throws -> Void)

    /// Migrations added after the baseline, under the same names as their SQLite counterparts,
    /// each with PostgreSQL's own DDL. Appended to, never edited once released.
    static let later: [Step] = [
        ("v2-sites", { db in try db.executeScript(PostgresSiteSchema.sql) }),
        ("v2-diary", { db in try db.executeScript(PostgresDiarySchema.sql) }),
        ("v2-breaches", { db in try db.executeScript(PostgresBreachSchema.sql) }),
        ("v2-request-letters", { db in try db.executeScript(PostgresRequestLetterSchema.sql) }),
        ("v2-records-of-processing", { db in
            try db.executeScript(PostgresProcessingRecordSchema.sql)
            try ProcessingSeed.seedIfSetUp(db)
        }),
        ("v2-reminders", { db in try db.executeScript(PostgresReminderSchema.sql) }),
    ]

    /// Every migration name this program knows, in order.
    static var knownNames: [String] { PostgresBaseline.standsFor + later.map(\.name) }

    static let stampTable = "vetdesk_database"
    static let migrationTable = "vetdesk_migration"
    /// Written in the stamp: the name is what a person reads, the number is SQLite's
    /// `application_id`, so both engines' practices carry the same mark.
    static let applicationName = "VetDesk"

    /// Stamps an empty database as VetDesk's and builds the baseline, recording every name it
    /// stands for. Runs inside the caller's one transaction.
    static func setUp(_ db: any SQLConnection, at now: Date) throws {
        try db.executeScript("""
            CREATE TABLE \(stampTable) (
                id BIGINT PRIMARY KEY CHECK (id = 1),
                application TEXT COLLATE "C" NOT NULL,
                application_id BIGINT NOT NULL,
                created_at TEXT COLLATE "C" NOT NULL
            );
            CREATE TABLE \(migrationTable) (
                name TEXT COLLATE "C" PRIMARY KEY,
                applied_at TEXT COLLATE "C" NOT NULL
            );
            """)
        try db.execute("INSERT INTO \(stampTable) (id, application, application_id, created_at) VALUES (1, ?, ?, ?)",
                       [applicationName, Int64(DatabaseFile.applicationID), now])
        try PostgresBaseline.create(db)
        for name in PostgresBaseline.standsFor { try record(name, in: db, at: now) }
    }

    /// Runs, in order, each of `steps` the database has not had.
    static func migrate(_ db: any SQLConnection, applied: Set<String>, steps: [Step], at now: Date) throws {
        for step in steps where !applied.contains(step.name) {
            try step.migrate(db)
            try record(step.name, in: db, at: now)
        }
    }

    private static func record(_ name: String, in db: any SQLConnection, at now: Date) throws {
        try db.execute("INSERT INTO \(migrationTable) (name, applied_at) VALUES (?, ?)", [name, now])
    }
}
