import Foundation
import VetSQL
import VetCore

/// Marketing consent: an append-only log per client × channel × purpose; the latest event is the state.
extension AppDatabase {
    /// Records consent given (or a soft opt-in). Refused for a client who objected to marketing,
    /// is suppressed, restricted, anonymised or deceased.
    @discardableResult
    public func grantConsent(clientID: Int64, channel: ConsentChannel, purpose: ConsentPurpose, basis: ConsentBasis,
                             source: ConsentSource, wordingVersion: String?, as user: StaffSession) throws -> ConsentEvent {
        do { try ConsentRules.validate(basis: basis, channel: channel, purpose: purpose) } catch {
            throw StoreError.invalid(error)
        }
        let now = self.now
        return try perform(.recordConsent, as: user) { db in
            let client = try db.fetchRecord(Client.self, id: clientID).orThrow("client")
            let suppressed = try db.exists("SELECT 1 FROM suppression WHERE client_id = ?", [clientID])
            if client.objectsToMarketing || suppressed {
                throw StoreError.refused("\(client.fullName) has objected to direct marketing; consent cannot be recorded "
                    + "again (an objection to marketing is absolute)")
            }
            guard client.status == .active else {
                throw StoreError.refused("\(client.fullName) is \(client.status.rawValue); marketing consent cannot be recorded")
            }
            try Restriction.check(client, action: "record marketing consent", overrideReason: nil, db: db, user: user, at: now)
            try ConsentWordingRule.check(db, version: wordingVersion, basis: basis)
            return try ConsentLog.append(db, clientID: clientID, channel: channel, purpose: purpose, action: .granted,
                                         basis: basis, source: source, wording: wordingVersion, at: now, by: user.userID)
        }
    }

    /// Withdraws consent for one channel and purpose: always allowed, one step, future only.
    @discardableResult
    public func withdrawConsent(clientID: Int64, channel: ConsentChannel, purpose: ConsentPurpose,
                                source: ConsentSource, as user: StaffSession) throws -> ConsentEvent {
        let now = self.now
        return try perform(.recordConsent, as: user) { db in
            _ = try db.fetchRecord(Client.self, id: clientID).orThrow("client")
            return try ConsentLog.append(db, clientID: clientID, channel: channel, purpose: purpose, action: .withdrawn,
                                         basis: nil, source: source, wording: nil, at: now, by: user.userID)
        }
    }
}

enum ConsentLog {
    static func append(_ db: any SQLConnection, clientID: Int64, channel: ConsentChannel, purpose: ConsentPurpose,
                       action: ConsentAction, basis: ConsentBasis?, source: ConsentSource, wording: String?,
                       at now: Date, by userID: Int64) throws -> ConsentEvent {
        var event = ConsentEvent(id: nil, clientId: clientID, channel: channel, purpose: purpose, action: action,
                                 basis: basis, source: source, wordingVersion: wording, recordedAt: now,
                                 recordedBy: userID)
        event.id = try db.insert(event)
        try AuditTrail.record(db, at: now, userID: userID, action: "consent \(action.rawValue)", recordType: "consent_event",
                              recordID: event.id, clientID: clientID, detail: "\(channel.rawValue)/\(purpose.rawValue)")
        return event
    }

}
