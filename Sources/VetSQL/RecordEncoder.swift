/// Encodes a record into its columns, in property order.
struct RecordEncoder {
    struct Column {
        let name: String
        let value: SQLValue
    }

    static func columns<R: Encodable>(of record: R) throws -> [Column] {
        let storage = ColumnStorage()
        try record.encode(to: RowEncoder(storage: storage))
        return storage.columns
    }
}

private final class ColumnStorage {
    var columns: [RecordEncoder.Column] = []
}

private struct RowEncoder: Encoder {
    let storage: ColumnStorage
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(ColumnContainer<Key>(storage: storage))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        preconditionFailure("a record encodes as named columns")
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        preconditionFailure("a record encodes as named columns")
    }
}

private struct ColumnContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let storage: ColumnStorage
    var codingPath: [any CodingKey] { [] }

    private func add(_ key: Key, _ value: SQLValue) {
        storage.columns.append(.init(name: ColumnName.snakeCase(key.stringValue), value: value))
    }

    mutating func encodeNil(forKey key: Key) throws { add(key, .null) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        guard let convertible = value as? any SQLValueConvertible else {
            throw EncodingError.invalidValue(value, .init(codingPath: [key],
                debugDescription: "\(T.self) has no stored form; make it SQLValueConvertible"))
        }
        add(key, convertible.sqlValue)
    }

    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        guard let value else { return add(key, .null) }
        try encode(value, forKey: key)
    }

    // The standard library's defaults for these skip a nil value; a record stores it as NULL,
    // so that an update clears the column.
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { add(key, value.sqlValue) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { add(key, value.sqlValue) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { add(key, value.sqlValue) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { add(key, value.map(Double.init).sqlValue) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { add(key, value.sqlValue) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { add(key, value.map(Int64.init).sqlValue) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { add(key, value.map(Int64.init).sqlValue) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { add(key, value.map(Int64.init).sqlValue) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { add(key, value.sqlValue) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws {
        add(key, try value.map { try Self.whole($0, key) }.sqlValue)
    }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { add(key, value.map(Int64.init).sqlValue) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { add(key, value.map(Int64.init).sqlValue) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { add(key, value.map(Int64.init).sqlValue) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws {
        add(key, try value.map { try Self.whole($0, key) }.sqlValue)
    }

    /// An unsigned value as the signed 64-bit integer both engines store, refusing one too large.
    private static func whole<U: BinaryInteger>(_ value: U, _ key: Key) throws -> Int64 {
        guard let whole = Int64(exactly: value) else {
            throw EncodingError.invalidValue(value, .init(codingPath: [key], debugDescription: "too large to store"))
        }
        return whole
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        preconditionFailure("records are flat: \(key.stringValue) cannot nest")
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        preconditionFailure("records are flat: \(key.stringValue) cannot nest")
    }

    mutating func superEncoder() -> any Encoder { RowEncoder(storage: storage) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { RowEncoder(storage: storage) }
}
