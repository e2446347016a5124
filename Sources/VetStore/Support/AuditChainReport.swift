import Foundation
import GRDB

/// What a walk of the audit trail finds: broken links, gaps in the numbering, a tail that no
/// longer reaches the recorded head, guard triggers dropped or changed, and (given an anchor
/// from a backup or the system log) history that does not extend it exactly.
public struct AuditChainReport: Sendable {
    public var entries: Int
    public var head: AuditHead
    /// One sentence per problem; empty when the trail is intact.
    public var problems: [String]

    public var isIntact: Bool { problems.isEmpty }

    static func read(_ db: Database, anchors: [AuditAnchor] = []) throws -> AuditChainReport {
        var report = AuditChainReport(entries: 0, head: AuditHead(seq: 0, hash: AuditTrail.genesis), problems: [])
        try report.walk(db)
        try report.checkRecordedHead(db)
        try report.checkGuards(db)
        for anchor in anchors { try report.check(anchor, in: db) }
        return report
    }

    private mutating func walk(_ db: Database) throws {
        var previous = AuditTrail.genesis
        var brokenAt: Int64?
        var gapAt: (expected: Int64, found: Int64?)?
        let numbered = try db.columns(in: "audit_entry").contains { $0.name == "seq" }
        let redacted = try AuditRedactions.entryIDs(db)
        let cursor = try AuditEntry.order(Column("id")).fetchCursor(db)
        while let entry = try cursor.next() {
            entries += 1
            let expected = Int64(entries)
            if gapAt == nil, let seq = entry.seq, seq != expected { gapAt = (expected, seq) }
            if gapAt == nil, numbered, entry.seq == nil { gapAt = (expected, nil) }
            // A redacted entry's own text can no longer be re-hashed; its place in the chain still is checked.
            let ownHashHolds = entry.id.map(redacted.contains) == true || AuditTrail.hash(of: entry) == entry.hash
            if brokenAt == nil, entry.previousHash != previous || !ownHashHolds {
                brokenAt = entry.seq ?? expected
            }
            previous = entry.hash
            head = AuditHead(seq: entry.seq ?? expected, hash: entry.hash)
        }
        if let brokenAt {
            problems.append("entry \(brokenAt) does not match the chain: it or the entry before it was changed")
        }
        if let gapAt {
            let found = gapAt.found.map { "entry \($0)" } ?? "an unnumbered entry"
            problems.append("entry \(gapAt.expected) is missing (the trail goes on with \(found)): entries were deleted")
        }
    }

    /// The head recorded on every insert: a trail cut short no longer reaches it.
    private mutating func checkRecordedHead(_ db: Database) throws {
        guard try db.tableExists("audit_head") else { return }
        guard let row = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit_head WHERE id = 1") else {
            problems.append("the recorded head of the audit trail is missing")
            return
        }
        let recorded = AuditHead(seq: row["seq"], hash: row["hash"])
        if recorded.seq > head.seq {
            problems.append("the trail ends at entry \(head.seq) but reached entry \(recorded.seq): "
                + "\(recorded.seq - head.seq) entries were deleted from its end")
        } else if recorded != head {
            problems.append("the trail's last entry does not match its recorded head (entry \(recorded.seq))")
        }
    }

    /// The triggers that keep the trail append-only must stand exactly as VetDesk wrote them.
    private mutating func checkGuards(_ db: Database) throws {
        let upgraded = try db.tableExists("audit_head")
        let redactable = try db.tableExists("audit_redaction")
        let expected = redactable ? ErasureReviewSchema.currentGuards
            : upgraded ? AuditSequenceSchema.guards : AuditSequenceSchema.guards.filter {
            $0.name == "audit_entry_no_update" || $0.name == "audit_entry_no_delete"
        }
        for guardTrigger in expected {
            let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                          arguments: [guardTrigger.name])
            if sql == nil {
                problems.append("the guard trigger \(guardTrigger.name) has been dropped: the trail could be edited")
            } else if let sql, Self.normalised(sql) != Self.normalised(guardTrigger.sql) {
                problems.append("the guard trigger \(guardTrigger.name) has been changed")
            }
        }
    }

    private mutating func check(_ anchor: AuditAnchor, in db: Database) throws {
        guard anchor.head.seq > 0 else { return }
        let columns = try db.columns(in: "audit_entry").map(\.name)
        let sql = columns.contains("seq") ? "SELECT hash FROM audit_entry WHERE seq = ?"
                                          : "SELECT hash FROM audit_entry ORDER BY id LIMIT 1 OFFSET ? - 1"
        guard let hash = try String.fetchOne(db, sql: sql, arguments: [anchor.head.seq]) else {
            problems.append("\(anchor.source) reaches entry \(anchor.head.seq) but this trail has only \(entries): "
                + "entries were deleted since")
            return
        }
        if hash != anchor.head.hash {
            problems.append("entry \(anchor.head.seq) differs from \(anchor.source): "
                + "history before it was rewritten")
        }
    }

    private static func normalised(_ sql: String) -> String {
        sql.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// A head known from outside the live file (a backup's last entry, or one written to the system log).
public struct AuditAnchor: Sendable {
    public var head: AuditHead
    /// How the report names it: "the backup /srv/backups/monday.sqlite".
    public var source: String

    public init(head: AuditHead, source: String) {
        self.head = head
        self.source = source
    }
}
