import Foundation
import GRDB
import VetSQL
import VetCore

/// Calendar dates are stored as `YYYY-MM-DD` text, so SQL can compare and sort them.
extension LocalDate: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { iso.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> LocalDate? {
        String.fromDatabaseValue(dbValue).flatMap { LocalDate(storedISO: $0) }
    }
}

/// Money is stored as integer pence.
extension Pence: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { value.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Pence? {
        Int.fromDatabaseValue(dbValue).map { Pence($0) }
    }
}

extension LocalDate: SQLValueConvertible {
    public var sqlValue: SQLValue { .text(iso) }
    public static func fromSQL(_ value: SQLValue) -> LocalDate? {
        String.fromSQL(value).flatMap { LocalDate(storedISO: $0) }
    }
}

extension Pence: SQLValueConvertible {
    public var sqlValue: SQLValue { .integer(Int64(value)) }
    public static func fromSQL(_ value: SQLValue) -> Pence? { Int.fromSQL(value).map { Pence($0) } }
}
