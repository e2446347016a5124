import VetSQL

/// One table of a practice as `vetdesk copy` moves it.
struct PracticeTable: Sendable {
    /// What the destination's own set-up has already put in the table.
    enum Seeding: Sendable {
        /// Nothing: the table starts empty.
        case none
        /// Rows the set-up seeds (the shipped holidays, default printing settings): removed
        /// before the source's rows go in, so the result is exactly the source's.
        case replaced
        /// A row that may never be deleted (the audit head): rewritten with the source's values.
        case updated
    }

    var name: String
    /// The primary key, in the order rows are read and written.
    var key: [String]
    var seeding: Seeding = .none
}

/// Every table of the current schema, each after the tables its foreign keys point to, so
/// rows copied in this order always find their parents. Written out rather than read from one
/// engine's catalogue, so both engines copy in the same order; `check` compares it with the
/// catalogue of the database being copied, and a table it lacks stops the copy.
///
/// Left out: each engine's own search index (rebuilt from the copied clients) and the
/// bookkeeping of migrations and stamps (written by the destination's own set-up).
enum PracticeTables {
    static let all: [PracticeTable] = [
        PracticeTable(name: "practice_settings", key: ["id"]),
        PracticeTable(name: "staff_user", key: ["id"]),
        PracticeTable(name: "site", key: ["id"]),
        PracticeTable(name: "staff_site", key: ["staff_id", "site_id"]),
        PracticeTable(name: "login_throttle", key: ["username"]),
        PracticeTable(name: "processing_activity", key: ["id"], seeding: .replaced),
        PracticeTable(name: "privacy_notice", key: ["version"]),
        PracticeTable(name: "consent_wording", key: ["version"]),
        PracticeTable(name: "document_settings", key: ["id"], seeding: .replaced),
        PracticeTable(name: "holiday_change", key: ["id"], seeding: .replaced),
        PracticeTable(name: "dsr_sequence", key: ["year"]),
        PracticeTable(name: "client", key: ["id"]),
        PracticeTable(name: "client_phone", key: ["id"]),
        PracticeTable(name: "client_change", key: ["id"]),
        PracticeTable(name: "pet", key: ["id"]),
        PracticeTable(name: "pet_owner_change", key: ["id"]),
        PracticeTable(name: "price_item", key: ["id"]),
        PracticeTable(name: "price_item_price", key: ["id"]),
        PracticeTable(name: "pet_allergy", key: ["id"]),
        PracticeTable(name: "consultation", key: ["id"]),
        PracticeTable(name: "treatment_line", key: ["id"]),
        PracticeTable(name: "consultation_addendum", key: ["id"]),
        PracticeTable(name: "pet_weight", key: ["id"]),
        PracticeTable(name: "invoice", key: ["id"]),
        PracticeTable(name: "invoice_line", key: ["id"]),
        PracticeTable(name: "ledger_entry", key: ["id"]),
        PracticeTable(name: "allocation", key: ["id"]),
        PracticeTable(name: "insurer", key: ["id"]),
        PracticeTable(name: "policy", key: ["id"]),
        PracticeTable(name: "claim", key: ["id"]),
        PracticeTable(name: "claim_line", key: ["claim_id", "invoice_line_id"]),
        PracticeTable(name: "claim_event", key: ["id"]),
        PracticeTable(name: "consent_event", key: ["id"]),
        PracticeTable(name: "suppression", key: ["id"]),
        PracticeTable(name: "disclosure", key: ["id"]),
        PracticeTable(name: "communication", key: ["id"]),
        PracticeTable(name: "dsr_request", key: ["id"]),
        PracticeTable(name: "dsr_pause", key: ["id"]),
        PracticeTable(name: "dsr_event", key: ["id"]),
        PracticeTable(name: "dsr_letter", key: ["id"]),
        PracticeTable(name: "dsr_erasure_outcome", key: ["id"]),
        PracticeTable(name: "dsr_recipient_notice", key: ["id"]),
        PracticeTable(name: "dsr_restriction", key: ["id"]),
        PracticeTable(name: "dsr_objection_decision", key: ["id"]),
        PracticeTable(name: "dsr_restriction_override", key: ["id"]),
        PracticeTable(name: "dsr_free_text_decision", key: ["id"]),
        PracticeTable(name: "diary_settings", key: ["id"], seeding: .replaced),
        PracticeTable(name: "opening_hours", key: ["site_id", "weekday"], seeding: .replaced),
        PracticeTable(name: "room", key: ["id"]),
        PracticeTable(name: "staff_absence", key: ["id"]),
        PracticeTable(name: "appointment", key: ["id"]),
        PracticeTable(name: "queue_entry", key: ["id"]),
        PracticeTable(name: "export_log", key: ["id"]),
        PracticeTable(name: "export_log_client", key: ["export_id", "client_id"]),
        PracticeTable(name: "data_breach", key: ["id"]),
        PracticeTable(name: "data_breach_client", key: ["breach_id", "client_id"]),
        PracticeTable(name: "price_item_recall", key: ["price_item_id"]),
        PracticeTable(name: "client_reminder_choice", key: ["client_id"]),
        PracticeTable(name: "reminder_settings", key: ["id"], seeding: .replaced),
        PracticeTable(name: "reminder_delivery", key: ["id"]),
        // Entries in the order they were numbered: each insert must be the next number.
        PracticeTable(name: "audit_entry", key: ["id"]),
        PracticeTable(name: "audit_head", key: ["id"], seeding: .updated),
        PracticeTable(name: "audit_redaction", key: ["audit_entry_id"]),
    ]

    /// The practice's tables as the database's own catalogue lists them, leaving out what
    /// belongs to the engine rather than the practice: SQLite's internal tables and statistics,
    /// the search index (FTS5's table and its shadow tables on SQLite, the word tables on
    /// PostgreSQL) and the records of migrations and stamps.
    static func catalogue(_ db: any SQLConnection) throws -> Set<String> {
        let names = switch db.dialect {
        case .sqlite:
            try db.fetchValues(String.self, """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
                AND name <> 'grdb_migrations'
                """)
        case .postgresql:
            try db.fetchValues(String.self, """
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
                AND c.relname NOT IN ('\(PostgresMigrator.stampTable)', '\(PostgresMigrator.migrationTable)')
                """)
        }
        return Set(names.filter { !isSearchIndex($0) })
    }

    /// `client_search` and what either engine keeps beside it (`client_search_word`,
    /// FTS5's `client_search_data`, `client_search_idx` …).
    static func isSearchIndex(_ table: String) -> Bool {
        table == "client_search" || table.hasPrefix("client_search_")
    }

    /// Refuses a database whose tables are not exactly the ones this version copies, naming
    /// the difference, so nothing is left behind unnoticed.
    static func check(_ db: any SQLConnection, name: String) throws {
        let found = try catalogue(db)
        let known = Set(all.map(\.name))
        if let extra = found.subtracting(known).sorted().first {
            throw StoreError.refused("\(name) has a table this version of VetDesk does not copy (\(extra)); "
                + "nothing was copied")
        }
        if let missing = known.subtracting(found).sorted().first {
            throw StoreError.refused("\(name) lacks the table \(missing) of VetDesk's schema; nothing was copied")
        }
    }
}
