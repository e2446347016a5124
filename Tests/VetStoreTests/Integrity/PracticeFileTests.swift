import Foundation
import GRDB
import Testing
@testable import VetStore
import VetCore

/// Opening a file: only VetDesk's own files are used, readers never upgrade or stamp, and a
/// command that writes upgrades an older practice after saying so.
@Suite("practice files")
struct PracticeFileTests {
    private func temporaryPath() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vetdesk-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("practice.sqlite").path
    }

    /// A practice as the first release wrote it: the v1 migrations only, no stamp, unnumbered audit entries.
    private func firstReleasePractice() throws -> String {
        let path = try temporaryPath()
        let queue = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(queue, upTo: "v1-rights")
        try queue.write { db in
            var previous = AuditTrail.genesis
            for action in ["set up practice", "add user", "register client"] {
                var entry = AuditEntry(id: nil, seq: nil, at: Date(timeIntervalSince1970: 1_700_000_000), userId: nil,
                                       action: action, recordType: "practice", recordId: nil, clientId: nil,
                                       detail: "", previousHash: previous, hash: "")
                entry.hash = AuditTrail.hash(of: entry)
                try db.execute(sql: """
                    INSERT INTO audit_entry (at, user_id, action, record_type, record_id, client_id, detail, previous_hash, hash)
                    VALUES (?, NULL, ?, 'practice', NULL, NULL, '', ?, ?)
                    """, arguments: [entry.at, action, previous, entry.hash])
                previous = entry.hash
            }
        }
        try queue.close()
        return path
    }

    private func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func aReaderRefusesAnOlderPracticeAndLeavesItAsItWas() throws {
        let path = try firstReleasePractice()
        let before = try bytes(path)
        #expect {
            _ = try AppDatabase(path: path, mode: .reading)
        } throws: { error in
            "\(error)".contains("written by an older version of VetDesk")
        }
        #expect(try bytes(path) == before)
        let report = try AppDatabase.inspect(path: path)
        #expect(report.schemaVersion == 1)
        #expect(report.audit.isIntact, "\(report.audit.problems)")
        #expect(try bytes(path) == before, "check never writes")
    }

    @Test func aWriterUpgradesAnOlderPracticeAfterSayingSo() throws {
        let path = try firstReleasePractice()
        var said: [String] = []
        let store = try AppDatabase(path: path, mode: .existing, announce: { said.append($0) })
        #expect(said.count == 1)
        #expect(said.first?.contains("Upgrading \(path)") == true)
        let (stamp, numbers) = try store.readFile { db in
            (try Int32.fetchOne(db, sql: "PRAGMA application_id"),
             try Int64.fetchAll(db, sql: "SELECT seq FROM audit_entry ORDER BY id"))
        }
        #expect(stamp == DatabaseFile.applicationID)
        #expect(numbers == [1, 2, 3])
        let report = try store.integrityReport()
        #expect(report.audit.isIntact, "the old chain still verifies after numbering: \(report.audit.problems)")
        #expect(report.schemaVersion == AppDatabase.schemaVersion)
    }

    @Test func anotherProgramsFileIsRefusedByEveryMode() throws {
        let path = try temporaryPath()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')") }
        try queue.close()
        let before = try bytes(path)
        for mode in [AppDatabase.OpenMode.reading, .existing, .createIfMissing] {
            #expect {
                _ = try AppDatabase(path: path, mode: mode)
            } throws: { error in
                "\(error)".contains("is not a VetDesk database (it belongs to another program)")
            }
        }
        #expect(throws: (any Error).self) { _ = try AppDatabase.inspect(path: path) }
        #expect(try bytes(path) == before)
    }

    @Test func anEmptyFileBecomesAPracticeOnlyWhenCreating() throws {
        let path = try temporaryPath()
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        for mode in [AppDatabase.OpenMode.reading, .existing] {
            #expect {
                _ = try AppDatabase(path: path, mode: mode)
            } throws: { error in
                "\(error)".contains("is empty, not a VetDesk practice")
            }
        }
        #expect(try bytes(path).isEmpty)
        let store = try AppDatabase(path: path, mode: .createIfMissing)
        #expect(try store.readFile { db in try Int32.fetchOne(db, sql: "PRAGMA application_id") } == DatabaseFile.applicationID)
    }

    @Test func aNewPracticeAndItsSideFilesAreOwnerOnly() throws {
        let path = try temporaryPath()
        let previous = umask(0o022)
        defer { umask(previous) }
        let store = try AppDatabase(path: path, mode: .createIfMissing)
        _ = try store.isSetUp()
        // A practice runs in WAL mode: its log and index sit beside it (no rollback journal).
        for file in [path, path + "-wal", path + "-shm"] {
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int)
            #expect(mode == 0o600, "\(file) has mode \(String(mode, radix: 8))")
        }
    }
}
