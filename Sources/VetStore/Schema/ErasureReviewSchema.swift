/// What an erasure or anonymisation decided about the person's traces in the text that is kept:
/// each free-text match redacted or kept with a reason, each kept pet's microchip, whether the
/// requester's name stays on the register (with a reason and an end date), and the audit entries
/// whose detail was redacted — the only change the append-only trail allows, and only for an entry
/// named in `audit_redaction` first.
enum ErasureReviewSchema {
    static let sql = """
    CREATE TABLE dsr_free_text_decision (
        id INTEGER PRIMARY KEY,
        request_id INTEGER REFERENCES dsr_request(id),
        client_id INTEGER NOT NULL REFERENCES client(id),
        table_name TEXT NOT NULL CHECK (length(table_name) BETWEEN 1 AND 60),
        row_id INTEGER NOT NULL,
        field TEXT NOT NULL CHECK (length(field) BETWEEN 1 AND 60),
        match_kind TEXT NOT NULL CHECK (match_kind IN ('name','phone','email','address','postcode','microchip')),
        decision TEXT NOT NULL CHECK (decision IN ('redacted','kept')),
        reason TEXT CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 500),
        decided_at DATETIME NOT NULL,
        decided_by INTEGER NOT NULL REFERENCES staff_user(id),
        CHECK (decision = 'redacted' OR reason IS NOT NULL)
    );
    CREATE INDEX dsr_free_text_decision_client ON dsr_free_text_decision(client_id);
    ALTER TABLE dsr_request ADD COLUMN requester_kept_reason TEXT;
    ALTER TABLE dsr_request ADD COLUMN requester_kept_until TEXT;
    CREATE TABLE audit_redaction (
        audit_entry_id INTEGER PRIMARY KEY REFERENCES audit_entry(id),
        request_id INTEGER REFERENCES dsr_request(id),
        redacted_at DATETIME NOT NULL,
        redacted_by INTEGER NOT NULL REFERENCES staff_user(id)
    );
    DROP TRIGGER audit_entry_no_update;
    """ + guards.map { $0.sql + ";\n" }.joined()

    /// The append-only guard once redaction exists: an update may change only the detail, and only
    /// of an entry already named in `audit_redaction`.
    static let noUpdate = (name: "audit_entry_no_update", sql: """
        CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
            WHEN NOT (NEW.id IS OLD.id AND NEW.seq IS OLD.seq AND NEW.at IS OLD.at AND NEW.user_id IS OLD.user_id
                AND NEW.action IS OLD.action AND NEW.record_type IS OLD.record_type AND NEW.record_id IS OLD.record_id
                AND NEW.client_id IS OLD.client_id AND NEW.previous_hash IS OLD.previous_hash AND NEW.hash IS OLD.hash
                AND EXISTS (SELECT 1 FROM audit_redaction WHERE audit_entry_id = OLD.id))
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END
        """)

    static let guards: [(name: String, sql: String)] = [
        noUpdate,
        ("audit_redaction_no_update", """
            CREATE TRIGGER audit_redaction_no_update BEFORE UPDATE ON audit_redaction
                BEGIN SELECT RAISE(ABORT, 'redactions of the audit trail are kept'); END
            """),
        ("audit_redaction_no_delete", """
            CREATE TRIGGER audit_redaction_no_delete BEFORE DELETE ON audit_redaction
                BEGIN SELECT RAISE(ABORT, 'redactions of the audit trail are kept'); END
            """),
    ]

    /// The guards `vetdesk check` expects on a file that has this migration: the sequence guards
    /// with the redaction-aware update guard in place of the original.
    static var currentGuards: [(name: String, sql: String)] {
        AuditSequenceSchema.guards.filter { $0.name != noUpdate.name } + guards
    }
}
