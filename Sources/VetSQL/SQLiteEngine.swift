import Foundation
import GRDB

/// The embedded engine: one SQLite file through GRDB, WAL readers beside one writer.
public final class SQLiteEngine: SQLEngine {
    public let writer: any DatabaseWriter
    public var dialect: SQLDialect { .sqlite }

    public init(writer: any DatabaseWriter) {
        self.writer = writer
    }

    public func read<T: Sendable>(_ body: @Sendable (any SQLConnection) throws -> T) throws -> T {
        try Self.mapped { try writer.read { db in try body(SQLiteConnection(db)) } }
    }

    @discardableResult
    public func write<T: Sendable>(_ body: @Sendable (any SQLConnection) throws -> T) throws -> T {
        try Self.mapped { try writer.write { db in try body(SQLiteConnection(db)) } }
    }

    @discardableResult
    public func bulkWrite<T: Sendable>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try Self.mapped { try writer.write { db in try body(SQLiteConnection(db)) } }
    }

    @discardableResult
    public func withoutTransaction<T: Sendable>(_ body: @Sendable (any SQLConnection) throws -> T) throws -> T {
        try Self.mapped { try writer.writeWithoutTransaction { db in try body(SQLiteConnection(db)) } }
    }

    public func close() throws {
        try Self.mapped { try writer.close() }
    }

    /// Lets the store's own errors through and sorts SQLite's.
    static func mapped<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as DatabaseError { throw SQLiteFailures.sorted(error) }
    }
}

/// A GRDB connection seen through the engine-neutral interface.
public struct SQLiteConnection: SQLConnection {
    public let db: Database
    public var dialect: SQLDialect { .sqlite }

    public init(_ db: Database) { self.db = db }

    @discardableResult
    public func execute(_ sql: String, _ arguments: SQLArguments) throws -> Int {
        do {
            let statement = try db.cachedStatement(sql: sql)
            try statement.execute(arguments: Self.bound(arguments))
            return db.changesCount
        } catch let error as DatabaseError { throw SQLiteFailures.sorted(error) }
    }

    public func fetchAll(_ sql: String, _ arguments: SQLArguments) throws -> [SQLRow] {
        do {
            let statement = try db.cachedStatement(sql: sql)
            let columns = SQLColumns(statement.columnNames)
            let cursor = try Row.fetchCursor(statement, arguments: Self.bound(arguments))
            var rows: [SQLRow] = []
            while let row = try cursor.next() {
                rows.append(SQLRow(columns: columns, values: row.databaseValues.map(Self.value)))
            }
            return rows
        } catch let error as DatabaseError { throw SQLiteFailures.sorted(error) }
    }

    public func executeScript(_ sql: String) throws {
        do { try db.execute(sql: sql) } catch let error as DatabaseError { throw SQLiteFailures.sorted(error) }
    }

    /// The arguments in GRDB's form (also for the store's SQLite-only query-plan checks).
    public static func bound(_ arguments: SQLArguments) -> StatementArguments {
        StatementArguments(arguments.values.map { value -> DatabaseValue in
            switch value {
            case .null: .null
            case .integer(let number): number.databaseValue
            case .real(let number): number.databaseValue
            case .text(let text): text.databaseValue
            case .blob(let data): data.databaseValue
            }
        })
    }

    static func value(_ stored: DatabaseValue) -> SQLValue {
        switch stored.storage {
        case .null: .null
        case .int64(let number): .integer(number)
        case .double(let number): .real(number)
        case .string(let text): .text(text)
        case .blob(let data): .blob(data)
        }
    }
}

enum SQLiteFailures {
    static func sorted(_ error: DatabaseError) -> SQLFailure {
        let message = error.message ?? "\(error)"
        let kind: SQLFailure.Kind = switch error.extendedResultCode {
        case .SQLITE_CONSTRAINT_UNIQUE, .SQLITE_CONSTRAINT_PRIMARYKEY: .uniqueViolation
        case .SQLITE_CONSTRAINT_FOREIGNKEY: .foreignKeyViolation
        case .SQLITE_CONSTRAINT_CHECK: .checkViolation
        case .SQLITE_CONSTRAINT_NOTNULL: .notNullViolation
        case .SQLITE_CONSTRAINT_TRIGGER: .refusedByTrigger
        default:
            switch error.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED: .busy
            case .SQLITE_READONLY: .readOnly
            case .SQLITE_CONSTRAINT: .refusedByTrigger
            default: .other
            }
        }
        return SQLFailure(kind, message, constraint: constraintName(message))
    }

    /// "CHECK constraint failed: client_status" → "client_status".
    static func constraintName(_ message: String) -> String? {
        guard let range = message.range(of: "constraint failed: ") else { return nil }
        return String(message[range.upperBound...])
    }
}
