import Foundation
import VetSQL
import VetCore

/// Saving a client's contact details: restriction guard, version check, each changed field kept
/// with its old and new value, phones, search index, audit. `updateClient` and rectification
/// (inside its larger transaction) both save through here.
enum ClientEditor {
    static func apply(_ db: any SQLConnection, client: Client, details: ClientDetails, expectedVersion: Int, reason: String?,
                      overrideReason: String?, user: StaffSession, at now: Date) throws -> [ClientChange] {
        let id = try client.id.orThrow("client")
        let why: String?
        do { why = try TextRule.optional(reason, field: "reason", maxLength: 1000) } catch { throw StoreError.invalid(error) }
        try Restriction.check(client, action: "edit their details", overrideReason: overrideReason, db: db, user: user, at: now)
        guard client.status != .anonymised else { throw StoreError.refused("an anonymised client cannot be edited") }
        let before = try ClientDetailsSnapshot.fields(db, client: client)
        let changed = try db.execute("""
            UPDATE client SET title = ?, first_name = ?, last_name = ?, address_line1 = ?, address_line2 = ?,
              town = ?, postcode = ?, email = ?, notes = ?, version = version + 1, updated_at = ?, updated_by = ?
            WHERE id = ? AND version = ?
            """, [details.title, details.firstName, details.lastName, details.addressLine1, details.addressLine2,
                             details.town, details.postcode.formatted, details.email?.value, details.notes, now,
                             user.userID, id, expectedVersion])
        if changed == 0 {
            throw try OptimisticLock.conflict(db, table: "client", id: id, record: "\(client.fullName)'s record")
        }
        try ClientPhones.replace(db, clientID: id, with: details.phones)
        let after = Dictionary(details.contactFields, uniquingKeysWith: { first, _ in first })
        var changes: [ClientChange] = []
        for (field, old) in before where (after[field] ?? "") != old {
            var change = ClientChange(id: nil, clientId: id, field: field, oldValue: old, newValue: after[field] ?? "",
                                      changedAt: now, changedBy: user.userID, reason: why)
            change.id = try db.insert(change)
            changes.append(change)
        }
        try SearchIndex.refresh(db, clientID: id)
        try AuditTrail.record(db, at: now, userID: user.userID, action: "change details", recordType: "client",
                              recordID: id, clientID: id, detail: changes.map(\.field).joined(separator: ", "))
        return changes
    }

}
