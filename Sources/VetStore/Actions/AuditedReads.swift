import Foundation
import VetSQL
import VetCore

/// Reads that show personal data to a logged-in person, each writing its audit entries in the same
/// transaction: if the entry cannot be written, nothing is shown.
extension AppDatabase {
    /// The front-desk search for someone who will read every line of it (the command line): each
    /// client listed gets the same "view" entry as opening their record.
    public func search(_ text: String, limit: Int, as user: StaffSession) throws -> [SearchHit] {
        try searchResults(text, limit: limit, as: user).hits
    }

    /// `search(_:limit:as:)` with how many clients matched in all; only those listed are audited.
    public func searchResults(_ text: String, limit: Int, as user: StaffSession) throws -> SearchResults {
        let now = self.now
        return try perform(.viewClient, as: user) { db in
            let results = try ClientSearch(text: text, limit: limit).run(db)
            for hit in results.hits {
                try Self.recordClientView(db, clientID: hit.clientID, user: user, at: now, detail: "listed by search")
            }
            return results
        }
    }

    /// The request queue for the person working it, audited as one view of the queue.
    public func requestQueue(_ filter: RequestQueueFilter, as user: StaffSession) throws -> [RequestQueueItem] {
        let now = self.now
        let today = self.today
        return try perform(.workRequest, as: user) { db in
            let items = try RequestQueueQuery(filter: filter, today: today).run(db)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "view", recordType: "dsr_request",
                                  recordID: nil, clientID: nil, detail: "request queue, \(items.count) requests")
            return items
        }
    }

    /// The one "viewed this client" entry, written wherever a person is shown a client's details.
    static func recordClientView(_ db: any SQLConnection, clientID: Int64, user: StaffSession, at now: Date,
                                 detail: String = "") throws {
        try AuditTrail.record(db, at: now, userID: user.userID, action: "view", recordType: "client",
                              recordID: clientID, clientID: clientID, detail: detail)
    }

}
