import Crypto
import Foundation
import GRDB

/// Appends to the tamper-evident audit trail: each row's hash covers its own fields and
/// the previous row's hash, so editing or deleting a row breaks the chain `verify` walks.
enum AuditTrail {
    static let genesis = String(repeating: "0", count: 64)

    static func record(_ db: Database, at: Date, userID: Int64?, action: String, recordType: String,
                       recordID: Int64?, clientID: Int64?, detail: String = "") throws {
        let previous = try String.fetchOne(db, sql: "SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1") ?? genesis
        // Whole seconds survive the database round trip exactly, so the hash can be re-checked.
        let stamp = Date(timeIntervalSince1970: at.timeIntervalSince1970.rounded(.down))
        var entry = AuditEntry(id: nil, at: stamp, userId: userID, action: action, recordType: recordType,
                               recordId: recordID, clientId: clientID, detail: detail,
                               previousHash: previous, hash: "")
        entry.hash = hash(of: entry)
        try entry.insert(db)
    }

    static func hash(of entry: AuditEntry) -> String {
        let fields: [String] = [
            entry.previousHash, String(Int64(entry.at.timeIntervalSince1970)), entry.userId.map(String.init) ?? "",
            entry.action, entry.recordType, entry.recordId.map(String.init) ?? "",
            entry.clientId.map(String.init) ?? "", entry.detail,
        ]
        let digest = SHA256.hash(data: Data(fields.joined(separator: "\u{1F}").utf8))
        return digest.map { String(format: "%02x", $0) }.joined()
    }

    /// The first broken link, or nil when the whole chain holds.
    static func firstBrokenEntry(_ db: Database) throws -> Int64? {
        var previous = genesis
        let cursor = try AuditEntry.order(Column("id")).fetchCursor(db)
        while let entry = try cursor.next() {
            if entry.previousHash != previous || hash(of: entry) != entry.hash { return entry.id }
            previous = entry.hash
        }
        return nil
    }
}
