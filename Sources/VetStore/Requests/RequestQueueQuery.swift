import Foundation
import GRDB
import VetCore

/// The queue query: open requests by legal due date (an index on closed_on, due_on).
struct RequestQueueQuery {
    var filter: RequestQueueFilter
    var today: LocalDate
    static let dueSoonDays = 7

    func run(_ db: Database) throws -> [RequestQueueItem] {
        var request = DataRequest.all()
        if !filter.includeClosed { request = request.filter(Column("closed_on") == nil) }
        if filter.overdueOnly { request = request.filter(Column("due_on") < today) }
        if let days = filter.dueWithinDays { request = request.filter(Column("due_on") <= today.adding(days: days)) }
        if let status = filter.status { request = request.filter(Column("status") == status.rawValue) }
        if let clientID = filter.clientID { request = request.filter(Column("client_id") == clientID) }
        let rows = try request.order(Column("due_on"), Column("reference")).fetchAll(db)
        var clients: [Int64: String] = [:]
        let clientIDs = Set(rows.compactMap(\.clientId))
        for client in try Client.filter(ids: clientIDs).fetchAll(db) { if let id = client.id { clients[id] = client.listName } }
        var staff: [Int64: String] = [:]
        for user in try StaffUser.fetchAll(db) { if let id = user.id { staff[id] = user.displayName } }
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
