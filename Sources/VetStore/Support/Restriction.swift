import Foundation
import GRDB
import VetCore

/// The guard every use of a restricted client's data passes: refused unless an override reason
/// is given, and then the override itself is audited.
enum Restriction {
    static func check(_ client: Client, action: String, overrideReason: String?, db: Database,
                      user: StaffSession, at now: Date) throws {
        guard client.restricted else { return }
        let reason: String
        do { reason = try TextRule.optional(overrideReason, field: "override reason", maxLength: 1000) ?? "" } catch {
            throw StoreError.invalid(error)
        }
        guard !reason.isEmpty else {
            throw StoreError.refused("processing of \(client.fullName)'s data is restricted under a data-protection "
                + "request, so you cannot \(action); a manager can continue with an override reason, which is logged")
        }
        try AuditTrail.record(db, at: now, userID: user.userID, action: "override restriction", recordType: "client",
                              recordID: client.id, clientID: client.id, detail: "\(action): \(reason)")
    }
}
