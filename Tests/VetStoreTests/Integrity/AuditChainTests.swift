import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

/// The audit trail notices what an edit of the file with raw SQL can do to it: entries deleted
/// from the middle or the end, history rewritten and rehashed, guards dropped.
@Suite("audit chain")
struct AuditChainTests {
    /// A practice with a few audited actions, so the trail has entries to tamper with.
    private func practiceWithHistory(engine: SQLDialect = .sqlite) throws -> TestPractice {
        let practice = try TestPractice.make(engine: engine)
        for name in ["Ames", "Baker", "Carter"] { _ = try practice.registerClient(lastName: name) }
        return practice
    }

    /// The audit trail's guard triggers as the engine writes them.
    private func guards(_ db: any SQLConnection) -> [(name: String, sql: String)] {
        db.dialect == .sqlite ? ErasureReviewSchema.currentGuards : PostgresGuards.triggers
    }

    private func drop(_ trigger: String, _ db: any SQLConnection) throws {
        try db.execute(db.dialect == .sqlite ? "DROP TRIGGER \(trigger)" : "DROP TRIGGER \(trigger) ON audit_entry")
    }

    private func restore(_ trigger: String, _ db: any SQLConnection) throws {
        for guardTrigger in guards(db) where guardTrigger.name == trigger { try db.execute(guardTrigger.sql) }
    }

    /// What someone with raw access to the database could do: drop the guards and run `sql`.
    private func tamper(_ practice: TestPractice, _ sql: String) throws {
        try practice.write { db in
            for trigger in ["audit_entry_no_update", "audit_entry_no_delete"] { try drop(trigger, db) }
            try db.executeScript(sql)
            for trigger in ["audit_entry_no_update", "audit_entry_no_delete"] { try restore(trigger, db) }
        }
    }

    /// Rewrites every hash from entry `seq` on, as an attacker covering an edit would.
    private func rehash(_ practice: TestPractice, from seq: Int64) throws {
        try practice.write { db in
            try drop("audit_entry_no_update", db)
            var previous = try db.fetchValue(String.self, "SELECT hash FROM audit_entry WHERE seq < ? ORDER BY seq DESC LIMIT 1",
                                             [seq]) ?? AuditTrail.genesis
            for var entry in try db.fetchRecords(AuditEntry.self, "SELECT * FROM audit_entry WHERE seq >= ? ORDER BY seq", [seq]) {
                entry.previousHash = previous
                entry.hash = AuditTrail.hash(of: entry)
                try db.execute("UPDATE audit_entry SET previous_hash = ?, hash = ? WHERE id = ?",
                               [entry.previousHash, entry.hash, entry.id])
                previous = entry.hash
            }
            try db.execute("UPDATE audit_head SET hash = ?", [previous])
            try restore("audit_entry_no_update", db)
        }
    }

    @Test(arguments: SQLDialect.allCases)
    func entriesAreNumberedWithoutGapsAndTheHeadFollows(engine: SQLDialect) throws {
        let practice = try practiceWithHistory(engine: engine)
        let (numbers, headSeq) = try practice.read { db in
            (try db.fetchValues(Int64.self, "SELECT seq FROM audit_entry ORDER BY id"),
             try db.fetchValue(Int64.self, "SELECT seq FROM audit_head"))
        }
        #expect(numbers == Array(1...Int64(numbers.count)))
        #expect(headSeq == numbers.last)
        let report = try practice.database.integrityReport()
        #expect(report.audit.isIntact, "\(report.audit.problems)")
        #expect(report.audit.head.seq == numbers.last)
        // The database itself refuses an entry out of sequence.
        #expect(throws: (any Error).self) {
            try practice.write { db in
                try db.execute("""
                    INSERT INTO audit_entry (seq, at, action, record_type, detail, previous_hash, hash)
                    VALUES (999, '2025-03-03 12:00:00.000', 'x', 'x', '', '', '')
                    """)
            }
        }
    }

    @Test(arguments: SQLDialect.allCases)
    func deletingTheLastEntriesIsNoticed(engine: SQLDialect) throws {
        let practice = try practiceWithHistory(engine: engine)
        let before = try practice.database.integrityReport().audit.head.seq
        try tamper(practice, "DELETE FROM audit_entry WHERE seq > \(before - 3)")
        let problems = try practice.database.integrityReport().audit.problems
        #expect(problems.contains("the trail ends at entry \(before - 3) but reached entry \(before): "
            + "3 entries were deleted from its end"), "\(problems)")
    }

    @Test func deletingTheTailAndItsRecordedHeadIsCaughtByABackupAnchor() throws {
        let practice = try practiceWithHistory()
        let backup = practice.folder.appendingPathComponent("monday.sqlite").path
        let result = try AppDatabase.backup(path: practice.path, to: backup, clock: practice.database.clock)
        let head = result.auditHead
        try tamper(practice, """
            DELETE FROM audit_entry WHERE seq > \(head.seq - 2);
            UPDATE audit_head SET seq = (SELECT max(seq) FROM audit_entry),
                                  hash = (SELECT hash FROM audit_entry ORDER BY seq DESC LIMIT 1);
            """)
        let unanchored = try AppDatabase.inspect(path: practice.path)
        #expect(unanchored.audit.isIntact, "without an anchor a clean cut looks whole: \(unanchored.audit.problems)")
        let anchor = AuditAnchor(head: try AppDatabase.auditHead(of: backup), source: "the backup \(backup)")
        let anchored = try AppDatabase.inspect(path: practice.path, against: [anchor])
        #expect(anchored.audit.problems.contains { $0.hasPrefix("the backup \(backup) reaches entry \(head.seq)") },
                "\(anchored.audit.problems)")
    }

    @Test func rewritingHistoryOlderThanABackupIsCaughtEvenWhenRehashed() throws {
        let practice = try practiceWithHistory()
        let backup = practice.folder.appendingPathComponent("monday.sqlite").path
        _ = try AppDatabase.backup(path: practice.path, to: backup, clock: practice.database.clock)
        _ = try practice.registerClient(lastName: "Dupré")
        try tamper(practice, "UPDATE audit_entry SET detail = 'nothing to see' WHERE seq = 3")
        try rehash(practice, from: 3)
        let rehashed = try practice.database.integrityReport()
        #expect(rehashed.audit.isIntact, "a full rehash hides the edit from the chain alone: \(rehashed.audit.problems)")
        let anchor = AuditAnchor(head: try AppDatabase.auditHead(of: backup), source: "the backup")
        let anchored = try AppDatabase.inspect(path: practice.path, against: [anchor])
        #expect(anchored.audit.problems.contains { $0.hasSuffix("differs from the backup: history before it was rewritten") },
                "\(anchored.audit.problems)")
    }

    @Test(arguments: SQLDialect.allCases)
    func deletingAnEntryInTheMiddleLeavesAGapEvenWhenRehashed(engine: SQLDialect) throws {
        let practice = try practiceWithHistory(engine: engine)
        try tamper(practice, "DELETE FROM audit_entry WHERE seq = 4")
        try rehash(practice, from: 5)
        let problems = try practice.database.integrityReport().audit.problems
        #expect(problems.contains("entry 4 is missing (the trail goes on with entry 5): entries were deleted"), "\(problems)")
    }

    @Test(arguments: SQLDialect.allCases)
    func aDroppedOrChangedGuardIsReported(engine: SQLDialect) throws {
        let practice = try practiceWithHistory(engine: engine)
        try practice.write { db in
            try drop("audit_entry_no_delete", db)
            try drop("audit_entry_in_sequence", db)
            if db.dialect == .sqlite {
                try db.execute("CREATE TRIGGER audit_entry_in_sequence BEFORE INSERT ON audit_entry BEGIN SELECT 1; END")
            } else {
                try db.execute("""
                    CREATE TRIGGER audit_entry_in_sequence BEFORE INSERT ON audit_entry
                    FOR EACH ROW EXECUTE FUNCTION vetdesk_audit_entry_moves_head()
                    """)
            }
        }
        let problems = try practice.database.integrityReport().audit.problems
        #expect(problems.contains("the guard trigger audit_entry_no_delete has been dropped: the trail could be edited"))
        #expect(problems.contains("the guard trigger audit_entry_in_sequence has been changed"), "\(problems)")
    }

    @Test("on a server, a guard whose function was replaced counts as changed")
    func aReplacedGuardFunctionIsReported() throws {
        let practice = try practiceWithHistory(engine: .postgresql)
        #expect(try practice.database.integrityReport().audit.isIntact)
        try practice.write { db in
            try db.execute("""
                CREATE OR REPLACE FUNCTION vetdesk_audit_entry_in_sequence() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RETURN NEW; END $$
                """)
        }
        let problems = try practice.database.integrityReport().audit.problems
        #expect(problems == ["the guard trigger audit_entry_in_sequence has been changed"], "\(problems)")
    }
}
