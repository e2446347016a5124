import Foundation
import GRDB
import Testing
@testable import VetSQL
@testable import VetStore

/// Both engines' schemas for one test: a SQLite database migrated by the SQLite migrator, and a
/// new database on the PostgreSQL server named by `VETDESK_TEST_POSTGRES_URL` (which `.ci/run`
/// starts), prepared by `PostgresSchema` or left empty.
enum SchemaEngines {
    static func sqlite() throws -> SQLiteEngine {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue)
        return SQLiteEngine(writer: queue)
    }

    /// Runs `body` on a new, empty server database, dropped afterwards. Without a server the
    /// test is cancelled with the reason (and fails under CI, which always has one).
    static func withServer(_ body: (PostgresEngine) throws -> Void) throws {
        guard let serverURL = ProcessInfo.processInfo.environment["VETDESK_TEST_POSTGRES_URL"] else {
            if ProcessInfo.processInfo.environment["CI"] != nil {
                Issue.record("VETDESK_TEST_POSTGRES_URL is not set: .ci/run should have started a PostgreSQL cluster")
            }
            try Test.cancel("needs a PostgreSQL server: set VETDESK_TEST_POSTGRES_URL (.ci/run starts one)")
        }
        guard case .postgresql(let admin) = try DatabaseAddress(serverURL) else {
            throw SQLFailure(.cannotConnect, "VETDESK_TEST_POSTGRES_URL is not a postgresql:// URL")
        }
        let name = "vetdesk_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let adminEngine = try PostgresEngine(address: admin)
        defer { try? adminEngine.close() }
        try adminEngine.withoutTransaction { try $0.execute("CREATE DATABASE \(name)") }
        defer { _ = try? adminEngine.withoutTransaction { try $0.execute("DROP DATABASE \(name) WITH (FORCE)") } }
        var address = admin
        address.database = name
        let engine = try PostgresEngine(address: address)
        defer { try? engine.close() }
        try body(engine)
    }

    /// As `withServer`, on a database holding VetDesk's schema.
    static func withPreparedServer(_ body: (PostgresEngine) throws -> Void) throws {
        try withServer { engine in
            try PostgresSchema.prepare(engine, mode: .createIfMissing)
            try body(engine)
        }
    }

    /// Writes the fixed rows, then lets each table's numbering continue after them as SQLite's does.
    static func seeded(_ engine: any SQLEngine) throws {
        try engine.write { db in
            try seed(db)
            if db.dialect == .postgresql { try PostgresIdentities.continueAfterHighest(db) }
        }
    }

    /// The failure `body` ends with in its own transaction (rolled back), or nil if it succeeds.
    static func failure(_ engine: any SQLEngine, _ body: @Sendable (any SQLConnection) throws -> Void) -> SQLFailure? {
        do {
            try engine.write { db in try body(db) }
            return nil
        } catch let failure as SQLFailure {
            return failure
        } catch {
            return SQLFailure(.other, "\(error)")
        }
    }

    /// The rows the broken-rule tests break rules against, written the same on both engines:
    /// a manager at the one site, a client with a phone and a chipped pet, a price item, a finalised invoice,
    /// a payment and a refund with one allocation, an audit entry already redacted, and a
    /// consent wording.
    static func seed(_ db: any SQLConnection) throws {
        let at = "2026-01-05 09:00:00.000"
        try db.execute("""
            INSERT INTO staff_user (id, username, display_name, role, password_hash, created_at, updated_at)
            VALUES (1, 'ann', 'Ann', 'manager', 'x', ?, ?)
            """, [at, at])
        try db.execute("INSERT INTO site (id, name, created_at, updated_at) VALUES (1, 'Quay Street', ?, ?)", [at, at])
        try db.execute("""
            INSERT INTO client (id, first_name, last_name, address_line1, town, postcode, created_at, updated_at)
            VALUES (1, 'Jo', 'Bell', '1 Quay', 'St Helier', 'JE2 3AB', ?, ?)
            """, [at, at])
        try db.execute("INSERT INTO client_phone (id, client_id, position, label, digits, display) VALUES (1, 1, 0, 'mobile', '07700900123', '07700 900123')")
        try db.execute("""
            INSERT INTO pet (id, client_id, name, species, sex, microchip, created_at, updated_at)
            VALUES (1, 1, 'Rex', 'dog', 'male', '123456789012345', ?, ?)
            """, [at, at])
        try db.execute("""
            INSERT INTO price_item (id, code, name, kind, unit_price_pence, vat_basis_points, updated_at)
            VALUES (1, 'VAC', 'Vaccination', 'service', 4500, 2000, ?)
            """, [at])
        try db.execute("""
            INSERT INTO invoice (id, client_id, number, status, issued_on, gross_pence, created_at, updated_at)
            VALUES (1, 1, 'INV-1', 'finalised', '2026-01-05', 5000, ?, ?)
            """, [at, at])
        try db.execute("""
            INSERT INTO ledger_entry (id, client_id, kind, amount_pence, balance_effect_pence, entry_on, method, recorded_at, recorded_by)
            VALUES (1, 1, 'payment', 1000, -1000, '2026-01-05', 'cash', ?, 1),
                   (2, 1, 'refund', 100, 100, '2026-01-05', 'cash', ?, 1),
                   (3, 1, 'payment', 10000, -10000, '2026-01-05', 'card', ?, 1)
            """, [at, at, at])
        try db.execute("INSERT INTO allocation (id, credit_entry_id, invoice_id, amount_pence, allocated_at) VALUES (1, 1, 1, 100, ?)", [at])
        try db.execute("""
            INSERT INTO audit_entry (id, at, user_id, action, record_type, detail, previous_hash, hash, seq)
            VALUES (1, ?, 1, 'register client', 'client', 'Jo Bell', 'h0', 'h1', 1)
            """, [at])
        try db.execute("INSERT INTO audit_redaction (audit_entry_id, redacted_at, redacted_by) VALUES (1, ?, 1)", [at])
        try db.execute("""
            INSERT INTO consent_wording (version, wording, in_use_from, created_at, created_by)
            VALUES ('v1', 'We may email you reminders.', '2026-01-01', ?, 1)
            """, [at])
    }
}
