import Foundation
import Testing
@testable import VetSQL
@testable import VetStore

/// The same bad row gets the same words on both engines: each guard trigger refuses with its
/// own text, and each broken constraint becomes the same sentence for the person at the desk.
@Suite("Broken rules in the same words on both engines")
struct BrokenRuleWordsTests {
    /// A change each guard refuses, and the words it refuses with.
    static let guarded: [(words: String, sql: String)] = [
        ("the audit trail is append-only", "UPDATE audit_entry SET action = 'edited' WHERE id = 1"),
        ("the audit trail is append-only", "DELETE FROM audit_entry WHERE id = 1"),
        ("audit entries are numbered in order without gaps", """
            INSERT INTO audit_entry (at, user_id, action, record_type, detail, previous_hash, hash, seq)
            VALUES ('2026-01-05 10:00:00.000', 1, 'view', 'client', '', 'h1', 'h2', 5)
            """),
        ("the audit head is kept", "DELETE FROM audit_head"),
        ("an allocation cannot give more than the payment or credit it comes from",
         "INSERT INTO allocation (credit_entry_id, invoice_id, amount_pence, allocated_at) VALUES (1, 1, 950, 'x')"),
        ("an invoice cannot be paid more than its total",
         "INSERT INTO allocation (credit_entry_id, invoice_id, amount_pence, allocated_at) VALUES (3, 1, 4950, 'x')"),
        ("a refund cannot be covered by more than its amount",
         "INSERT INTO allocation (credit_entry_id, refund_entry_id, amount_pence, allocated_at) VALUES (3, 2, 200, 'x')"),
        // Two limits broken at once: refused in the words of the rule SQLite checks first.
        ("an invoice cannot be paid more than its total",
         "INSERT INTO allocation (credit_entry_id, invoice_id, amount_pence, allocated_at) VALUES (1, 1, 99999, 'x')"),
        ("a refund cannot be covered by more than its amount",
         "INSERT INTO allocation (credit_entry_id, refund_entry_id, amount_pence, allocated_at) VALUES (1, 2, 950, 'x')"),
        ("allocations are never changed", "UPDATE allocation SET amount_pence = 1"),
        ("allocations are never removed", "DELETE FROM allocation"),
        ("redactions of the audit trail are kept", "UPDATE audit_redaction SET redacted_at = 'later'"),
        ("redactions of the audit trail are kept", "DELETE FROM audit_redaction"),
        ("a consent wording is never changed; add a new version", "UPDATE consent_wording SET wording = 'Changed.'"),
    ]

    @Test("every guard trigger refuses on PostgreSQL with SQLite's words", arguments: guarded.indices)
    func guardRefuses(_ index: Int) throws {
        let (words, sql) = Self.guarded[index]
        let sqlite = try SchemaEngines.sqlite()
        try SchemaEngines.seeded(sqlite)
        let onSQLite = SchemaEngines.failure(sqlite) { db in try db.execute(sql) }
        #expect(onSQLite?.message == words, "SQLite: \(String(describing: onSQLite))")
        try SchemaEngines.withPreparedServer { engine in
            try SchemaEngines.seeded(engine)
            let onServer = SchemaEngines.failure(engine) { db in try db.execute(sql) }
            #expect(onServer?.kind == .refusedByTrigger)
            #expect(onServer?.message == words, "PostgreSQL: \(String(describing: onServer))")
        }
    }

    @Test("what the guards allow is allowed on both: redacting a named entry's detail, the next audit entry")
    func guardsAllowTheirExceptions() throws {
        let allowed = [
            "UPDATE audit_entry SET detail = '[redacted]' WHERE id = 1",
            """
            INSERT INTO audit_entry (at, user_id, action, record_type, detail, previous_hash, hash, seq)
            VALUES ('2026-01-05 10:00:00.000', 1, 'view', 'client', '', 'h1', 'h2', 2)
            """,
        ]
        let head = "SELECT seq || ' ' || hash FROM audit_head"
        let sqlite = try SchemaEngines.sqlite()
        try SchemaEngines.seeded(sqlite)
        for sql in allowed { #expect(SchemaEngines.failure(sqlite) { db in try db.execute(sql) } == nil) }
        let sqliteHead = try sqlite.read { db in try db.fetchValue(String.self, head) }
        #expect(sqliteHead == "2 h2")
        try SchemaEngines.withPreparedServer { engine in
            try SchemaEngines.seeded(engine)
            for sql in allowed { #expect(SchemaEngines.failure(engine) { db in try db.execute(sql) } == nil) }
            #expect(try engine.read { db in try db.fetchValue(String.self, head) } == sqliteHead)
        }
    }

    @Test("TRUNCATE, which PostgreSQL alone has, is refused for the tables that never lose a row")
    func truncateRefused() throws {
        try SchemaEngines.withPreparedServer { engine in
            try SchemaEngines.seeded(engine)
            for (table, words) in [("audit_entry", "the audit trail is append-only"), ("audit_head", "the audit head is kept"),
                                   ("allocation", "allocations are never removed"),
                                   ("audit_redaction", "redactions of the audit trail are kept")] {
                let failure = SchemaEngines.failure(engine) { db in try db.execute("TRUNCATE \(table) CASCADE") }
                #expect(failure?.message == words, "\(table): \(String(describing: failure))")
            }
        }
    }

    /// Bad rows, and the sentence each must give on both engines.
    static let badRows: [(sentence: String, sql: String)] = [
        ("that microchip number is already registered to another pet", """
            INSERT INTO pet (client_id, name, species, sex, microchip, created_at, updated_at)
            VALUES (1, 'Tess', 'dog', 'female', '123456789012345', 'x', 'x')
            """),
        ("that username is already taken", """
            INSERT INTO staff_user (username, display_name, role, password_hash, created_at, updated_at)
            VALUES ('ANN', 'Another Ann', 'vet', 'x', 'x', 'x')
            """),
        ("that price-list code is already in use",
         "INSERT INTO price_item (code, name, kind, unit_price_pence, vat_basis_points, updated_at) VALUES ('vac', 'V', 'service', 1, 0, 'x')"),
        ("that invoice number is already used",
         "INSERT INTO invoice (client_id, number, created_at, updated_at) VALUES (1, 'INV-1', 'x', 'x')"),
        ("the change broke a database rule (UNIQUE constraint failed: client_phone.client_id, client_phone.position); nothing was saved",
         "INSERT INTO client_phone (client_id, position, label, digits, display) VALUES (1, 0, 'home', '01534123456', 'x')"),
        ("first name must not be empty; nothing was saved", "UPDATE client SET first_name = NULL WHERE id = 1"),
        ("first name must be at most 60 characters; nothing was saved",
         "UPDATE client SET first_name = '\(String(repeating: "a", count: 61))' WHERE id = 1"),
        ("name must be from 1 to 40 characters; nothing was saved", "UPDATE pet SET name = '' WHERE id = 1"),
        ("status has a value the database does not allow; nothing was saved", "UPDATE client SET status = 'lost' WHERE id = 1"),
        ("microchip has a length the database does not allow; nothing was saved", "UPDATE pet SET microchip = '12ab' WHERE id = 1"),
        ("grams has a value the database does not allow; nothing was saved",
         "INSERT INTO pet_weight (pet_id, weighed_on, grams) VALUES (1, '2026-01-05', 0)"),
        ("effective from has a value the database does not allow; nothing was saved", """
            INSERT INTO price_item_price (price_item_id, effective_from, unit_price_pence, vat_basis_points, recorded_at)
            VALUES (1, '5 Jan 2026', 1, 0, 'x')
            """),
        ("the record refers to something that no longer exists; refresh and try again", """
            INSERT INTO client_change (client_id, field, old_value, new_value, changed_at, changed_by)
            VALUES (999, 'town', 'a', 'b', 'x', 1)
            """),
        ("the record refers to something that no longer exists; refresh and try again", "DELETE FROM client WHERE id = 1"),
    ]

    @Test("a broken unique, not-null, check or foreign-key rule gives the same sentence on both engines",
          arguments: badRows.indices)
    func sameSentence(_ index: Int) throws {
        let (sentence, sql) = Self.badRows[index]
        let sqlite = try SchemaEngines.sqlite()
        try SchemaEngines.seeded(sqlite)
        let onSQLite = try #require(SchemaEngines.failure(sqlite) { db in try db.execute(sql) })
        #expect(DatabaseFailure.storeError(onSQLite, path: "practice").description == sentence, "SQLite: \(onSQLite)")
        try SchemaEngines.withPreparedServer { engine in
            try SchemaEngines.seeded(engine)
            let onServer = try #require(SchemaEngines.failure(engine) { db in try db.execute(sql) })
            #expect(onServer.kind == onSQLite.kind)
            #expect(DatabaseFailure.storeError(onServer, path: "practice").description == sentence, "PostgreSQL: \(onServer)")
        }
    }
}
