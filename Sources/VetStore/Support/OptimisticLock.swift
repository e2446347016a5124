import Foundation
import VetSQL

/// Builds the conflict error for a row whose version moved on since it was read.
enum OptimisticLock {
    static func conflict(_ db: any SQLConnection, table: String, id: Int64, record: String) throws -> StoreError {
        let row = try db.fetchOne("""
            SELECT t.updated_at, u.display_name, u.role FROM \(table) t
            LEFT JOIN staff_user u ON u.id = t.updated_by WHERE t.id = ?
            """, [id])
        guard let row else { return .notFound("\(record) no longer exists; it may have been removed") }
        let name = try row.decode(String?.self, "display_name")
        let role = try row.decode(String?.self, "role")
        let who = name.map { person in role.map { "\(person) (\($0))" } ?? person } ?? "another user"
        let when = try row.decode(Date?.self, "updated_at") ?? Date()
        return .conflict(Conflict(record: record, changedBy: who, changedAt: when))
    }

}
