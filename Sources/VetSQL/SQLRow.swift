/// The column names of one result, shared by all of its rows.
public final class SQLColumns: Sendable {
    public let names: [String]
    private let positions: [String: Int]

    public init(_ names: [String]) {
        self.names = names
        var positions: [String: Int] = [:]
        for (position, name) in names.enumerated() where positions[name.lowercased()] == nil {
            positions[name.lowercased()] = position
        }
        self.positions = positions
    }

    func position(of name: String) -> Int? { positions[name] ?? positions[name.lowercased()] }
}

/// One row of a result, read by column name or position.
public struct SQLRow: Sendable {
    public let columns: SQLColumns
    public let values: [SQLValue]

    public init(columns: SQLColumns, values: [SQLValue]) {
        self.columns = columns
        self.values = values
    }

    /// The value of a named column; `.null` when the result has no such column.
    public subscript(_ column: String) -> SQLValue {
        columns.position(of: column).map { values[$0] } ?? .null
    }

    public subscript(_ position: Int) -> SQLValue { values[position] }

    public func hasColumn(_ column: String) -> Bool { columns.position(of: column) != nil }

    /// The named column as `T`, failing with the column's name when it holds something else.
    public func decode<T: SQLValueConvertible>(_ type: T.Type = T.self, _ column: String) throws -> T {
        guard let position = columns.position(of: column) else {
            throw SQLFailure(.decoding, "the result has no column \(column)")
        }
        return try Self.convert(values[position], to: T.self, column: column)
    }

    public func decode<T: SQLValueConvertible>(_ type: T.Type = T.self, at position: Int) throws -> T {
        try Self.convert(values[position], to: T.self, column: columns.names[position])
    }

    static func convert<T: SQLValueConvertible>(_ value: SQLValue, to type: T.Type, column: String) throws -> T {
        guard let converted = T.fromSQL(value) else {
            throw SQLFailure(.decoding, "column \(column) holds \(value.kindName), not \(T.self)")
        }
        return converted
    }
}

extension SQLValue {
    var kindName: String {
        switch self {
        case .null: "NULL"
        case .integer: "an integer"
        case .real: "a real number"
        case .text: "text"
        case .blob: "a blob"
        }
    }
}

/// The arguments bound to a statement's `?` placeholders, in order.
public struct SQLArguments: Sendable, ExpressibleByArrayLiteral {
    public var values: [SQLValue]

    public init(_ values: [SQLValue] = []) { self.values = values }

    /// A bare `nil` in the list is bound as NULL.
    public init(arrayLiteral elements: (any SQLValueConvertible)?...) {
        values = elements.map { $0?.sqlValue ?? .null }
    }

    public init(_ elements: [any SQLValueConvertible]) {
        values = elements.map(\.sqlValue)
    }

    public mutating func append(_ value: any SQLValueConvertible) { values.append(value.sqlValue) }

    public static func + (lhs: SQLArguments, rhs: SQLArguments) -> SQLArguments {
        SQLArguments(lhs.values + rhs.values)
    }
}
