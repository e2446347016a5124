import Foundation
import VetSQL
import VetCore

/// What an erasure did, category by category, and whom to tell.
public struct ErasureResult: Sendable {
    public var outcomes: [ErasureOutcomeRow]
    public var recipientsToTell: [Disclosure]
    /// The outcome as stored on the request: one line per category.
    public var text: String { outcomes.map(\.sentence).joined(separator: "\n") }
}

/// The right to erasure. Refused while the client owes money or a claim is open; otherwise each
/// category is erased, anonymised or kept with its legal ground and end date, a suppression entry
/// keeps them off marketing for good, and the recipients of their data are listed to be told.
extension AppDatabase {
    /// What must be decided before the erasure runs: where the text that is kept names the person,
    /// and which kept pets carry a microchip.
    public func erasureReview(requestID: Int64, as user: StaffSession) throws -> ErasureReview {
        try user.require(.fulfilRights)
        return try read { db in
            let (_, client) = try RightsRequest.open(db, id: requestID, kind: .erasure)
            let facts = try RetentionFacts.read(db, clientID: try client.id.orThrow("client"))
            guard facts.blockers.isEmpty else {
                throw StoreError.refused("\(client.fullName)'s data cannot be erased yet: "
                    + facts.blockers.joined(separator: "; ") + ". Settle these first; the request stays open")
            }
            let settings = try PracticeSettingsRow.current(db)
            return try FreeTextScan.review(db, client: client, anonymisedNow: ErasurePlan.petsAnonymised(facts, settings, today))
        }
    }

    /// Carries out the erasure once every hit in `erasureReview` is decided: refused, changing nothing,
    /// while any is not. Afterwards the file holds none of what was removed.
    @discardableResult
    public func eraseClient(requestID: Int64, decisions: FreeTextDecisions = .none, as user: StaffSession) throws -> ErasureResult {
        let now = self.now
        let today = self.today
        let result = try perform(.fulfilRights, as: user) { db in
            let (request, client) = try RightsRequest.open(db, id: requestID, kind: .erasure)
            let clientID = try client.id.orThrow("client")
            guard client.status != .anonymised else {
                throw StoreError.refused("\(request.reference): this client's record is already anonymised")
            }
            let facts = try RetentionFacts.read(db, clientID: clientID)
            let blockers = facts.blockers
            guard blockers.isEmpty else {
                throw StoreError.refused("\(client.fullName)'s data cannot be erased yet: "
                    + blockers.joined(separator: "; ") + ". Settle these first; the request stays open")
            }
            let settings = try PracticeSettingsRow.current(db)
            let review = try FreeTextScan.review(db, client: client, anonymisedNow: ErasurePlan.petsAnonymised(facts, settings, today))
            try FreeTextRedaction.apply(db, review: review, decisions: decisions, requestID: requestID, at: now, by: user.userID)
            if let kept = decisions.requesterKept {
                try RequesterRegister.keep(db, requestID: requestID, reason: kept.reason, until: kept.until, today: today)
            }
            let recipients = try db.fetchRecords(Disclosure.self, "SELECT * FROM disclosure WHERE client_id = ? ORDER BY disclosed_at",
                                                 [clientID])
            try Suppressions.add(db, client: client, reason: "erasure \(request.reference)", at: now, by: user.userID)
            var plan = ErasurePlan(facts: facts, settings: settings, today: today, requestID: requestID,
                                   hasDisclosures: !recipients.isEmpty)
            try plan.carryOut(db, clientID: clientID, reference: request.reference, at: now, by: user.userID)
            for row in plan.outcomes { try db.insert(row) }
            try RecipientNotices.open(db, requestID: requestID, disclosures: recipients, at: now, by: user.userID)
            let result = ErasureResult(outcomes: plan.outcomes, recipientsToTell: recipients)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "erase", recordType: "client",
                                  recordID: clientID, clientID: clientID, detail: request.reference)
            try RightsRequest.record(db, requestID: requestID, what: "Erasure carried out; "
                + "\(Set(recipients.map(\.recipient)).count) recipients to tell", outcome: result.text,
                now: now, today: today, by: user.userID)
            try ErasureTraces.mergeSearchIndex(db)
            return result
        }
        clearWriteAheadLog()
        return result
    }

    /// The stored per-category outcome of the erasure carried out under a request.
    public func erasureOutcomes(requestID: Int64) throws -> [ErasureOutcomeRow] {
        try read { db in
            try db.fetchRecords(ErasureOutcomeRow.self, "SELECT * FROM dsr_erasure_outcome WHERE request_id = ? ORDER BY id",
                                [requestID])
        }
    }
}

enum Suppressions {
    /// Never market to this person again: their client number, email and each phone number.
    static func add(_ db: any SQLConnection, client: Client, reason: String, at now: Date, by userID: Int64) throws {
        let phones = try ClientPhones.fetch(db, clientID: client.id ?? 0).map(\.digits)
        let pairs: [(String?, String?)] = phones.isEmpty ? [(client.email, nil)]
            : phones.enumerated().map { index, digits in (index == 0 ? client.email : nil, digits) }
        for (email, phone) in pairs {
            try db.insert(Suppression(id: nil, clientId: client.id, email: email, phoneDigits: phone, reason: reason,
                                      createdAt: now, createdBy: userID))
        }
    }
}
