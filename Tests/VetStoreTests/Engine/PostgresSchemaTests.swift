import Foundation
import Synchronization
import Testing
@testable import VetSQL
@testable import VetStore

/// The PostgreSQL schema holds a practice to the same rules as the SQLite file: the same tables,
/// columns and constraints, the same guards in the same words, and the same refusals on opening.
@Suite("PostgreSQL schema")
struct PostgresSchemaTests {
    @Test("one list of migration names: the PostgreSQL migrator knows exactly the SQLite migrator's")
    func migrationNamesMatch() {
        #expect(PostgresMigrator.knownNames == Migrations.migrator.migrations)
    }

    @Test("every table has the same columns, types, NOT NULLs, defaults, keys, unique sets, checks and indexes")
    func cataloguesMatch() throws {
        let sqlite = try SchemaEngines.sqlite().read { db in try SQLiteCatalogue.tables(db) }
        try SchemaEngines.withPreparedServer { engine in
            let server = try engine.read { db in try PostgresCatalogue.tables(db) }
            #expect(Set(server.keys) == Set(sqlite.keys))
            #expect(sqlite.count >= 46, "the SQLite catalogue was read")
            for (table, expected) in sqlite.sorted(by: { $0.key < $1.key }) {
                guard let actual = server[table] else { continue }
                #expect(actual.shape == expected.shape, "\(table): PostgreSQL \(actual.shape) SQLite \(expected.shape)")
                // SQLite's two indexes on the email (NOCASE and lower()) are one index here.
                for (index, terms) in expected.indexes where index != "client_email_nocase" {
                    #expect(actual.indexes[index] == terms, "\(table): index \(index)")
                }
                let nocaseUnique: Set<String> = ["staff_user_username", "login_throttle_username", "price_item_code", "insurer_name"]
                let extra = Set(actual.indexes.keys).subtracting(expected.indexes.keys).subtracting(nocaseUnique)
                #expect(extra.isEmpty, "\(table): indexes only on PostgreSQL \(extra)")
            }
        }
    }

    @Test("check constraints have names unique in the schema, so a failed check's expression is found by name")
    func checkNamesUnique() throws {
        try SchemaEngines.withPreparedServer { engine in
            let repeated = try engine.read { db in
                try db.fetchValues(String.self, """
                    SELECT conname FROM pg_constraint WHERE contype = 'c'
                    AND connamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())
                    GROUP BY conname HAVING count(*) > 1
                    """)
            }
            #expect(repeated.isEmpty)
        }
    }

    @Test("the seeded rows are the same: holidays, the audit head and the document settings")
    func seededRowsMatch() throws {
        let query = """
            SELECT date || ' ' || name || ' ' || region || ' ' || is_holiday FROM holiday_change ORDER BY date, region
            """
        let others = "SELECT 'head ' || seq || ' ' || hash FROM audit_head UNION ALL SELECT 'paper ' || paper FROM document_settings"
        let sqlite = try SchemaEngines.sqlite().read { db in
            (try db.fetchValues(String.self, query), try db.fetchValues(String.self, others))
        }
        #expect(sqlite.0.count > 10)
        try SchemaEngines.withPreparedServer { engine in
            let server = try engine.read { db in
                (try db.fetchValues(String.self, query), try db.fetchValues(String.self, others))
            }
            #expect(server.0 == sqlite.0)
            #expect(server.1 == sqlite.1)
        }
    }

    @Test("opening twice changes nothing the second time and says nothing")
    func openingTwiceIsIdempotent() throws {
        try SchemaEngines.withServer { engine in
            var heard: [String] = []
            try PostgresSchema.prepare(engine, mode: .createIfMissing) { heard.append($0) }
            let count = "SELECT (SELECT count(*) FROM vetdesk_migration) || ' ' || (SELECT count(*) FROM holiday_change)"
            let first = try engine.read { db in try db.fetchValue(String.self, count) }
            try PostgresSchema.prepare(engine, mode: .createIfMissing) { heard.append($0) }
            try PostgresSchema.prepare(engine, mode: .existing) { heard.append($0) }
            try PostgresSchema.prepare(engine, mode: .reading) { heard.append($0) }
            let second = try engine.read { db in try db.fetchValue(String.self, count) }
            #expect(first == second)
            #expect(first?.hasPrefix("\(PostgresMigrator.knownNames.count) ") == true, "\(first ?? "nil")")
            #expect(heard.isEmpty, "\(heard)")
        }
    }

    @Test("an empty database becomes a practice only when the command creates one")
    func emptyDatabaseNeedsCreate() throws {
        try SchemaEngines.withServer { engine in
            for mode in [AppDatabase.OpenMode.reading, .existing] {
                #expect(throws: StoreError.database("\(engine.address) is empty, not a VetDesk practice; create a practice "
                    + "by running vetdesk (or vetdesk demo) — the database was not changed")) {
                    try PostgresSchema.prepare(engine, mode: mode)
                }
            }
            let tables = try Self.tableNames(engine)
            #expect(tables.isEmpty)
        }
    }

    @Test("another application's database is refused and left as it was")
    func otherApplicationRefused() throws {
        try SchemaEngines.withServer { engine in
            try engine.write { db in try db.execute("CREATE TABLE orders (id BIGINT PRIMARY KEY, total BIGINT)") }
            #expect(throws: StoreError.database("\(engine.address) is not a VetDesk database (it belongs to another program); "
                + "the database was not changed — check the address given with --db or $VETDESK_DB")) {
                try PostgresSchema.prepare(engine, mode: .createIfMissing)
            }
            let tables = try Self.tableNames(engine)
            #expect(tables == ["orders"])
        }
    }

    @Test("a database written by a newer VetDesk is refused and left as it was")
    func newerSchemaRefused() throws {
        try SchemaEngines.withPreparedServer { engine in
            try engine.write { db in
                try db.execute("INSERT INTO vetdesk_migration (name, applied_at) VALUES ('v9-teleportation', '2030-01-01 00:00:00.000')")
            }
            for mode in [AppDatabase.OpenMode.reading, .existing, .createIfMissing] {
                #expect(throws: StoreError.database("\(engine.address) was written by a newer version of VetDesk; "
                    + "install that version to open it (the database was not changed)")) {
                    try PostgresSchema.prepare(engine, mode: mode)
                }
            }
            let names = try engine.read { db in try db.fetchValue(Int.self, "SELECT count(*) FROM vetdesk_migration") }
            #expect(names == PostgresMigrator.knownNames.count + 1)
        }
    }

    @Test("a reader refuses a database that lacks a known migration; nothing is changed")
    func olderSchemaRefusedForReaders() throws {
        try SchemaEngines.withPreparedServer { engine in
            let last = try #require(PostgresMigrator.knownNames.last)
            try engine.write { db in try db.execute("DELETE FROM vetdesk_migration WHERE name = ?", [last]) }
            #expect(throws: StoreError.self) { try PostgresSchema.prepare(engine, mode: .reading) }
            let names = try engine.read { db in try db.fetchValue(Int.self, "SELECT count(*) FROM vetdesk_migration") }
            #expect(names == PostgresMigrator.knownNames.count - 1)
        }
    }

    @Test("after rows written with their own ids, the next row is numbered as SQLite numbers it")
    func numberingContinuesAfterHighest() throws {
        let insert = """
            INSERT INTO staff_user (username, display_name, role, password_hash, created_at, updated_at)
            VALUES ('bo', 'Bo', 'vet', 'x', 'x', 'x') RETURNING id
            """
        let sqlite = try SchemaEngines.sqlite()
        try SchemaEngines.seeded(sqlite)
        let sqliteID = try sqlite.write { db in try db.fetchValue(Int64.self, insert) }
        #expect(sqliteID == 2)
        try SchemaEngines.withPreparedServer { engine in
            try SchemaEngines.seeded(engine)
            let serverID = try engine.write { db in try db.fetchValue(Int64.self, insert) }
            #expect(serverID == sqliteID)
        }
    }

    @Test("two terminals opening a new database at once build the schema once, and both open it")
    func concurrentSetUp() throws {
        try SchemaEngines.withServer { engine in
            let second = try PostgresEngine(address: engine.address)
            defer { try? second.close() }
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: 2) { terminal in
                do {
                    try PostgresSchema.prepare(terminal == 0 ? engine : second, mode: .createIfMissing)
                } catch { failures.list.withLock { $0.append("\(error)") } }
            }
            #expect(failures.list.withLock { $0 }.isEmpty)
            let names = try engine.read { db in try db.fetchValue(Int.self, "SELECT count(*) FROM vetdesk_migration") }
            #expect(names == PostgresMigrator.knownNames.count)
        }
    }

    final class Failures: Sendable {
        let list = Mutex<[String]>([])
    }

    static func tableNames(_ engine: PostgresEngine) throws -> [String] {
        try engine.read { db in
            try db.fetchValues(String.self, """
                SELECT relname FROM pg_class WHERE relkind = 'r'
                AND relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) ORDER BY relname
                """)
        }
    }
}
