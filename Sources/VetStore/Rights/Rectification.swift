import Foundation
import VetSQL
import VetCore

/// What a rectification changed and who must now be told.
public struct RectificationResult: Sendable {
    public var client: Client
    /// Each changed field with its old and new value.
    public var changes: [ClientChange]
    /// Every disclosure, before the change, that carried contact details: those recipients hold the old value.
    public var recipientsToTell: [Disclosure]
}

/// The right to rectification: the contact details corrected through the same steps as any edit
/// (old and new values kept), then every recipient who received the old value listed to be told.
extension AppDatabase {
    @discardableResult
    public func rectifyClient(requestID: Int64, details: ClientDetails, expectedVersion: Int,
                              as user: StaffSession) throws -> RectificationResult {
        let now = self.now
        let today = self.today
        return try perform(.fulfilRights, as: user) { db in
            let (request, client) = try RightsRequest.open(db, id: requestID, kind: .rectification)
            let changes = try ClientEditor.apply(db, client: client, details: details, expectedVersion: expectedVersion,
                                                 reason: "rectification \(request.reference)",
                                                 overrideReason: "rectification under \(request.reference)",
                                                 user: user, at: now)
            let recipients = changes.isEmpty ? [] : try RecipientNotices.contactDetailRecipients(db, clientID: client.id, before: now)
            try RecipientNotices.open(db, requestID: requestID, disclosures: recipients, at: now, by: user.userID)
            let fields = changes.map(\.field).joined(separator: ", ")
            let told = recipients.isEmpty ? "no recipient to tell"
                : "to tell: " + Set(recipients.map(\.recipient)).sorted().joined(separator: ", ")
            try RightsRequest.record(db, requestID: requestID, what: "Rectified "
                + (fields.isEmpty ? "nothing (details unchanged)" : fields) + "; \(told)",
                now: now, today: today, by: user.userID)
            let updated = try db.fetchRecord(Client.self, id: try client.id.orThrow("client")).orThrow("client")
            return RectificationResult(client: updated, changes: changes, recipientsToTell: recipients)
        }
    }

    /// Records the date a recipient was told of a correction or erasure under the request.
    public func recordRecipientTold(requestID: Int64, disclosureID: Int64, on date: LocalDate, as user: StaffSession) throws {
        let now = self.now
        let today = self.today
        let zone = clock.timeZone
        guard date <= today else {
            throw StoreError.invalid(ValidationError(field: "told on", message: "told on \(date.iso) is in the future"))
        }
        try perform(.fulfilRights, as: user) { db in
            guard var notice = try db.fetchRecord(RecipientNotice.self, """
                SELECT * FROM dsr_recipient_notice WHERE request_id = ? AND disclosure_id = ?
                """, [requestID, disclosureID]), let noticeID = notice.id else {
                throw StoreError.notFound("disclosure \(disclosureID) is not among the recipients to tell for this request")
            }
            // The notice is written when the correction or erasure is made; once told, its recorded time
            // moves on, so the earlier told date stands in as the bound.
            let recorded = LocalDate(instant: notice.recordedAt, in: zone)
            let madeOn = notice.toldOn.map { min($0, recorded) } ?? recorded
            do throws(ValidationError) {
                try RequestDateRule.checkTold(date, field: "told on", today: today,
                                              notBefore: (madeOn, "the change they are told of was made"))
            } catch { throw StoreError.invalid(error) }
            let disclosure = try db.fetchRecord(Disclosure.self, id: disclosureID).orThrow("disclosure")
            notice.toldOn = date
            notice.recordedAt = now
            notice.recordedBy = user.userID
            try db.update(notice, id: noticeID)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "recipient told", recordType: "disclosure",
                                  recordID: disclosureID, clientID: disclosure.clientId, detail: disclosure.recipient)
            try RightsRequest.record(db, requestID: requestID, what: "\(disclosure.recipient) told on \(date.long)",
                                     now: now, today: today, by: user.userID)
        }
    }

    /// The recipients still to tell, and those told, under a request.
    public func recipientNotices(requestID: Int64) throws -> [(notice: RecipientNotice, disclosure: Disclosure)] {
        try read { db in
            try db.fetchRecords(RecipientNotice.self, "SELECT * FROM dsr_recipient_notice WHERE request_id = ? ORDER BY id",
                                [requestID]).map {
                ($0, try db.fetchRecord(Disclosure.self, id: $0.disclosureId).orThrow("disclosure"))
            }
        }
    }
}

enum RecipientNotices {
    static func contactDetailRecipients(_ db: any SQLConnection, clientID: Int64?, before now: Date) throws -> [Disclosure] {
        try db.fetchRecords(Disclosure.self, """
            SELECT * FROM disclosure WHERE client_id = ? AND disclosed_at <= ? ORDER BY disclosed_at, id
            """, [clientID, now])
            .filter { $0.categories.lowercased().contains("contact") }
    }

    /// One "to tell" row per disclosure, told_on empty until `recordRecipientTold`.
    static func open(_ db: any SQLConnection, requestID: Int64, disclosures: [Disclosure], at now: Date,
                     by userID: Int64) throws {
        for disclosure in disclosures {
            guard let id = disclosure.id else { continue }
            try db.execute("""
                INSERT INTO dsr_recipient_notice (request_id, disclosure_id, recorded_at, recorded_by) VALUES (?, ?, ?, ?)
                ON CONFLICT (request_id, disclosure_id) DO NOTHING
                """, [requestID, id, now, userID])
        }
    }
}
