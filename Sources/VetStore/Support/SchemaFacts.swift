import VetSQL

/// What the schema holds, asked of either engine's catalogue: the audit check reads files
/// written by older versions, which lack some tables and columns.
enum SchemaFacts {
    static func tableExists(_ db: any SQLConnection, _ table: String) throws -> Bool {
        switch db.dialect {
        case .sqlite: try db.exists("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table])
        case .postgresql: try db.exists("""
            SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?
            """, [table])
        }
    }

    static func columnExists(_ db: any SQLConnection, table: String, column: String) throws -> Bool {
        switch db.dialect {
        case .sqlite: try db.exists("SELECT 1 FROM pragma_table_info(?) WHERE name = ?", [table, column])
        case .postgresql: try db.exists("""
            SELECT 1 FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = ? AND column_name = ?
            """, [table, column])
        }
    }

    /// The CREATE statement SQLite keeps for a trigger (PostgreSQL's guards are checked by
    /// `PostgresGuards.problems`).
    static func triggerDefinition(_ db: any SQLConnection, _ name: String) throws -> String? {
        try db.fetchValue(String.self, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [name])
    }
}
