import Foundation
import VetSQL
import VetCore

/// Closing a part-paid claim once the insurer will pay no more.
extension AppDatabase {
    /// Closes a part-paid claim: the insurer will pay no more, and the rest stays for the client to pay.
    @discardableResult
    public func closeClaim(id: Int64, expectedVersion: Int, note: String? = nil, as user: StaffSession) throws -> Claim {
        let remark = try MoneyRules.optional(note, field: "note", maxLength: 500)
        let now = self.now
        let today = self.today
        return try perform(.manageClaims, as: user) { db in
            var claim = try db.fetchRecord(Claim.self, id: id).orThrow("claim")
            guard claim.awaitsSettlement else {
                throw StoreError.refused(claim.status == .partPaid
                    ? "claim \(id) is already closed"
                    : "only a part-paid claim is closed; claim \(id) is \(claim.status.displayName.lowercased())")
            }
            claim.version = try Versioning.advance(db, table: "claim", id: id, expectedVersion: expectedVersion,
                                                   at: now, by: user.userID, record: "Claim \(id)")
            claim.closedOn = today
            claim.updatedAt = now
            claim.updatedBy = user.userID
            try db.update(claim, id: id)
            let settled = Pence(claim.settledPence ?? 0).formatted
            try ClaimWorkflow.event(db, claimID: id, from: .partPaid, to: .partPaid, amount: nil,
                                    note: "Closed with \(settled) settled" + (remark.map { ": \($0)" } ?? ""), at: now, by: user)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "close claim", recordType: "claim", recordID: id,
                                  clientID: try ClaimWorkflow.parties(db, claim: claim).client.id, detail: remark ?? "")
            return claim
        }
    }
}
