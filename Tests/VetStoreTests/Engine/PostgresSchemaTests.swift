import Foundation
import Testing
@testable import VetSQL
@testable import VetStore

/// The PostgreSQL schema holds a practice to the same rules as the SQLite file: the same tables,
/// columns, constraints and seeded rows, and one list of migration names.
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
            // The search index is each engine's own (FTS5 there, word tables here): SearchEquivalenceTests
            // hold it to the same answers instead.
            let server = try engine.read { db in try PostgresCatalogue.tables(db) }
                .filter { !$0.key.hasPrefix("client_search") }
            #expect(Set(server.keys) == Set(sqlite.keys))
            #expect(sqlite.count >= 46, "the SQLite catalogue was read")
            for (table, expected) in sqlite.sorted(by: { $0.key < $1.key }) {
                guard let actual = server[table] else { continue }
                #expect(actual.shape == expected.shape, "\(table): PostgreSQL \(actual.shape) SQLite \(expected.shape)")
                // SQLite's two indexes on the email (NOCASE and lower()) are one index here.
                for (index, terms) in expected.indexes where index != "client_email_nocase" {
                    #expect(actual.indexes[index] == terms, "\(table): index \(index)")
                }
                let nocaseUnique: Set<String> = ["staff_user_username", "login_throttle_username", "price_item_code", "insurer_name",
                                                   "site_name", "processing_activity_name"]
                let extra = Set(actual.indexes.keys).subtracting(expected.indexes.keys).subtracting(nocaseUnique)
                #expect(extra.isEmpty, "\(table): indexes only on PostgreSQL \(extra)")
            }
        }
    }

    @Test("every SQLite guard trigger stands on PostgreSQL under its name, on the same table")
    func triggersMatch() throws {
        let sqlite = try SchemaEngines.sqlite().read { db in
            Set(try db.fetchValues(String.self, "SELECT tbl_name || '.' || name FROM sqlite_master WHERE type = 'trigger'"))
        }
        #expect(sqlite.count >= 13)
        try SchemaEngines.withPreparedServer { engine in
            let server = try engine.read { db in
                Set(try db.fetchValues(String.self, """
                    SELECT c.relname || '.' || t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                    WHERE NOT t.tgisinternal
                    """))
            }
            #expect(sqlite.subtracting(server).isEmpty, "missing on PostgreSQL: \(sqlite.subtracting(server).sorted())")
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
}
