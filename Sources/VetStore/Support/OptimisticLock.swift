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

/// A record edited under optimistic locking: each save moves its version on and stamps who and when.
protocol VersionedRecord: SQLRecord {
    var version: Int { get set }
    var updatedAt: Date { get set }
    var updatedBy: Int64? { get set }
}

extension Site: VersionedRecord {}
extension Appointment: VersionedRecord {}
extension DataBreach: VersionedRecord {}

extension OptimisticLock {
    /// How a versioned change names its record: when it is missing, in a conflict, and in the audit trail.
    struct Naming<R: VersionedRecord>: Sendable {
        /// "there is no site numbered 4".
        var missing: String
        /// "Site Harbour Vets", for the conflict that says who changed it and when.
        var conflict: @Sendable (R) -> String
        /// The audit entry's record type and client, if the record is one client's.
        var auditType: String
        var clientID: @Sendable (R) -> Int64? = { _ in nil }
    }

    /// One versioned change inside a write: fetches record `id`, refuses a stale `expectedVersion`
    /// naming who changed it and when, applies `change` (which returns the audit detail), moves
    /// the version on, stamps `user` and `now`, writes it back and records one audit entry.
    static func change<R: VersionedRecord>(_ db: any SQLConnection, _ type: R.Type, id: Int64, expectedVersion: Int,
                                          user: StaffSession, at now: Date, action: String, naming: Naming<R>,
                                          _ change: (any SQLConnection, inout R) throws -> String) throws -> R {
        guard var record = try db.fetchRecord(R.self, id: id) else { throw StoreError.notFound(naming.missing) }
        guard record.version == expectedVersion else {
            throw try conflict(db, table: R.tableName, id: id, record: naming.conflict(record))
        }
        let detail = try change(db, &record)
        record.version += 1
        record.updatedAt = now
        record.updatedBy = user.userID
        try db.update(record, id: id)
        try AuditTrail.record(db, at: now, userID: user.userID, action: action, recordType: naming.auditType,
                              recordID: id, clientID: naming.clientID(record), detail: detail)
        return record
    }
}
