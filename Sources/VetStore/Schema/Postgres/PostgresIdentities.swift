import VetSQL

/// SQLite numbers a new row one past the highest id in its table, whatever wrote that id;
/// PostgreSQL's identity counter knows only the numbers it handed out. After rows are written
/// with their own ids (a practice copied in, a test's fixed rows), this moves every counter past
/// the highest id, so the next row is numbered as SQLite would number it.
public enum PostgresIdentities {
    public static func continueAfterHighest(_ db: any SQLConnection) throws {
        let columns = try db.fetchAll("""
            SELECT c.relname AS table_name, a.attname AS column_name
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            WHERE a.attidentity <> '' AND NOT a.attisdropped AND c.relkind = 'r'
            AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())
            """)
        for column in columns {
            let table = try column.decode(String.self, "table_name")
            let name = try column.decode(String.self, "column_name")
            // Names come from the catalogue, never from a person; quoted all the same.
            try db.execute("""
                SELECT setval(pg_get_serial_sequence(?, ?),
                              (SELECT coalesce(max("\(name)"), 0) + 1 FROM "\(table)"), false)
                """, ["\"\(table)\"", name])
        }
    }
}
