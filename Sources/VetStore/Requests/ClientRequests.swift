import Foundation
import VetCore

/// One data-protection request as anyone who may view the client sees it on the record: enough
/// for the front desk to act on it (no marketing to someone who objected, no edit while a
/// rectification is open) without the case work, notes or requester details, which stay with
/// the practice manager working the queue.
public struct ClientRequestLine: Hashable, Sendable, Codable {
    public var reference: String
    public var kinds: String
    public var due: LocalDate
    public var status: RequestStatus
}

extension AppDatabase {
    /// The requests linked to a client, open ones first (soonest due), then closed ones, for
    /// anyone who may view the client. Read alongside the record, whose view is what is audited.
    public func clientRequests(clientID: Int64, as user: StaffSession) throws -> [ClientRequestLine] {
        try user.require(.viewClient)
        return try read { db in
            try db.fetchRecords(DataRequest.self, """
                SELECT * FROM dsr_request WHERE client_id = ?
                ORDER BY CASE WHEN closed_on IS NULL THEN 0 ELSE 1 END, due_on, reference
                """, [clientID])
                .map { ClientRequestLine(reference: $0.reference, kinds: $0.kindsText, due: $0.dueOn, status: $0.status) }
        }
    }
}
