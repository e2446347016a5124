import Foundation
import VetSQL
import VetCore

/// The queue query: open requests by legal due date (an index on closed_on, due_on).
struct RequestQueueQuery {
    var filter: RequestQueueFilter
    var today: LocalDate
    static let dueSoonDays = 7

    func run(_ db: any SQLConnection) throws -> [RequestQueueItem] {
        var conditions: [String] = []
        var arguments = SQLArguments()
        if !filter.includeClosed { conditions.append("closed_on IS NULL") }
        if filter.overdueOnly { conditions.append("due_on < ?"); arguments.append(today) }
        if let days = filter.dueWithinDays { conditions.append("due_on <= ?"); arguments.append(today.adding(days: days)) }
        if let status = filter.status { conditions.append("status = ?"); arguments.append(status.rawValue) }
        if let clientID = filter.clientID { conditions.append("client_id = ?"); arguments.append(clientID) }
        let filtering = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let rows = try db.fetchRecords(DataRequest.self, "SELECT * FROM dsr_request\(filtering) ORDER BY due_on, reference",
                                       arguments)
        var clients: [Int64: String] = [:]
        let clientIDs = Array(Set(rows.compactMap(\.clientId)))
        if !clientIDs.isEmpty {
            for client in try db.fetchRecords(Client.self, """
                SELECT * FROM client WHERE id IN (\(SQLList.placeholders(clientIDs.count)))
                """, SQLArguments(clientIDs)) {
                if let id = client.id { clients[id] = client.listName }
            }
        }
        var staff: [Int64: String] = [:]
        for user in try db.fetchRecords(StaffUser.self, "SELECT * FROM staff_user") {
            if let id = user.id { staff[id] = user.displayName }
        }
        return rows.compactMap { row -> RequestQueueItem? in
            guard let id = row.id else { return nil }
            if let kind = filter.kind, !row.kindList.contains(kind) { return nil }
            let daysLeft = today.days(until: row.dueOn)
            let urgency: RequestQueueItem.Urgency = row.closedOn != nil ? .closed
                : daysLeft < 0 ? .overdue : daysLeft <= Self.dueSoonDays ? .dueSoon : .onTrack
            return RequestQueueItem(id: id, reference: row.reference, kinds: row.kindsText,
                                    client: row.clientId.flatMap { clients[$0] } ?? "\(row.requesterName) (not yet identified)",
                                    received: row.receivedOn, due: row.dueOn, daysLeft: daysLeft, status: row.status,
                                    urgency: urgency, assignee: row.assigneeId.flatMap { staff[$0] })
        }
    }
}
