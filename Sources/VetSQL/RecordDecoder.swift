/// Decodes a record from a row, reading each property from its snake_case column.
enum RecordDecoder {
    static func decode<R: Decodable>(_ type: R.Type, from row: SQLRow) throws -> R {
        try R(from: RowDecoder(row: row))
    }
}

private struct RowDecoder: Decoder {
    let row: SQLRow
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(ColumnReader<Key>(row: row))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Any].self, .init(codingPath: [], debugDescription: "a row has named columns"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(Any.self, .init(codingPath: [], debugDescription: "a row has named columns"))
    }
}

private struct ColumnReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let row: SQLRow
    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] { row.columns.names.compactMap { Key(stringValue: $0) } }

    private func value(_ key: Key) -> SQLValue { row[ColumnName.snakeCase(key.stringValue)] }

    func contains(_ key: Key) -> Bool { row.hasColumn(ColumnName.snakeCase(key.stringValue)) }

    func decodeNil(forKey key: Key) throws -> Bool { value(key).isNull }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let column = ColumnName.snakeCase(key.stringValue)
        guard let convertible = T.self as? any SQLValueConvertible.Type else {
            throw DecodingError.typeMismatch(T.self, .init(codingPath: [key],
                debugDescription: "\(T.self) has no stored form; make it SQLValueConvertible"))
        }
        guard let decoded = convertible.fromSQL(row[column]) as? T else {
            throw SQLFailure(.decoding, "column \(column) holds \(row[column].kindName), not \(T.self)")
        }
        return decoded
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        if value(key).isNull { return nil }
        return try decode(T.self, forKey: key)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type,
                                               forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        throw DecodingError.typeMismatch(type, .init(codingPath: [key], debugDescription: "records are flat"))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Any].self, .init(codingPath: [key], debugDescription: "records are flat"))
    }

    func superDecoder() throws -> any Decoder { RowDecoder(row: row) }
    func superDecoder(forKey key: Key) throws -> any Decoder { RowDecoder(row: row) }
}
