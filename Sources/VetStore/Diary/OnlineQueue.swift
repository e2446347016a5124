import Foundation
import VetSQL
import VetCore

/// One client waiting (or taken) in the online consultation queue, as the queue lists them.
public struct QueueLine: Hashable, Sendable {
    public var entry: QueueEntry
    public var clientName: String
    public var petName: String
    public var takenByName: String?
    /// Minutes waited so far, or until taken.
    public var waitMinutes: Int
}

/// The online (video and phone) consultation queue of a site. Clients join; a vet takes the
/// next; the wait from joining to being taken becomes the consultation's queue minutes.
extension AppDatabase {
    /// Puts a client's pet in the queue. Restriction needs a manager's override, as a booking does.
    @discardableResult
    public func joinQueue(clientID: Int64, petID: Int64, kind: ConsultationKind, reason: String,
                          overrideReason: String? = nil, as user: StaffSession) throws -> QueueEntry {
        guard kind.isOnline else { throw DiaryRules.invalid("kind", "kind: the queue is for video and phone consultations") }
        let why: String
        do { why = try TextRule.required(reason, field: "reason", maxLength: 200) } catch { throw StoreError.invalid(error) }
        let now = self.now
        return try perform(.bookAppointment, as: user) { db in
            let site = try Sites.working(db, for: user)
            let pet = try DiaryRules.checkPet(db, petID: petID, clientID: clientID)
            let client = try db.fetchRecord(Client.self, id: clientID).orThrow("client")
            try Restriction.check(client, action: "add them to the online queue", overrideReason: overrideReason,
                                  db: db, user: user, at: now)
            let waiting = try db.fetchValue(Int.self, "SELECT count(*) FROM queue_entry WHERE pet_id = ? AND state IN ('waiting', 'taken')",
                                            [petID]) ?? 0
            guard waiting == 0 else { throw StoreError.refused("\(pet.name) is already in the online queue") }
            var entry = QueueEntry(id: nil, siteId: site, clientId: clientID, petId: petID, kind: kind, reason: why,
                                   joinedAt: now, joinedBy: user.userID, state: .waiting, takenAt: nil, takenBy: nil,
                                   leftReason: nil, consultationId: nil, version: 1)
            entry.id = try db.insert(entry)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "join online queue", recordType: "queue_entry",
                                  recordID: entry.id, clientID: clientID, detail: "\(pet.name): \(why)")
            return entry
        }
    }

    /// The site's queue: those waiting, oldest first, then those with a vet. Audited as one view.
    public func onlineQueue(siteID: Int64? = nil, as user: StaffSession) throws -> [QueueLine] {
        let now = self.now
        return try perform(.viewDiary, as: user) { db in
            let site = try siteID ?? Sites.working(db, for: user)
            let lines = try OnlineQueueQuery.lines(db, siteID: site, now: now)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "view", recordType: "queue_entry",
                                  recordID: nil, clientID: nil, detail: "online queue, \(lines.count) waiting or with a vet")
            return lines
        }
    }

    /// The vet takes the client who has waited longest (or `entryID`); nil when nobody waits.
    /// Two vets taking at once get different clients.
    public func takeFromQueue(entryID: Int64? = nil, as user: StaffSession) throws -> QueueEntry? {
        let now = self.now
        return try perform(.logConsultation, as: user) { db in
            let site = try Sites.working(db, for: user)
            let next: QueueEntry?
            if let entryID {
                next = try db.fetchRecord(QueueEntry.self, id: entryID)
                guard let next, next.state == .waiting else {
                    throw StoreError.refused("that client is no longer waiting in the queue")
                }
            } else {
                next = try db.fetchRecord(QueueEntry.self, """
                    SELECT * FROM queue_entry WHERE site_id = ? AND state = 'waiting' ORDER BY joined_at, id LIMIT 1
                    """, [site])
            }
            guard var entry = next, let id = entry.id else { return nil }
            let changed = try db.execute("""
                UPDATE queue_entry SET state = 'taken', taken_at = ?, taken_by = ?, version = version + 1
                WHERE id = ? AND state = 'waiting'
                """, [now, user.userID, id])
            guard changed == 1 else { throw StoreError.refused("another vet has just taken that client; take the next") }
            entry.state = .taken
            entry.takenAt = now
            entry.takenBy = user.userID
            entry.version += 1
            try AuditTrail.record(db, at: now, userID: user.userID, action: "take from online queue", recordType: "queue_entry",
                                  recordID: id, clientID: entry.clientId, detail: "waited \(entry.waitMinutes(now: now)) min")
            return entry
        }
    }

    /// Takes a client out of the queue without a consultation (they rang off, went elsewhere).
    public func leaveQueue(entryID: Int64, reason: String, as user: StaffSession) throws {
        let why: String
        do { why = try TextRule.required(reason, field: "reason", maxLength: 200) } catch { throw StoreError.invalid(error) }
        let now = self.now
        try perform(.bookAppointment, as: user) { db in
            let entry = try db.fetchRecord(QueueEntry.self, id: entryID).orThrow("queue entry")
            let changed = try db.execute("""
                UPDATE queue_entry SET state = 'left', left_reason = ?, version = version + 1 WHERE id = ? AND state IN ('waiting', 'taken')
                """, [why, entryID])
            guard changed == 1 else { throw StoreError.refused("that client is no longer in the queue") }
            try AuditTrail.record(db, at: now, userID: user.userID, action: "leave online queue", recordType: "queue_entry",
                                  recordID: entryID, clientID: entry.clientId, detail: why)
        }
    }
}

enum OnlineQueueQuery {
    static func lines(_ db: any SQLConnection, siteID: Int64, now: Date) throws -> [QueueLine] {
        try db.fetchAll("""
            SELECT q.*, p.name AS pet_name, c.first_name, c.last_name, u.display_name AS taken_by_name FROM queue_entry q
            JOIN pet p ON p.id = q.pet_id JOIN client c ON c.id = q.client_id LEFT JOIN staff_user u ON u.id = q.taken_by
            WHERE q.site_id = ? AND q.state IN ('waiting', 'taken')
            ORDER BY CASE q.state WHEN 'waiting' THEN 0 ELSE 1 END, q.joined_at, q.id
            """, [siteID]).map { row in
            let entry = try row.decodeRecord(QueueEntry.self)
            return QueueLine(entry: entry,
                             clientName: "\(try row.decode(String.self, "first_name")) \(try row.decode(String.self, "last_name"))",
                             petName: try row.decode(String.self, "pet_name"),
                             takenByName: try row.decode(String?.self, "taken_by_name"),
                             waitMinutes: entry.waitMinutes(now: now))
        }
    }
}
