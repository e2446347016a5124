import Foundation
import Testing
@testable import VetSQL

/// The same statements give the same values on both engines.
@Suite("Both engines store and return the same values")
struct EngineRoundTripTests {
    static func createSample(_ db: any SQLConnection) throws {
        let t = db.dialect
        try db.executeScript("""
            CREATE TABLE sample (
                id \(t.autoIncrementPrimaryKey),
                whole \(t.type(.integer)),
                fraction \(t.type(.real)),
                words \(t.type(.text)) NOT NULL CHECK (length(words) > 0),
                bytes \(t.type(.blob)),
                at \(t.type(.text))
            );
            CREATE UNIQUE INDEX sample_words ON sample (words);
            """)
    }

    @Test("integers, reals, text in any script, bytes, instants and NULL come back unchanged",
          arguments: SQLDialect.allCases)
    func valuesRoundTrip(_ dialect: SQLDialect) throws {
        try TestEngines.with(dialect) { engine in
            let instant = Date(timeIntervalSince1970: 1_764_590_400.123)
            let stored: [SQLValue] = [.integer(Int64.max), .real(2.5), .text("Zoë 小明 'quoted' ?"),
                                      .blob(Data([0, 1, 254, 255])), instant.sqlValue]
            let id = try engine.write { db in
                try Self.createSample(db)
                return try db.fetchValue(Int64.self, """
                    INSERT INTO sample (whole, fraction, words, bytes, at) VALUES (?, ?, ?, ?, ?) RETURNING id
                    """, SQLArguments(stored))
            }
            let row = try #require(try engine.read { db in
                try db.fetchOne("SELECT whole, fraction, words, bytes, at FROM sample WHERE id = ?", [id])
            })
            #expect(row.values == stored)
            #expect(try row.decode(Date.self, "at") == Date(timeIntervalSince1970: 1_764_590_400.123))
            let nothing = try engine.read { db in
                try db.fetchValue(String.self, "SELECT bytes FROM sample WHERE words = 'absent'")
            }
            #expect(nothing == nil)
        }
    }

    @Test("sums of pence stay whole numbers (PostgreSQL sums BIGINT as NUMERIC)", arguments: SQLDialect.allCases)
    func sumsStayIntegers(_ dialect: SQLDialect) throws {
        try TestEngines.with(dialect) { engine in
            let total = try engine.write { db in
                try Self.createSample(db)
                for (index, pence) in [6840, 12_900, 1].enumerated() {
                    try db.execute("INSERT INTO sample (whole, words) VALUES (?, ?)", [pence, "line \(index)"])
                }
                return try db.fetchOne("SELECT SUM(whole) AS total FROM sample")?["total"]
            }
            #expect(total == .integer(19_741))
        }
    }

    @Test("a failed action leaves nothing behind", arguments: SQLDialect.allCases)
    func failedWriteRollsBack(_ dialect: SQLDialect) throws {
        try TestEngines.with(dialect) { engine in
            try engine.write { db in try Self.createSample(db) }
            #expect(throws: SQLFailure.self) {
                try engine.write { db in
                    try db.execute("INSERT INTO sample (words) VALUES (?)", ["kept?"])
                    try db.execute("INSERT INTO sample (words) VALUES (?)", ["kept?"])
                }
            }
            let count = try engine.read { db in try db.fetchValue(Int.self, "SELECT count(*) FROM sample") }
            #expect(count == 0)
        }
    }

    @Test("each broken rule is reported as its kind, naming the constraint", arguments: SQLDialect.allCases)
    func constraintFailuresAreSorted(_ dialect: SQLDialect) throws {
        try TestEngines.with(dialect) { engine in
            try engine.write { db in
                try Self.createSample(db)
                try db.execute("INSERT INTO sample (words) VALUES ('taken')")
            }
            func failure(_ sql: String) -> SQLFailure? {
                do {
                    try engine.write { db in try db.execute(sql) }
                    return nil
                } catch { return error as? SQLFailure }
            }
            #expect(failure("INSERT INTO sample (words) VALUES ('taken')")?.kind == .uniqueViolation)
            #expect(failure("INSERT INTO sample (words) VALUES ('')")?.kind == .checkViolation)
            #expect(failure("INSERT INTO sample (whole) VALUES (1)")?.kind == .notNullViolation)
        }
    }
}
