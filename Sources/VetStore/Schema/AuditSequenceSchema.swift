/// Sequence numbers and a recorded head for the audit trail, so that a deleted entry leaves a
/// gap, a deleted tail no longer matches the head, and a dropped guard trigger is noticed.
enum AuditSequenceSchema {
    /// Each guard as it must stand in `sqlite_master`: `vetdesk check` compares them letter for letter.
    static let guards: [(name: String, sql: String)] = [
        ("audit_entry_no_update", """
            CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END
            """),
        ("audit_entry_no_delete", """
            CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END
            """),
        ("audit_entry_in_sequence", """
            CREATE TRIGGER audit_entry_in_sequence BEFORE INSERT ON audit_entry
                WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM audit_entry)
                BEGIN SELECT RAISE(ABORT, 'audit entries are numbered in order without gaps'); END
            """),
        ("audit_entry_moves_head", """
            CREATE TRIGGER audit_entry_moves_head AFTER INSERT ON audit_entry
                BEGIN UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1; END
            """),
        ("audit_head_no_delete", """
            CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
                BEGIN SELECT RAISE(ABORT, 'the audit head is kept'); END
            """),
    ]

    /// Numbers the entries already written in the order they were written, then puts the guards in place.
    static let upgrade = """
        DROP TRIGGER audit_entry_no_update;
        DROP TRIGGER audit_entry_no_delete;
        ALTER TABLE audit_entry ADD COLUMN seq INTEGER;
        UPDATE audit_entry SET seq = numbered.n
            FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM audit_entry) AS numbered
            WHERE numbered.id = audit_entry.id;
        CREATE UNIQUE INDEX audit_entry_seq ON audit_entry(seq);
        CREATE TABLE audit_head (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            seq INTEGER NOT NULL CHECK (seq >= 0),
            hash TEXT NOT NULL
        );
        INSERT INTO audit_head (id, seq, hash)
            SELECT 1, coalesce(max(seq), 0),
                   coalesce((SELECT hash FROM audit_entry ORDER BY seq DESC LIMIT 1), '\(AuditTrail.genesis)')
            FROM audit_entry;
        """ + guards.map { $0.sql + ";\n" }.joined()
}
