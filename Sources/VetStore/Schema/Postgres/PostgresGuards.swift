/// The guard triggers of the SQLite schema as PL/pgSQL, each refusing with the same words, so a
/// refused change reads the same on both engines. A guard that always refuses passes its words
/// to `vetdesk_refuse`; one with a condition has a function of its own (the three limits on an
/// allocation share one, `vetdesk_allocation_within`, told which rules to check). PostgreSQL also has
/// TRUNCATE, which skips row triggers, so the tables that never lose a row refuse it too.
enum PostgresGuards {
    static let functions = """
    CREATE FUNCTION vetdesk_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION '%', TG_ARGV[0];
    END $$;
    CREATE FUNCTION vetdesk_audit_entry_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        -- Only the detail may change, and only of an entry named in audit_redaction first.
        IF NOT (NEW.id IS NOT DISTINCT FROM OLD.id AND NEW.seq IS NOT DISTINCT FROM OLD.seq
                AND NEW.at IS NOT DISTINCT FROM OLD.at AND NEW.user_id IS NOT DISTINCT FROM OLD.user_id
                AND NEW.action IS NOT DISTINCT FROM OLD.action AND NEW.record_type IS NOT DISTINCT FROM OLD.record_type
                AND NEW.record_id IS NOT DISTINCT FROM OLD.record_id AND NEW.client_id IS NOT DISTINCT FROM OLD.client_id
                AND NEW.previous_hash IS NOT DISTINCT FROM OLD.previous_hash AND NEW.hash IS NOT DISTINCT FROM OLD.hash
                AND EXISTS (SELECT 1 FROM audit_redaction WHERE audit_entry_id = OLD.id)) THEN
            RAISE EXCEPTION 'the audit trail is append-only';
        END IF;
        RETURN NEW;
    END $$;
    CREATE FUNCTION vetdesk_audit_entry_in_sequence() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.seq IS DISTINCT FROM (SELECT coalesce(max(seq), 0) + 1 FROM audit_entry) THEN
            RAISE EXCEPTION 'audit entries are numbered in order without gaps';
        END IF;
        RETURN NEW;
    END $$;
    CREATE FUNCTION vetdesk_audit_entry_moves_head() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1;
        RETURN NULL;
    END $$;
    CREATE FUNCTION vetdesk_allocation_within() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        rule text;
    BEGIN
        FOREACH rule IN ARRAY TG_ARGV LOOP
            IF rule = 'refund' AND (NEW.refund_entry_id IS NOT NULL AND NEW.amount_pence
                    + (SELECT COALESCE(SUM(amount_pence), 0) FROM allocation WHERE refund_entry_id = NEW.refund_entry_id)
                    > (SELECT amount_pence FROM ledger_entry WHERE id = NEW.refund_entry_id AND kind = 'refund')
                OR NEW.refund_entry_id IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM ledger_entry WHERE id = NEW.refund_entry_id AND kind = 'refund')) THEN
                RAISE EXCEPTION 'a refund cannot be covered by more than its amount';
            END IF;
            IF rule = 'invoice' AND (NEW.invoice_id IS NOT NULL AND NEW.amount_pence
                    + (SELECT COALESCE(SUM(amount_pence), 0) FROM allocation WHERE invoice_id = NEW.invoice_id)
                    > (SELECT gross_pence FROM invoice WHERE id = NEW.invoice_id AND status <> 'draft')
                OR NEW.invoice_id IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM invoice WHERE id = NEW.invoice_id AND status <> 'draft')) THEN
                RAISE EXCEPTION 'an invoice cannot be paid more than its total';
            END IF;
            IF rule = 'credit' AND (NEW.amount_pence
                    + (SELECT COALESCE(SUM(amount_pence), 0) FROM allocation WHERE credit_entry_id = NEW.credit_entry_id)
                    > (SELECT amount_pence FROM ledger_entry WHERE id = NEW.credit_entry_id
                       AND kind IN ('payment','creditNote','writeOff','reversal'))
                OR NOT EXISTS (SELECT 1 FROM ledger_entry WHERE id = NEW.credit_entry_id
                               AND kind IN ('payment','creditNote','writeOff','reversal'))) THEN
                RAISE EXCEPTION 'an allocation cannot give more than the payment or credit it comes from';
            END IF;
        END LOOP;
        RETURN NEW;
    END $$;
    """

    /// Each guard by its SQLite name; the TRUNCATE guards are PostgreSQL's own.
    static let triggers: [(name: String, sql: String)] = [
        ("audit_entry_no_update", """
            CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
                FOR EACH ROW EXECUTE FUNCTION vetdesk_audit_entry_no_update()
            """),
        refusal("audit_entry_no_delete", "BEFORE DELETE ON audit_entry", "the audit trail is append-only"),
        ("audit_entry_in_sequence", """
            CREATE TRIGGER audit_entry_in_sequence BEFORE INSERT ON audit_entry
                FOR EACH ROW EXECUTE FUNCTION vetdesk_audit_entry_in_sequence()
            """),
        ("audit_entry_moves_head", """
            CREATE TRIGGER audit_entry_moves_head AFTER INSERT ON audit_entry
                FOR EACH ROW EXECUTE FUNCTION vetdesk_audit_entry_moves_head()
            """),
        refusal("audit_head_no_delete", "BEFORE DELETE ON audit_head", "the audit head is kept"),
        // PostgreSQL fires a table's triggers in the order of their names, SQLite newest first
        // (refund, invoice, credit): the first to fire here checks the rules in SQLite's order,
        // so a row that breaks two of them is refused in the words SQLite uses.
        allocationLimit("allocation_within_credit", rules: ["refund", "invoice", "credit"]),
        allocationLimit("allocation_within_invoice", rules: ["refund", "invoice"]),
        allocationLimit("allocation_within_refund", rules: ["refund"]),
        refusal("allocation_no_update", "BEFORE UPDATE ON allocation", "allocations are never changed"),
        refusal("allocation_no_delete", "BEFORE DELETE ON allocation", "allocations are never removed"),
        refusal("audit_redaction_no_update", "BEFORE UPDATE ON audit_redaction", "redactions of the audit trail are kept"),
        refusal("audit_redaction_no_delete", "BEFORE DELETE ON audit_redaction", "redactions of the audit trail are kept"),
        refusal("consent_wording_no_update", "BEFORE UPDATE ON consent_wording",
                "a consent wording is never changed; add a new version"),
        refusal("audit_entry_no_truncate", "BEFORE TRUNCATE ON audit_entry", "the audit trail is append-only",
                forEach: "STATEMENT"),
        refusal("audit_head_no_truncate", "BEFORE TRUNCATE ON audit_head", "the audit head is kept", forEach: "STATEMENT"),
        refusal("allocation_no_truncate", "BEFORE TRUNCATE ON allocation", "allocations are never removed",
                forEach: "STATEMENT"),
        refusal("audit_redaction_no_truncate", "BEFORE TRUNCATE ON audit_redaction",
                "redactions of the audit trail are kept", forEach: "STATEMENT"),
    ]

    static var sql: String { functions + triggers.map { $0.sql + ";\n" }.joined() }

    private static func allocationLimit(_ name: String, rules: [String]) -> (name: String, sql: String) {
        let arguments = rules.map { "'\($0)'" }.joined(separator: ", ")
        return (name, "CREATE TRIGGER \(name) BEFORE INSERT ON allocation FOR EACH ROW EXECUTE FUNCTION vetdesk_allocation_within(\(arguments))")
    }

    private static func refusal(_ name: String, _ event: String, _ words: String,
                                forEach level: String = "ROW") -> (name: String, sql: String) {
        (name, "CREATE TRIGGER \(name) \(event) FOR EACH \(level) EXECUTE FUNCTION vetdesk_refuse('\(words)')")
    }
}
