import Foundation
import GRDB
import VetSQL
import VetCore

/// One audit entry as the manager reads it: who did what to which record, with names joined in.
public struct AuditRow: Hashable, Sendable {
    public var id: Int64
    public var at: Date
    public var userID: Int64?
    /// The member of staff's display name; nil for work done from the command line.
    public var userName: String?
    public var action: String
    public var recordType: String
    public var recordID: Int64?
    public var clientID: Int64?
    /// "Ó Briain, Zoë"; nil when the entry concerns no client.
    public var clientName: String?
    public var detail: String

    /// "client #12", "staff_user #3", "practice".
    public var recordLabel: String {
        recordID.map { "\(recordType) #\($0)" } ?? recordType
    }
}

extension AppDatabase {
    /// The audit trail, newest first, narrowed by user, client and an inclusive range of practice
    /// dates. A client or user filter reads the `(client_id, at)` or `(user_id, at)` index, so
    /// the answer stays fast however long the trail grows. Managers only.
    public func auditTrail(userID: Int64? = nil, clientID: Int64? = nil, from: LocalDate? = nil, to: LocalDate? = nil,
                           limit: Int = 500, as user: StaffSession) throws -> [AuditRow] {
        try user.require(.viewAudit)
        let zone = clock.timeZone
        let query = AuditQuery(userID: userID, clientID: clientID, from: from?.instant(hour: 0, in: zone),
                               before: to?.adding(days: 1).instant(hour: 0, in: zone), limit: max(0, limit))
        return try read { db in try query.fetch(db) }
    }
}

/// The SQL behind `auditTrail`, kept apart so a test can check its query plan.
struct AuditQuery: Sendable {
    var userID: Int64?
    var clientID: Int64?
    var from: Date?
    var before: Date?
    var limit: Int

    var sql: String {
        var conditions: [String] = []
        if clientID != nil { conditions.append("a.client_id = ?") }
        if userID != nil { conditions.append("a.user_id = ?") }
        if from != nil { conditions.append("a.at >= ?") }
        if before != nil { conditions.append("a.at < ?") }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        // Unfiltered, the rowid order is the append order, which needs no index at all.
        let order = clientID == nil && userID == nil ? "a.id DESC" : "a.at DESC, a.id DESC"
        return """
            SELECT a.id, a.at, a.user_id, a.action, a.record_type, a.record_id, a.client_id, a.detail,
                   u.display_name AS user_name, c.first_name, c.last_name
            FROM audit_entry a
            LEFT JOIN staff_user u ON u.id = a.user_id
            LEFT JOIN client c ON c.id = a.client_id
            \(filter)
            ORDER BY \(order)
            LIMIT ?
            """
    }

    var values: SQLArguments {
        var values = SQLArguments()
        if let clientID { values.append(clientID) }
        if let userID { values.append(userID) }
        if let from { values.append(from) }
        if let before { values.append(before) }
        values.append(limit)
        return values
    }

    /// The same values for GRDB, which checks the query plan.
    var arguments: StatementArguments { SQLiteConnection.bound(values) }

    func fetch(_ db: any SQLConnection) throws -> [AuditRow] {
        try db.fetchAll(sql, values).map { row in
            let first = try row.decode(String?.self, "first_name")
            let last = try row.decode(String?.self, "last_name")
            let clientName = last.map { last in first.map { "\(last), \($0)" } ?? last }
            return AuditRow(id: try row.decode(Int64.self, "id"), at: try row.decode(Date.self, "at"),
                            userID: try row.decode(Int64?.self, "user_id"), userName: try row.decode(String?.self, "user_name"),
                            action: try row.decode(String.self, "action"), recordType: try row.decode(String.self, "record_type"),
                            recordID: try row.decode(Int64?.self, "record_id"), clientID: try row.decode(Int64?.self, "client_id"),
                            clientName: clientName, detail: try row.decode(String.self, "detail"))
        }
    }
}
