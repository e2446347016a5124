import Crypto
import Foundation
import VetSQL

/// Appends to the tamper-evident audit trail: each row's hash covers its own fields and the
/// previous row's hash, and rows are numbered 1, 2, 3 … so editing or deleting a row breaks
/// the chain or leaves a gap that `AuditChainReport` finds.
enum AuditTrail {
    static let genesis = String(repeating: "0", count: 64)

    static func record(_ db: any SQLConnection, at: Date, userID: Int64?, action: String, recordType: String,
                       recordID: Int64?, clientID: Int64?, detail: String = "") throws {
        let head = try db.fetchOne("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
        let previous = try head?.decode(String.self, "hash") ?? genesis
        let seq = try (head?.decode(Int64.self, "seq") ?? 0) + 1
        // Whole seconds survive the database round trip exactly, so the hash can be re-checked.
        let stamp = Date(timeIntervalSince1970: at.timeIntervalSince1970.rounded(.down))
        var entry = AuditEntry(id: nil, seq: seq, at: stamp, userId: userID, action: action, recordType: recordType,
                               recordId: recordID, clientId: clientID, detail: detail,
                               previousHash: previous, hash: "")
        entry.hash = hash(of: entry)
        try db.insert(entry)
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

    /// The newest entry's number and hash: what a backup, the system log or a later check anchors to.
    static func head(_ db: any SQLConnection) throws -> AuditHead {
        guard let row = try db.fetchOne("SELECT seq, id, hash FROM audit_entry ORDER BY id DESC LIMIT 1") else {
            return AuditHead(seq: 0, hash: genesis)
        }
        return AuditHead(seq: try row.decode(Int64?.self, "seq") ?? row.decode(Int64.self, "id"),
                         hash: try row.decode(String.self, "hash"))
    }

}

/// A point in the audit chain: entry number `seq` has hash `hash` (0 and the genesis hash when empty).
public struct AuditHead: Equatable, Sendable, CustomStringConvertible {
    public var seq: Int64
    public var hash: String

    public init(seq: Int64, hash: String) {
        self.seq = seq
        self.hash = hash
    }

    /// `seq:hash`, the form `vetdesk check --head` takes and the system log shows.
    public var description: String { "\(seq):\(hash)" }

    /// Reads `seq:hash` as printed by `description`.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let seq = Int64(parts[0]), seq >= 0, parts[1].count == 64,
              parts[1].allSatisfy({ $0.isHexDigit }) else { return nil }
        self.init(seq: seq, hash: parts[1].lowercased())
    }
}
