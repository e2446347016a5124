import Foundation
import VetSQL

/// What a walk of the audit trail finds: broken links, gaps in the numbering, a tail that no
/// longer reaches the recorded head, guard triggers dropped or changed, and (given an anchor
/// from a backup or the system log) history that does not extend it exactly.
public struct AuditChainReport: Sendable {
    public var entries: Int
    public var head: AuditHead
    /// One sentence per problem; empty when the trail is intact.
    public var problems: [String]

    public var isIntact: Bool { problems.isEmpty }

    static func read(_ db: any SQLConnection, anchors: [AuditAnchor] = []) throws -> AuditChainReport {
        var report = AuditChainReport(entries: 0, head: AuditHead(seq: 0, hash: AuditTrail.genesis), problems: [])
        try report.walk(db)
        try report.checkRecordedHead(db)
        try report.checkGuards(db)
        for anchor in anchors { try report.check(anchor, in: db) }
        return report
    }

    /// Entries are read a page at a time, so a trail of millions never sits in memory at once.
    static let pageSize = 5_000

    private mutating func walk(_ db: any SQLConnection) throws {
        var walker = ChainWalker(numbered: try SchemaFacts.columnExists(db, table: "audit_entry", column: "seq"),
                                 redacted: try SchemaFacts.tableExists(db, "audit_redaction")
                                     ? Set(try db.fetchValues(Int64.self, "SELECT audit_entry_id FROM audit_redaction")) : [])
        var lastID: Int64 = 0
        while true {
            let page = try db.fetchRecords(AuditEntry.self, "SELECT * FROM audit_entry WHERE id > ? ORDER BY id LIMIT ?",
                                           [lastID, Self.pageSize])
            guard let last = page.last?.id else { break }
            lastID = last
            for entry in page { walker.step(entry) }
        }
        entries = walker.entries
        head = walker.head
        if let brokenAt = walker.brokenAt {
            problems.append("entry \(brokenAt) does not match the chain: it or the entry before it was changed")
        }
        if let gapAt = walker.gapAt {
            let found = gapAt.found.map { "entry \($0)" } ?? "an unnumbered entry"
            problems.append("entry \(gapAt.expected) is missing (the trail goes on with \(found)): entries were deleted")
        }
    }

    /// The head recorded on every insert: a trail cut short no longer reaches it.
    private mutating func checkRecordedHead(_ db: any SQLConnection) throws {
        guard try SchemaFacts.tableExists(db, "audit_head") else { return }
        guard let row = try db.fetchOne("SELECT seq, hash FROM audit_head WHERE id = 1") else {
            problems.append("the recorded head of the audit trail is missing")
            return
        }
        let recorded = AuditHead(seq: try row.decode(Int64.self, "seq"), hash: try row.decode(String.self, "hash"))
        if recorded.seq > head.seq {
            problems.append("the trail ends at entry \(head.seq) but reached entry \(recorded.seq): "
                + "\(recorded.seq - head.seq) entries were deleted from its end")
        } else if recorded != head {
            problems.append("the trail's last entry does not match its recorded head (entry \(recorded.seq))")
        }
    }

    /// The triggers that keep the trail append-only must stand exactly as VetDesk wrote them.
    private mutating func checkGuards(_ db: any SQLConnection) throws {
        let upgraded = try SchemaFacts.tableExists(db, "audit_head")
        let redactable = try SchemaFacts.tableExists(db, "audit_redaction")
        let expected = redactable ? ErasureReviewSchema.currentGuards
            : upgraded ? AuditSequenceSchema.guards : AuditSequenceSchema.guards.filter {
            $0.name == "audit_entry_no_update" || $0.name == "audit_entry_no_delete"
        }
        if db.dialect == .postgresql {
            problems += try PostgresGuards.problems(db, sqliteNames: expected.map(\.name))
            return
        }
        for guardTrigger in expected {
            let sql = try SchemaFacts.triggerDefinition(db, guardTrigger.name)
            if sql == nil {
                problems.append("the guard trigger \(guardTrigger.name) has been dropped: the trail could be edited")
            } else if let sql, Self.normalised(sql) != Self.normalised(guardTrigger.sql) {
                problems.append("the guard trigger \(guardTrigger.name) has been changed")
            }
        }
    }

    private mutating func check(_ anchor: AuditAnchor, in db: any SQLConnection) throws {
        guard anchor.head.seq > 0 else { return }
        let numbered = try SchemaFacts.columnExists(db, table: "audit_entry", column: "seq")
        let hash = numbered
            ? try db.fetchValue(String.self, "SELECT hash FROM audit_entry WHERE seq = ?", [anchor.head.seq])
            : try db.fetchValue(String.self, "SELECT hash FROM audit_entry ORDER BY id LIMIT 1 OFFSET ?", [anchor.head.seq - 1])
        guard let hash else {
            problems.append("\(anchor.source) reaches entry \(anchor.head.seq) but this trail has only \(entries): "
                + "entries were deleted since")
            return
        }
        if hash != anchor.head.hash {
            problems.append("entry \(anchor.head.seq) differs from \(anchor.source): "
                + "history before it was rewritten")
        }
    }

    /// SQL with its whitespace runs made single spaces, for comparing definitions.
    static func normalised(_ sql: String) -> String {
        sql.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// Follows the chain one entry at a time, noting the first break and the first gap.
private struct ChainWalker {
    let numbered: Bool
    let redacted: Set<Int64>
    var entries = 0
    var head = AuditHead(seq: 0, hash: AuditTrail.genesis)
    var previous = AuditTrail.genesis
    var brokenAt: Int64?
    var gapAt: (expected: Int64, found: Int64?)?

    mutating func step(_ entry: AuditEntry) {
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
