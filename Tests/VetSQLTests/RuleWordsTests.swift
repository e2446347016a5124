import Testing
@testable import VetSQL

/// PostgreSQL's error fields and catalogue text put in SQLite's words, without a server.
@Suite("PostgreSQL's broken rules in SQLite's words")
struct RuleWordsTests {
    @Test("a unique key names its table's columns; lower() and quotes are spelling only")
    func uniqueKeys() {
        #expect(PostgresRuleWords.message(state: "23505", table: "pet", column: nil, constraint: "pet_microchip_key",
                                          detail: "Key (microchip)=(123456789012345) already exists.")
            == "UNIQUE constraint failed: pet.microchip")
        #expect(PostgresRuleWords.message(state: "23505", table: "client_phone", column: nil, constraint: "x",
                                          detail: "Key (client_id, \"position\")=(1, 0) already exists.")
            == "UNIQUE constraint failed: client_phone.client_id, client_phone.position")
        #expect(PostgresRuleWords.keyColumns("Key (lower(username))=(ann) already exists.") == ["username"])
        #expect(PostgresRuleWords.keyColumns("Key (lower((code)::text))=(vac) already exists.") == ["code"])
    }

    @Test("not null, foreign key and check take SQLite's forms")
    func otherKinds() {
        #expect(PostgresRuleWords.message(state: "23502", table: "client", column: "first_name", constraint: nil, detail: nil)
            == "NOT NULL constraint failed: client.first_name")
        #expect(PostgresRuleWords.message(state: "23503", table: "pet", column: nil, constraint: "pet_client_id_fkey",
                                          detail: "Key (client_id)=(9) is not present in table \"client\".")
            == "FOREIGN KEY constraint failed")
        #expect(PostgresRuleWords.message(state: "42P01", table: nil, column: nil, constraint: nil, detail: nil) == nil)
    }

    @Test("a check's stored definition comes back in SQLite's shape", arguments: [
        ("CHECK ((length(first_name) <= 60))", "length(first_name) <= 60"),
        ("CHECK (((length(name) >= 1) AND (length(name) <= 100)))", "length(name) BETWEEN 1 AND 100"),
        ("CHECK (((reason IS NULL) OR ((length(reason) >= 1) AND (length(reason) <= 500))))",
         "(reason IS NULL) OR length(reason) BETWEEN 1 AND 500"),
        ("CHECK ((status = ANY (ARRAY['active'::text, 'ceased'::text])))", "status IN ('active', 'ceased')"),
        ("CHECK (((length(printer) <= 127) AND (printer !~~ '-%'::text)))", "(length(printer) <= 127) AND (printer NOT LIKE '-%')"),
        ("CHECK ((id = 1))", "id = 1"),
    ])
    func checkShape(_ definition: String, _ expected: String) {
        #expect(PostgresRuleWords.sqliteShape(definition) == expected)
    }
}
