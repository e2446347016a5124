import Foundation
import VetSQL

/// Optimistic locking for the money and clinical tables: a save moves the row's version on
/// only if nobody else has, so a stale save is refused, never silently applied.
enum Versioning {
    /// Moves `table` row `id` from `expectedVersion` to the next, stamping who and when;
    /// throws the conflict naming who changed it otherwise. Returns the new version.
    @discardableResult
    static func advance(_ db: any SQLConnection, table: String, id: Int64, expectedVersion: Int, at now: Date,
                        by userID: Int64, record: String) throws -> Int {
        let changed = try db.execute("""
            UPDATE \(table) SET version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?
            """, [now, userID, id, expectedVersion])
        if changed == 0 {
            throw try OptimisticLock.conflict(db, table: table, id: id, record: record)
        }
        return expectedVersion + 1
    }
}
