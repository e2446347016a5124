import GRDB
import VetSQL

/// Records map camelCase properties to the schema's snake_case columns, through GRDB's record
/// protocols and through the engine layer's (`SQLRecord`), which both engines share.
public protocol SnakeCaseRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable, SQLRecord {}

extension SnakeCaseRecord {
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
}

extension SnakeCaseRecord {
    public static var tableName: String { databaseTableName }
}
