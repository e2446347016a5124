import VetSQL

/// What a PostgreSQL database holds in the connection's schema: any tables at all, VetDesk's
/// stamp, and the migrations recorded. Read before anything is written, so another program's
/// database or a newer schema is refused with nothing changed.
struct PostgresSchemaState: Sendable {
    var holdsTables: Bool
    var isStamped: Bool
    var migrations: Set<String>
    /// Every migration name this program knows.
    var known: Set<String>

    var isNewer: Bool { !migrations.isSubset(of: known) }
    var isCurrent: Bool { isStamped && migrations == known }
    /// The baseline is written in one transaction, so a stamped database lacking part of it was
    /// changed by hand.
    var isIncomplete: Bool { isStamped && !Set(PostgresBaseline.standsFor).isSubset(of: migrations) }

    static func read(_ db: any SQLConnection, known: [String]) throws -> PostgresSchemaState {
        let tables = Set(try db.fetchValues(String.self, """
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
            """))
        var stamped = false
        if tables.contains(PostgresMigrator.stampTable) {
            stamped = try db.exists("SELECT 1 FROM \(PostgresMigrator.stampTable) WHERE id = 1 AND application = ? "
                + "AND application_id = ?", [PostgresMigrator.applicationName, Int64(DatabaseFile.applicationID)])
        }
        let applied = stamped && tables.contains(PostgresMigrator.migrationTable)
            ? Set(try db.fetchValues(String.self, "SELECT name FROM \(PostgresMigrator.migrationTable)")) : []
        return PostgresSchemaState(holdsTables: !tables.isEmpty, isStamped: stamped, migrations: applied, known: Set(known))
    }

    /// The refusals of the SQLite path (SchemaState, PracticeFileIdentity), in the same words,
    /// naming the database where those name the file.
    func refuseUnless(usableFor mode: AppDatabase.OpenMode, name: String) throws {
        guard holdsTables else {
            guard mode == .createIfMissing else {
                throw StoreError.database("\(name) is empty, not a VetDesk practice; "
                    + "create a practice by running vetdesk (or vetdesk demo) — the database was not changed")
            }
            return
        }
        guard isStamped else {
            throw StoreError.database("\(name) is not a VetDesk database (it belongs to another program); "
                + "the database was not changed — check the address given with --db or $VETDESK_DB")
        }
        if isNewer {
            throw StoreError.database("\(name) was written by a newer version of VetDesk; "
                + "install that version to open it (the database was not changed)")
        }
        if isIncomplete {
            throw StoreError.database("\(name) lacks part of VetDesk's schema (it was changed by hand); "
                + "restore it from a backup (the database was not changed)")
        }
        if mode == .reading, !isCurrent {
            throw StoreError.database("\(name) was written by an older version of VetDesk; open it once with "
                + "vetdesk (the terminal UI) to upgrade it, then try again (the database was not changed)")
        }
    }
}
