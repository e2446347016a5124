import Foundation
import GRDB
import Testing
@testable import VetStore
import VetCore

/// The audit trail notices what an edit of the file with raw SQL can do to it: entries deleted
/// from the middle or the end, history rewritten and rehashed, guards dropped.
@Suite("audit chain")
struct AuditChainTests {
    /// A practice with a few audited actions, so the trail has entries to tamper with.
    private func practiceWithHistory() throws -> TestPractice {
        let practice = try TestPractice.make()
        for name in ["Ames", "Baker", "Carter"] { _ = try practice.registerClient(lastName: name) }
        return practice
    }

    /// What someone with sqlite3 and the file could do: drop the guards and run `sql`.
    private func tamper(_ practice: TestPractice, _ sql: String) throws {
        try practice.database.writer.writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER audit_entry_no_update; DROP TRIGGER audit_entry_no_delete;")
            try db.execute(sql: sql)
            for guardTrigger in ErasureReviewSchema.currentGuards where guardTrigger.name.hasPrefix("audit_entry_no_") {
                try db.execute(sql: guardTrigger.sql)
            }
        }
    }

    /// Rewrites every hash from entry `seq` on, as an attacker covering an edit would.
    private func rehash(_ practice: TestPractice, from seq: Int64) throws {
        try practice.database.writer.writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER audit_entry_no_update")
            var previous = try String.fetchOne(db, sql: "SELECT hash FROM audit_entry WHERE seq < ? ORDER BY seq DESC LIMIT 1",
                                               arguments: [seq]) ?? AuditTrail.genesis
            for var entry in try AuditEntry.filter(Column("seq") >= seq).order(Column("seq")).fetchAll(db) {
                entry.previousHash = previous
                entry.hash = AuditTrail.hash(of: entry)
                try entry.update(db)
                previous = entry.hash
            }
            try db.execute(sql: "UPDATE audit_head SET hash = ?", arguments: [previous])
            try db.execute(sql: ErasureReviewSchema.noUpdate.sql)
        }
    }

    @Test func entriesAreNumberedWithoutGapsAndTheHeadFollows() throws {
        let practice = try practiceWithHistory()
        let (numbers, headSeq) = try practice.database.read { db in
            (try Int64.fetchAll(db, sql: "SELECT seq FROM audit_entry ORDER BY id"),
             try Int64.fetchOne(db, sql: "SELECT seq FROM audit_head"))
        }
        #expect(numbers == Array(1...Int64(numbers.count)))
        #expect(headSeq == numbers.last)
        let report = try practice.database.integrityReport()
        #expect(report.audit.isIntact, "\(report.audit.problems)")
        #expect(report.audit.head.seq == numbers.last)
        // The database itself refuses an entry out of sequence.
        #expect(throws: (any Error).self) {
            try practice.database.writer.write { db in
                try db.execute(sql: """
                    INSERT INTO audit_entry (seq, at, action, record_type, detail, previous_hash, hash)
                    VALUES (999, 0, 'x', 'x', '', '', '')
                    """)
            }
        }
    }

    @Test func deletingTheLastEntriesIsNoticed() throws {
        let practice = try practiceWithHistory()
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

    @Test func deletingAnEntryInTheMiddleLeavesAGapEvenWhenRehashed() throws {
        let practice = try practiceWithHistory()
        try tamper(practice, "DELETE FROM audit_entry WHERE seq = 4")
        try rehash(practice, from: 5)
        let problems = try practice.database.integrityReport().audit.problems
        #expect(problems.contains("entry 4 is missing (the trail goes on with entry 5): entries were deleted"), "\(problems)")
    }

    @Test func aDroppedOrChangedGuardIsReported() throws {
        let practice = try practiceWithHistory()
        try practice.database.writer.writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER audit_entry_no_delete")
            try db.execute(sql: "DROP TRIGGER audit_entry_in_sequence")
            try db.execute(sql: "CREATE TRIGGER audit_entry_in_sequence BEFORE INSERT ON audit_entry BEGIN SELECT 1; END")
        }
        let problems = try practice.database.integrityReport().audit.problems
        #expect(problems.contains("the guard trigger audit_entry_no_delete has been dropped: the trail could be edited"))
        #expect(problems.contains("the guard trigger audit_entry_in_sequence has been changed"))
    }
}
