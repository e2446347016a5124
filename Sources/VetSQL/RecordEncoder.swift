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
