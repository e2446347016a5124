import GRDB

/// Records map camelCase properties to the schema's snake_case columns.
public protocol SnakeCaseRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {}

extension SnakeCaseRecord {
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
}
