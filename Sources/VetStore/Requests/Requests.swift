import Foundation
import VetSQL
import VetCore

/// Logging a data-protection request and reading it back with its clock explained.
extension AppDatabase {
    /// Logs a request with the next never-reused reference `DSR-YYYY-NNNN` and its first due date.
    @discardableResult
    public func logRequest(_ new: NewRequest, as user: StaffSession) throws -> DataRequest {
        let now = self.now
        let today = self.today
        try new.validate(today: today)
        return try perform(.logRequest, as: user) { db in
            if let clientID = new.clientID { _ = try db.fetchRecord(Client.self, id: clientID).orThrow("client") }
            var request = DataRequest(
                id: nil, reference: try RequestReference.next(db, year: new.receivedOn.year),
                kinds: RequestKind.allCases.filter(new.kinds.contains).map(\.rawValue).joined(separator: ","),
                requesterName: new.requesterName.trimmingCharacters(in: .whitespaces),
                requesterContact: new.requesterContact.trimmingCharacters(in: .whitespaces),
                onBehalfOfClient: new.onBehalfOfClient, authorityNote: new.authorityNote, clientId: new.clientID,
                channel: new.channel, receivedOn: new.receivedOn, extended: false, status: .received,
                notes: new.notes, relevantTime: new.receivedOn, pausedDays: 0, dueOn: new.receivedOn,
                targetOn: new.receivedOn, extensionNoticeBy: new.receivedOn, createdAt: now, version: 1,
                updatedAt: now, updatedBy: user.userID)
            RequestClock.apply(try RequestClock.compute(db, request: request, today: today), to: &request)
            request.id = try db.insert(request)
            try RequestHistory.append(db, request: request, what: "Logged \(request.kindsText) request received by "
                + "\(new.channel.displayName.lowercased()) on \(new.receivedOn.long)", at: now, by: user.userID)
            return request
        }
    }

    /// A request by id, with its pauses, history and the clock's step-by-step explanation.
    public func requestDetail(id: Int64) throws -> RequestDetail {
        let today = self.today
        return try read { db in
            try RequestDetail.fetch(db, request: try db.fetchRecord(DataRequest.self, id: id).orThrow("request"), today: today)
        }
    }

    /// A request by its reference (`DSR-2026-0007`), case-insensitive.
    public func requestDetail(reference: String) throws -> RequestDetail {
        let today = self.today
        return try read { db in
            guard let request = try db.fetchRecord(DataRequest.self, "SELECT * FROM dsr_request WHERE reference = ?",
                                                   [reference.uppercased()]) else {
                throw StoreError.notFound("there is no request \(reference)")
            }
            return try RequestDetail.fetch(db, request: request, today: today)
        }
    }

    /// The queue, soonest legal due date first, with overdue and due-within-7-days marked.
    public func requestQueue(_ filter: RequestQueueFilter = RequestQueueFilter()) throws -> [RequestQueueItem] {
        let today = self.today
        return try read { db in try RequestQueueQuery(filter: filter, today: today).run(db) }
    }
}

/// Everything the request detail screen shows.
public struct RequestDetail: Sendable {
    public var request: DataRequest
    public var clientName: String?
    public var assigneeName: String?
    public var pauses: [RequestPause]
    public var events: [(event: RequestEvent, by: String)]
    public var clock: DeadlineResult
    public var daysLeft: Int

    static func fetch(_ db: any SQLConnection, request: DataRequest, today: LocalDate) throws -> RequestDetail {
        let clientName = try request.clientId.flatMap { try db.fetchRecord(Client.self, id: $0)?.fullName }
        let assignee = try request.assigneeId.flatMap { try db.fetchRecord(StaffUser.self, id: $0)?.displayName }
        let events = try db.fetchRecords(RequestEvent.self, "SELECT * FROM dsr_event WHERE request_id = ? ORDER BY at, id",
                                         [request.id])
        var names: [Int64: String] = [:]
        for user in try db.fetchRecords(StaffUser.self, "SELECT * FROM staff_user") {
            if let id = user.id { names[id] = user.displayName }
        }
        return RequestDetail(request: request, clientName: clientName, assigneeName: assignee,
                             pauses: try RequestClock.pauses(db, requestID: request.id),
                             events: events.map { ($0, names[$0.by] ?? "unknown user") },
                             clock: try RequestClock.compute(db, request: request, today: today),
                             daysLeft: today.days(until: request.dueOn))
    }
}

enum RequestReference {
    /// The next number for `year`, from a counter that only ever rises: references are never reused.
    static func next(_ db: any SQLConnection, year: Int) throws -> String {
        try db.execute("""
            INSERT INTO dsr_sequence(year, last_number) VALUES (?, 1)
            ON CONFLICT(year) DO UPDATE SET last_number = dsr_sequence.last_number + 1
            """, [year])
        let number = try db.fetchValue(Int.self, "SELECT last_number FROM dsr_sequence WHERE year = ?", [year]) ?? 1
        let digits = String(number)
        return "DSR-\(year)-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

enum RequestHistory {
    static func append(_ db: any SQLConnection, request: DataRequest, what: String, at now: Date, by userID: Int64) throws {
        let id = try request.id.orThrow("request")
        try db.insert(RequestEvent(id: nil, requestId: id, at: now, by: userID, what: what, dueOn: request.dueOn))
        try AuditTrail.record(db, at: now, userID: userID, action: "request: \(what)", recordType: "dsr_request",
                              recordID: id, clientID: request.clientId)
    }
}
