import Foundation
import GRDB

/// Builds the conflict error for a row whose version moved on since it was read.
enum OptimisticLock {
    static func conflict(_ db: Database, table: String, id: Int64, record: String) throws -> StoreError {
        let row = try Row.fetchOne(db, sql: """
            SELECT t.updated_at, u.display_name, u.role FROM \(table) t
            LEFT JOIN staff_user u ON u.id = t.updated_by WHERE t.id = ?
            """, arguments: [id])
        guard let row else { return .notFound("\(record) no longer exists; it may have been removed") }
        let name: String? = row["display_name"]
        let role: String? = row["role"]
        let who = name.map { person in role.map { "\(person) (\($0))" } ?? person } ?? "another user"
        let when: Date = row["updated_at"] ?? Date()
        return .conflict(Conflict(record: record, changedBy: who, changedAt: when))
    }
}
