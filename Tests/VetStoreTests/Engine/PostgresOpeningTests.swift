import Foundation
import Synchronization
import Testing
@testable import VetSQL
@testable import VetStore

/// Opening a PostgreSQL database refuses what a practice file's opening refuses, in the same
/// words: an empty database unless creating, another program's, a newer schema, a damaged one;
/// an older one is upgraded after saying so, and set-up happens once.
@Suite("Opening a practice on PostgreSQL")
struct PostgresOpeningTests {
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

    @Test("an older schema is upgraded after saying so, in one step; a reader refuses it until then")
    func olderSchemaUpgraded() throws {
        try SchemaEngines.withPreparedServer { engine in
            let step: PostgresMigrator.Step = ("v9-notes", { db in try db.execute("CREATE TABLE note (id BIGINT PRIMARY KEY)") })
            #expect(throws: StoreError.database("\(engine.address) was written by an older version of VetDesk; open it once "
                + "with vetdesk (the terminal UI) to upgrade it, then try again (the database was not changed)")) {
                try PostgresSchema.prepare(engine, mode: .reading, later: PostgresMigrator.later + [step]) { _ in }
            }
            var heard: [String] = []
            try PostgresSchema.prepare(engine, mode: .existing, later: PostgresMigrator.later + [step]) { heard.append($0) }
            #expect(heard == ["Upgrading \(engine.address) to this version of VetDesk (schema version "
                + "\(Migrations.schemaVersion)); older versions will no longer open it."])
            let tables = try Self.tableNames(engine)
            #expect(tables.contains("note"))
            try PostgresSchema.prepare(engine, mode: .reading, later: PostgresMigrator.later + [step]) { heard.append($0) }
            #expect(heard.count == 1)
            // The released program, which does not know the step, now takes the database as newer.
            #expect(throws: StoreError.self) { try PostgresSchema.prepare(engine, mode: .existing) }
        }
    }

    @Test("a stamped database missing part of the baseline is refused, not patched")
    func incompleteBaselineRefused() throws {
        try SchemaEngines.withPreparedServer { engine in
            let last = try #require(PostgresBaseline.standsFor.last)
            try engine.write { db in try db.execute("DELETE FROM vetdesk_migration WHERE name = ?", [last]) }
            for mode in [AppDatabase.OpenMode.reading, .existing] {
                #expect(throws: StoreError.database("\(engine.address) lacks part of VetDesk's schema (it was changed by "
                    + "hand); restore it from a backup (the database was not changed)")) {
                    try PostgresSchema.prepare(engine, mode: mode)
                }
            }
            let names = try engine.read { db in try db.fetchValue(Int.self, "SELECT count(*) FROM vetdesk_migration") }
            #expect(names == PostgresMigrator.knownNames.count - 1)
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
