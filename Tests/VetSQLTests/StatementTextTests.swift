import Foundation
import GRDB
import Testing
@testable import VetSQL

@Suite("Statement text and stored instants")
struct StatementTextTests {
    @Test("placeholders are numbered for PostgreSQL, except inside quotes and comments")
    func placeholderNumbering() {
        #expect(SQLDialect.postgresql.prepared("SELECT * FROM t WHERE a = ? AND b = '?' AND c = ? -- d = ?\nAND e = ?")
                == "SELECT * FROM t WHERE a = $1 AND b = '?' AND c = $2 -- d = ?\nAND e = $3")
        #expect(SQLDialect.postgresql.prepared("SELECT \"odd?\" FROM t WHERE x = 'it''s ?' OR y = ?")
                == "SELECT \"odd?\" FROM t WHERE x = 'it''s ?' OR y = $1")
        #expect(SQLDialect.sqlite.prepared("SELECT ?") == "SELECT ?")
    }

    @Test("a script splits at top-level semicolons, keeping function bodies whole")
    func scriptSplitting() {
        let statements = SQLScript.statements("""
            CREATE TABLE a (x TEXT DEFAULT ';'); -- a comment; with a semicolon
            CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'no; never'; END; $$ LANGUAGE plpgsql;
            CREATE TABLE b (y TEXT);
            """)
        #expect(statements.count == 3)
        #expect(statements[1].hasSuffix("$$ LANGUAGE plpgsql"))
        #expect(statements[1].contains("RAISE EXCEPTION 'no; never'; END;"))
    }

    @Test("instants are written exactly as GRDB always wrote them, and read back")
    func instantsMatchGRDB() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let milliseconds = Int64.random(in: -2_208_988_800_000...7_258_118_400_000, using: &generator)
            let date = Date(timeIntervalSince1970: Double(milliseconds) / 1000)
            let ours = StoredInstant.format(date)
            #expect(ours == String.fromDatabaseValue(date.databaseValue), "\(milliseconds)")
            let back = try #require(StoredInstant.parse(ours))
            #expect(abs(back.timeIntervalSince(date)) < 0.0005)
        }
        #expect(StoredInstant.parse("2026-12-01 14:05") == StoredInstant.parse("2026-12-01T14:05:00"))
        #expect(StoredInstant.parse("2026-13-01 14:05:00") == nil)
        #expect(StoredInstant.parse("yesterday") == nil)
    }
}
