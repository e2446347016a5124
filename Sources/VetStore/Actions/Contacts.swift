import Foundation
import VetSQL
import VetCore

/// Calls, letters, emails and texts; and every disclosure of client data outside the practice.
extension AppDatabase {
    public enum CommunicationChannel: String, CaseIterable, Sendable { case call, email, letter, sms }

    /// Logs a call, email, letter or text with the client, at `occurredAt` (now when nil): yesterday's
    /// letter is logged as yesterday. The time may not be in the future (beyond a few minutes of
    /// clock difference between terminals) nor on a day before the client was registered.
    @discardableResult
    public func logCommunication(clientID: Int64, inbound: Bool, channel: CommunicationChannel, summary: String,
                                 occurredAt: LocalDateTime? = nil, as user: StaffSession) throws -> Communication {
        let text: String
        do { text = try TextRule.required(summary, field: "summary", maxLength: 2000, lines: .multiple) } catch { throw StoreError.invalid(error) }
        let now = self.now
        let zone = clock.timeZone
        return try perform(.logCommunication, as: user) { db in
            let client = try db.fetchRecord(Client.self, id: clientID).orThrow("client")
            let when = try CommunicationTime.check(occurredAt, now: now, clientCreated: client.createdAt, zone: zone)
            var row = Communication(id: nil, clientId: clientID, direction: inbound ? "in" : "out",
                                    channel: channel.rawValue, summary: text, occurredAt: when, recordedBy: user.userID)
            row.id = try db.insert(row)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "log communication",
                                  recordType: "communication", recordID: row.id, clientID: clientID)
            return row
        }
    }

    /// What left the practice, to whom, why and on what basis.
    public struct DisclosureDetails: Sendable {
        public var recipient: String
        public var recipientKind: String
        public var categories: String
        public var purpose: String
        public var lawfulBasis: String
        public init(recipient: String, recipientKind: String, categories: String, purpose: String, lawfulBasis: String) {
            self.recipient = recipient
            self.recipientKind = recipientKind
            self.categories = categories
            self.purpose = purpose
            self.lawfulBasis = lawfulBasis
        }
        public static let recipientKinds = ["insurer", "practice", "referral", "debtCollector", "regulator",
                                            "servicePartner", "other"]
    }

    /// Records a disclosure. A restricted client's data is not shared unless an override reason is given.
    @discardableResult
    public func logDisclosure(clientID: Int64, _ details: DisclosureDetails, overrideReason: String? = nil,
                              as user: StaffSession) throws -> Disclosure {
        var check = Validator()
        _ = check.check { () throws(ValidationError) in try TextRule.required(details.recipient, field: "recipient", maxLength: 120) }
        _ = check.check { () throws(ValidationError) in try TextRule.required(details.categories, field: "categories of data", maxLength: 300) }
        _ = check.check { () throws(ValidationError) in try TextRule.required(details.purpose, field: "purpose", maxLength: 300) }
        _ = check.check { () throws(ValidationError) in try TextRule.required(details.lawfulBasis, field: "lawful basis", maxLength: 120) }
        if !DisclosureDetails.recipientKinds.contains(details.recipientKind) {
            check.add(ValidationError(field: "recipient kind", message: "recipient kind '\(details.recipientKind)' is not one of "
                + DisclosureDetails.recipientKinds.joined(separator: ", ")))
        }
        do { try check.finish() } catch { throw StoreError.invalid(error) }
        let now = self.now
        return try perform(.logDisclosure, as: user) { db in
            let client = try db.fetchRecord(Client.self, id: clientID).orThrow("client")
            try Restriction.check(client, action: "share their data with \(details.recipient)",
                                  overrideReason: overrideReason, db: db, user: user, at: now)
            return try DisclosureLog.append(db, clientID: clientID, details, claimID: nil, overrideReason: overrideReason,
                                            at: now, by: user.userID)
        }
    }
}

enum DisclosureLog {

    static func append(_ db: any SQLConnection, clientID: Int64, _ details: AppDatabase.DisclosureDetails, claimID: Int64?,
                       overrideReason: String?, at now: Date, by userID: Int64) throws -> Disclosure {
        var row = Disclosure(id: nil, clientId: clientID, recipient: details.recipient,
                             recipientKind: details.recipientKind, categories: details.categories,
                             purpose: details.purpose, lawfulBasis: details.lawfulBasis, disclosedAt: now,
                             claimId: claimID, overrideReason: overrideReason, recordedBy: userID)
        row.id = try db.insert(row)
        try AuditTrail.record(db, at: now, userID: userID, action: "disclose", recordType: "disclosure",
                              recordID: row.id, clientID: clientID, detail: details.recipient)
        return row
    }
}
