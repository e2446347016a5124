import Foundation
import VetSQL

/// Opening a practice on a PostgreSQL server: what AppDatabase's file checks and SQLite migrator
/// do for a file. An empty database becomes a practice only when the mode allows it; another
/// program's database, a newer schema, or (for readers) an older one is refused with nothing
/// written; an older schema is upgraded after saying so.
public enum PostgresSchema {
    /// Set-up and upgrades hold this advisory lock, so two terminals opening a new database at
    /// once build the schema once: the second waits, then finds it done.
    static let setUpLock: Int64 = Int64(DatabaseFile.applicationID)

    public static func prepare(_ engine: any SQLEngine, mode: AppDatabase.OpenMode,
                               announce: (String) -> Void = { _ in }) throws {
        try prepare(engine, mode: mode, later: PostgresMigrator.later, announce: announce)
    }

    /// The same with the migrations after the baseline given, so an upgrade can be tried before
    /// a release has one.
    static func prepare(_ engine: any SQLEngine, mode: AppDatabase.OpenMode, later: [PostgresMigrator.Step],
                        announce: (String) -> Void) throws {
        let known = PostgresBaseline.standsFor + later.map(\.name)
        let name = (engine as? PostgresEngine).map { "\($0.address)" } ?? "the database"
        do {
            let state = try engine.read { db in try PostgresSchemaState.read(db, known: known) }
            try state.refuseUnless(usableFor: mode, name: name)
            guard !state.isCurrent else { return }
            try engine.withoutTransaction { db in try db.execute("SELECT pg_advisory_lock(?)", [setUpLock]) }
            defer { _ = try? engine.withoutTransaction { db in try db.execute("SELECT pg_advisory_unlock(?)", [setUpLock]) } }
            if state.holdsTables {
                announce("Upgrading \(name) to this version of VetDesk (schema version \(Migrations.schemaVersion)); "
                    + "older versions will no longer open it.")
            }
            // One transaction: the database is a whole practice of this version, or as it was.
            try engine.write { db in
                let now = Date()
                // Read again under the lock: another terminal may have done it meanwhile.
                let current = try PostgresSchemaState.read(db, known: known)
                try current.refuseUnless(usableFor: mode, name: name)
                if !current.holdsTables { try PostgresMigrator.setUp(db, at: now) }
                try PostgresMigrator.migrate(db, applied: current.holdsTables ? current.migrations : [], steps: later, at: now)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw DatabaseFailure.storeError(error, path: name)
        }
    }
}
