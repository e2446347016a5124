import Foundation
import GRDB
import VetCore
@testable import VetStore

/// Demo practices in temporary files for the store tests, on a fixed "today".
enum DemoFixture {
    static let today = LocalDate(year: 2026, month: 3, day: 2) ?? LocalDate(daysSinceEpoch: 20_514)
    static let clock = FixedClock(date: today)

    /// A fresh, empty database file in its own temporary folder.
    static func emptyStore() throws -> AppDatabase {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vetdesk-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try AppDatabase(path: folder.appendingPathComponent("practice.sqlite").path, mode: .createIfMissing,
                               clock: clock)
    }

    /// A new demo practice that a test may change.
    static func practice(clients: Int = 120, seed: UInt64 = 7, region: PracticeRegion = .englandWales,
                         sites: Int = 1) throws -> AppDatabase {
        let store = try emptyStore()
        try DemoPractice.generate(into: store, clients: clients, seed: seed, region: region, sites: sites)
        return store
    }

    /// One 240-client practice shared by the tests that only read.
    static func shared() throws -> AppDatabase { try sharedPractice.get() }

    private static let sharedPractice = Result { try practice(clients: 240, seed: 7) }

    /// Every row of `table` as text, in row order, leaving out `excluding` columns.
    static func dump(_ store: AppDatabase, table: String, excluding: Set<String> = []) throws -> [String] {
        try rows(store, "SELECT * FROM \(table) ORDER BY rowid").map { row in
                row.columnNames.filter { !excluding.contains($0) }.map { "\(row[$0] as DatabaseValue)" }
                .joined(separator: "|")
        }
    }

    /// Rows of a query (rows are not Sendable, so this reads through the pool directly).
    static func rows(_ store: AppDatabase, _ sql: String) throws -> [Row] {
        try store.writer.read { db in try Row.fetchAll(db, sql: sql) }
    }

    static func values<T: DatabaseValueConvertible & Sendable>(_ store: AppDatabase, _ sql: String,
                                                               _ arguments: StatementArguments = []) throws -> [T] {
        try store.readFile { db in try T.fetchAll(db, sql: sql, arguments: arguments) }
    }

    static func value<T: DatabaseValueConvertible & Sendable>(_ store: AppDatabase, _ sql: String,
                                                              _ arguments: StatementArguments = []) throws -> T? {
        try store.readFile { db in try T.fetchOne(db, sql: sql, arguments: arguments) }
    }
}
