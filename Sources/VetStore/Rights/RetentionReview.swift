import Foundation
import GRDB
import VetCore

/// One client or pet past the practice's retention periods.
public struct RetentionItem: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable { case client, pet }
    public var kind: Kind
    public var id: Int64
    public var clientID: Int64
    public var name: String
    /// The day the last of its periods ended.
    public var dueOn: LocalDate
    public var reason: String
    /// Set when it is due but must not be anonymised yet (money owed, an open claim or request).
    public var heldBecause: String?
}

/// What applying the review did.
public struct RetentionApplied: Sendable {
    public var anonymised: [RetentionItem]
    public var held: [RetentionItem]
}

/// The retention review (data-protection rules §5): lists what has passed its period; applying it
/// anonymises those records after a manager confirms, with an audit entry for each.
extension AppDatabase {
    /// Clients and pets whose periods ended on or before `today`, oldest first. Changes nothing.
    public func retentionReview(today: LocalDate) throws -> [RetentionItem] {
        try read { db in try RetentionScan(db: db, today: today).items() }
    }

    /// Anonymises every item of today's review that is not held; records inside their period are never touched.
    @discardableResult
    public func applyRetention(as user: StaffSession) throws -> RetentionApplied {
        let now = self.now
        let today = self.today
        return try perform(.runRetention, as: user) { db in
            let items = try RetentionScan(db: db, today: today).items()
            var done: [RetentionItem] = []
            for item in items where item.heldBecause == nil {
                let why = "retention review: \(item.reason)"
                switch item.kind {
                case .client: try ClientAnonymiser.anonymise(db, clientID: item.id, why: why, at: now, by: user.userID)
                case .pet: try ClientAnonymiser.anonymisePet(db, petID: item.id, clientID: item.clientID, why: why,
                                                             on: today, at: now, by: user.userID)
                }
                done.append(item)
            }
            let held = items.filter { $0.heldBecause != nil }
            try AuditTrail.record(db, at: now, userID: user.userID, action: "apply retention review", recordType: "practice",
                                  recordID: nil, clientID: nil, detail: "\(done.count) anonymised, \(held.count) held")
            return RetentionApplied(anonymised: done, held: held)
        }
    }
}
