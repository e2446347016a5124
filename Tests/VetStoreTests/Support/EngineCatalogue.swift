import Foundation
import VetSQL

/// What the tests read from either engine's own catalogue (tables, columns, foreign keys), and the
/// failures they inject with a trigger, each spelled the way its engine needs.
enum EngineCatalogue {
    /// The practice's own tables, by name; SQLite's internal tables and GRDB's migration log left out.
    static func tables(_ db: any SQLConnection) throws -> [String] {
        switch db.dialect {
        case .sqlite:
            return try db.fetchValues(String.self, """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
                """)
        case .postgresql:
            return try db.fetchValues(String.self, """
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name
                """)
        }
    }

    /// A table's columns in their order.
    static func columns(_ db: any SQLConnection, of table: String) throws -> [String] {
        switch db.dialect {
        case .sqlite:
            return try db.fetchValues(String.self, "SELECT name FROM pragma_table_info(?) ORDER BY cid", [table])
        case .postgresql:
            return try db.fetchValues(String.self, """
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position
                """, [table])
        }
    }

    /// The tables a table's foreign keys point at.
    static func parents(_ db: any SQLConnection, of table: String) throws -> Set<String> {
        switch db.dialect {
        case .sqlite:
            return Set(try db.fetchValues(String.self, "SELECT \"table\" FROM pragma_foreign_key_list(?)", [table]))
        case .postgresql:
            return Set(try db.fetchValues(String.self, """
                SELECT parent.relname FROM pg_constraint c
                JOIN pg_class child ON child.oid = c.conrelid
                JOIN pg_class parent ON parent.oid = c.confrelid
                JOIN pg_namespace n ON n.oid = child.relnamespace
                WHERE c.contype = 'f' AND n.nspname = current_schema() AND child.relname = ?
                """, [table]))
        }
    }

    /// Makes the next insert into `table` for which `condition` holds (written against `NEW`)
    /// fail, as a crash half-way through an action would; nil fails every insert.
    static func failOnInsert(_ db: any SQLConnection, into table: String, when condition: String?) throws {
        switch db.dialect {
        case .sqlite:
            try db.execute("DROP TRIGGER IF EXISTS injected_failure")
            try db.execute("""
                CREATE TRIGGER injected_failure BEFORE INSERT ON \(table) WHEN \(condition ?? "1")
                BEGIN SELECT RAISE(ABORT, 'injected failure'); END
                """)
        case .postgresql:
            try db.executeScript("""
                CREATE OR REPLACE FUNCTION injected_failure() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF \(condition ?? "true") THEN RAISE EXCEPTION 'injected failure'; END IF;
                    RETURN NEW;
                END $$;
                DROP TRIGGER IF EXISTS injected_failure ON \(table);
                CREATE TRIGGER injected_failure BEFORE INSERT ON \(table)
                FOR EACH ROW EXECUTE FUNCTION injected_failure();
                """)
        }
    }
}

extension SQLRow {
    /// Every value of the row, for comparing whole tables before and after.
    var valuesText: String { values.map { "\($0)" }.joined(separator: "|") }
}
