import VetSQL

/// A new practice on PostgreSQL gets the whole schema at once: the tables, indexes and guards
/// that the SQLite migrations listed in `standsFor` build one by one, and the rows they seed.
/// The database then records each of those names, so the one list of named migrations
/// continues after them on both engines.
enum PostgresBaseline {
    /// The SQLite migrations this schema equals, in their order. Written out rather than read
    /// from the SQLite migrator, so that a migration added there is not taken as done here.
    static let standsFor = [
        "v1-practice-and-staff", "v1-clients-and-pets", "v1-clinical", "v1-money", "v1-insurance",
        "v1-privacy", "v1-audit", "v1-search", "v1-requests", "v1-holidays", "v1-rights",
        "v2-file-stamp", "v2-audit-sequence", "v2-request-work", "v2-login-throttle", "v2-cheque",
        "v2-allocations", "v2-claim-closing", "v2-erasure-review", "v2-export-log", "v2-soft-opt-in-lapse",
        "v2-consent-wording", "v2-email-nocase", "v2-price-history", "v2-allergy-alerts", "v2-printing",
        "v2-pet-life-events",
    ]

    /// The scripts in an order PostgreSQL accepts: a table after every table it refers to.
    static var scripts: [String] {
        [
            PostgresCoreSchema.practiceAndStaff, PostgresCoreSchema.clientsAndPets, PostgresClinicalSchema.sql,
            PostgresMoneySchema.ledger, PostgresMoneySchema.insurance,
            PostgresPrivacySchema.consentAndDisclosures, PostgresPrivacySchema.audit,
            PostgresRequestSchema.register, PostgresRequestSchema.rights, PostgresExportSchema.sql,
            PostgresGuards.sql,
        ]
    }

    /// Builds the schema and seeds the holiday table, as "v1-holidays" does on SQLite. The
    /// full-text table `client_search` is SQLite's own and is not built here.
    static func create(_ db: any SQLConnection) throws {
        for script in scripts { try db.executeScript(script) }
        try db.executeScript(PostgresSearchSchema.sql)
        try HolidayTable.seedIfEmpty(db)
    }
}
