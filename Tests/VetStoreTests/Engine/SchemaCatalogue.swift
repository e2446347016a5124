import Foundation
import VetSQL

/// One table's shape as either engine's catalogue describes it, written in common terms so the
/// two can be compared field by field: a constraint missing on one side shows as a difference.
struct TableShape: Equatable, CustomStringConvertible {
    /// "name type" in column order, with the type as stored: integer or text.
    var columns: [String] = []
    var notNull: Set<String> = []
    var defaults: [String: String] = [:]
    /// "column -> table.column ON DELETE action".
    var foreignKeys: Set<String> = []
    var uniqueSets: Set<[String]> = []
    var checkCount = 0
    /// Auto-numbered key columns.
    var identity: Set<String> = []

    var description: String {
        "columns \(columns) notNull \(notNull.sorted()) defaults \(defaults) foreignKeys \(foreignKeys.sorted()) "
            + "unique \(uniqueSets.map { $0.joined(separator: ",") }.sorted()) checks \(checkCount) identity \(identity)"
    }

    /// `lower(username)` is the NOCASE column `username`; quotes and casts are spelling only.
    static func columnName(_ term: String) -> String {
        var text = term.replacingOccurrences(of: "\"", with: "").replacingOccurrences(of: "::text", with: "")
        if text.hasPrefix("lower("), text.hasSuffix(")") { text = String(text.dropFirst(6).dropLast()) }
        return text
    }

    /// An index's key terms without spacing, quotes or casts, NOCASE written as `lower()`.
    static func indexTerms(_ terms: String) -> String {
        terms.replacing(/([a-z_]+) COLLATE NOCASE/) { "lower(\($0.output.1))" }
            .replacingOccurrences(of: "::text", with: "").replacingOccurrences(of: "\"", with: "")
            .replacingOccurrences(of: " ", with: "")
    }

    static func defaultValue(_ text: String) -> String {
        text.replacingOccurrences(of: "::text", with: "").replacingOccurrences(of: "::bigint", with: "")
    }
}

/// Reads shapes from SQLite's catalogue.
enum SQLiteCatalogue {
    static func tables(_ db: any SQLConnection) throws -> [String: (shape: TableShape, indexes: [String: String])] {
        var result: [String: (TableShape, [String: String])] = [:]
        let tables = try db.fetchAll("""
            SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
            AND name NOT LIKE 'client_search%' AND name <> 'grdb_migrations'
            """)
        for table in tables {
            let name = try table.decode(String.self, "name")
            let sql = try table.decode(String.self, "sql")
            var shape = TableShape()
            var keyColumns: [(Int, String)] = []
            for column in try db.fetchAll("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid", [name]) {
                let columnName = try column.decode(String.self, "name")
                let type = try column.decode(String.self, "type")
                let key = try column.decode(Int.self, "pk")
                shape.columns.append("\(columnName) \(type == "INTEGER" ? "integer" : type == "BLOB" ? "blob" : "text")")
                if try column.decode(Int.self, "notnull") == 1 || key > 0 { shape.notNull.insert(columnName) }
                if let value = try column.decode(String?.self, "dflt_value") { shape.defaults[columnName] = TableShape.defaultValue(value) }
                if key > 0 { keyColumns.append((key, columnName)) }
            }
            if keyColumns.count == 1, keyColumns[0].1 == "id", shape.columns.contains("id integer"), !sql.contains("CHECK (id = 1)") {
                shape.identity.insert("id")
            }
            if !keyColumns.isEmpty { shape.uniqueSets.insert(keyColumns.sorted { $0.0 < $1.0 }.map(\.1)) }
            for key in try db.fetchAll("SELECT \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list(?)", [name]) {
                shape.foreignKeys.insert("\(try key.decode(String.self, "from")) -> \(try key.decode(String.self, "table"))."
                    + "\(try key.decode(String.self, "to")) ON DELETE \(try key.decode(String.self, "on_delete"))")
            }
            for index in try db.fetchValues(String.self, "SELECT name FROM pragma_index_list(?) WHERE \"unique\" = 1", [name]) {
                shape.uniqueSets.insert(try db.fetchValues(String.self, "SELECT name FROM pragma_index_info(?) ORDER BY seqno", [index]))
            }
            shape.checkCount = sql.components(separatedBy: "CHECK").count - 1
            var indexes: [String: String] = [:]
            for index in try db.fetchAll("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", [name]) {
                let text = try index.decode(String.self, "sql")
                guard let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")") else { continue }
                indexes[try index.decode(String.self, "name")] = TableShape.indexTerms(String(text[text.index(after: open)..<close]))
            }
            result[name] = (shape, indexes)
        }
        return result
    }
}

/// Reads shapes from PostgreSQL's catalogue (the connection's current schema).
enum PostgresCatalogue {
    static let inSchema = "(SELECT oid FROM pg_namespace WHERE nspname = current_schema())"

    static func tables(_ db: any SQLConnection) throws -> [String: (shape: TableShape, indexes: [String: String])] {
        var result: [String: (TableShape, [String: String])] = [:]
        let names = try db.fetchValues(String.self, """
            SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = \(inSchema) AND relname NOT LIKE 'vetdesk_%'
            """)
        for name in names {
            var shape = TableShape()
            for column in try db.fetchAll("""
                SELECT column_name, data_type, collation_name, is_nullable, column_default, is_identity
                FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ?
                ORDER BY ordinal_position
                """, [name]) {
                let columnName = try column.decode(String.self, "column_name")
                let type = switch (try column.decode(String.self, "data_type"), try column.decode(String?.self, "collation_name")) {
                case ("bigint", _): "integer"
                case ("text", "C"): "text"
                case ("bytea", _): "blob"
                case (let other, let collation): "\(other) \(collation ?? "")"
                }
                shape.columns.append("\(columnName) \(type)")
                if try column.decode(String.self, "is_nullable") == "NO" { shape.notNull.insert(columnName) }
                if let value = try column.decode(String?.self, "column_default") { shape.defaults[columnName] = TableShape.defaultValue(value) }
                if try column.decode(String.self, "is_identity") == "YES" { shape.identity.insert(columnName) }
            }
            for key in try db.fetchAll("""
                SELECT a.attname AS from_column, f.relname AS to_table, fa.attname AS to_column, c.confdeltype::text AS action
                FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class f ON f.oid = c.confrelid
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = c.confkey[1]
                WHERE c.contype = 'f' AND t.relname = ? AND t.relnamespace = \(inSchema)
                """, [name]) {
                let action = switch try key.decode(String.self, "action") {
                case "c": "CASCADE"
                case "r": "RESTRICT"
                case "n": "SET NULL"
                case "d": "SET DEFAULT"
                default: "NO ACTION"
                }
                shape.foreignKeys.insert("\(try key.decode(String.self, "from_column")) -> \(try key.decode(String.self, "to_table"))."
                    + "\(try key.decode(String.self, "to_column")) ON DELETE \(action)")
            }
            var indexes: [String: String] = [:]
            for index in try db.fetchAll("""
                SELECT ic.relname AS name, i.indisunique AS is_unique, pg_get_indexdef(i.indexrelid) AS definition,
                    array_to_string(ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true)
                        FROM generate_series(1, i.indnkeyatts) AS k ORDER BY k), '|') AS terms,
                    EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) AS backs_constraint
                FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
                WHERE t.relname = ? AND t.relnamespace = \(inSchema)
                """, [name]) {
                if try index.decode(Int.self, "is_unique") == 1 {
                    shape.uniqueSets.insert(try index.decode(String.self, "terms").split(separator: "|").map { TableShape.columnName(String($0)) })
                }
                let definition = try index.decode(String.self, "definition")
                guard try index.decode(Int.self, "backs_constraint") == 0, let using = definition.range(of: "USING btree (") else { continue }
                indexes[try index.decode(String.self, "name")] = TableShape.indexTerms(String(definition[using.upperBound...].dropLast()))
            }
            shape.checkCount = try db.fetchValue(Int.self, """
                SELECT count(*) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
                WHERE c.contype = 'c' AND t.relname = ? AND t.relnamespace = \(inSchema)
                """, [name]) ?? 0
            result[name] = (shape, indexes)
        }
        return result
    }
}
