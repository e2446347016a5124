import Foundation
import VetSQL
import VetCore

/// A consultation's follow-up date as work to do: due, for a living pet, not yet booked.
public struct FollowUp: Hashable, Sendable {
    public var consultationID: Int64
    public var dueOn: LocalDate
    public var reason: String
    public var seenAt: Date
    public var vetID: Int64
    public var vetName: String
    public var clientID: Int64
    public var clientName: String
    public var petID: Int64
    public var petName: String
    public var siteID: Int64
}

extension AppDatabase {
    /// Follow-ups due on or before `through` (from `from`, when given) that no appointment
    /// holds yet, for living pets at home with the practice: at one site, or every site when
    /// `siteID` is nil. Audited as one view.
    public func followUps(from: LocalDate? = nil, through: LocalDate, siteID: Int64? = nil,
                          as user: StaffSession) throws -> [FollowUp] {
        let now = self.now
        return try perform(.viewDiary, as: user) { db in
            let found = try FollowUpQuery.due(db, from: from, through: through, siteID: siteID)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "view", recordType: "consultation",
                                  recordID: nil, clientID: nil, detail: "follow-ups due by \(through.iso), \(found.count)")
            return found
        }
    }
}

enum FollowUpQuery {
    static func due(_ db: any SQLConnection, from: LocalDate?, through: LocalDate, siteID: Int64?) throws -> [FollowUp] {
        var arguments: SQLArguments = [through]
        var filters = ""
        if let from { filters += " AND c.follow_up_on >= ?"; arguments.append(from) }
        if let siteID { filters += " AND c.site_id = ?"; arguments.append(siteID) }
        return try db.fetchAll("""
            SELECT c.id, c.follow_up_on, c.reason, c.seen_at, c.vet_id, c.site_id, u.display_name, p.id AS pet_id, p.name AS pet_name,
                   k.id AS client_id, k.first_name, k.last_name
            FROM consultation c JOIN pet p ON p.id = c.pet_id JOIN client k ON k.id = p.client_id
            JOIN staff_user u ON u.id = c.vet_id
            WHERE c.follow_up_on IS NOT NULL AND c.follow_up_on <= ?\(filters)
              AND p.status = 'active' AND k.status = 'active'
              AND NOT EXISTS (SELECT 1 FROM appointment a WHERE a.follow_up_of = c.id AND a.state <> 'cancelled')
              AND NOT EXISTS (SELECT 1 FROM consultation later WHERE later.pet_id = c.pet_id AND later.seen_at > c.seen_at)
            ORDER BY c.follow_up_on, c.id
            """, arguments).map { row in
            FollowUp(consultationID: try row.decode(Int64.self, "id"), dueOn: try row.decode(LocalDate.self, "follow_up_on"),
                     reason: try row.decode(String.self, "reason"), seenAt: try row.decode(Date.self, "seen_at"),
                     vetID: try row.decode(Int64.self, "vet_id"), vetName: try row.decode(String.self, "display_name"),
                     clientID: try row.decode(Int64.self, "client_id"),
                     clientName: "\(try row.decode(String.self, "first_name")) \(try row.decode(String.self, "last_name"))",
                     petID: try row.decode(Int64.self, "pet_id"), petName: try row.decode(String.self, "pet_name"),
                     siteID: try row.decode(Int64.self, "site_id"))
        }
    }
}
