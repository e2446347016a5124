import Foundation
import GRDB
import Testing
import VetDeskTestSupport
import VetCore
import VetStore

/// Safe with the file: owner-only files, only VetDesk's own files, reading that never writes,
/// verified backups, restore, and a killed demo that leaves nothing half-built.
@Suite("file safety", .serialized)
struct FileSafetyTests {
    /// A small practice made by the real program, in its own folder.
    private func practice(in folder: URL, clients: Int = 5) throws -> String {
        let path = folder.appendingPathComponent("practice.sqlite").path
        let result = try CommandRunner.run(["demo", "--clients", String(clients), "--db", path])
        try #require(result.status == 0, "demo failed: \(result.stderr)")
        return path
    }

    private func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    private func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    private func clientCount(_ path: String) throws -> Int {
        let queue = try DatabaseQueue(path: path, configuration: { var c = Configuration(); c.readonly = true; return c }())
        defer { try? queue.close() }
        return try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM client") ?? -1 }
    }

    @Test func filesAndFoldersAreOwnerOnlyWhateverTheUmask() throws {
        let folder = try makeTemporaryFolder()
        let path = folder.appendingPathComponent("new/practice.sqlite").path
        let made = try CommandRunner.runInShell("umask 000; exec \"$VETDESK\" demo --clients 3 --db \"$1\"", path)
        try #require(made.status == 0, "\(made.stderr)")
        #expect(try mode(path) == 0o600)
        #expect(try mode(folder.appendingPathComponent("new").path) == 0o700)
        let backup = folder.appendingPathComponent("backup.sqlite").path
        let backedUp = try CommandRunner.runInShell("umask 000; exec \"$VETDESK\" backup \"$2\" --db \"$1\"", path, backup)
        try #require(backedUp.status == 0, "\(backedUp.stderr)")
        #expect(try mode(backup) == 0o600)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        let checked = try CommandRunner.run(["check", "--db", path])
        #expect(checked.status == 0)
        #expect(checked.stderr.contains("can be read by other users of this computer"))
    }

    @Test func anotherProgramsDatabaseIsRefusedByEveryCommandAndLeftUnchanged() throws {
        let folder = try makeTemporaryFolder()
        let path = folder.appendingPathComponent("recipes.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE recipe (name TEXT); INSERT INTO recipe VALUES ('soup')") }
        try queue.close()
        let before = try bytes(path)
        let backup = folder.appendingPathComponent("copy.sqlite").path
        for command in [["search", "smith", "--as", "manager"], ["requests", "--as", "manager"],
                        ["user", "list", "--as", "manager"], ["check"], ["backup", backup], [],
                        ["retention", "--as", "manager"], ["demo", "--clients", "2"]] {
            let result = try CommandRunner.run(command + ["--db", path], input: "manager123\n")
            #expect(result.status != 0, "\(command) accepted another program's file")
            #expect(result.stderr.contains("is not a VetDesk database") || result.stderr.contains("already exists"),
                    "\(command): \(result.stderr)")
        }
        let restored = try CommandRunner.run(["restore", path, "--db", folder.appendingPathComponent("p.sqlite").path])
        #expect(restored.status != 0)
        #expect(restored.stderr.contains("is not a VetDesk database"))
        #expect(try bytes(path) == before)
        #expect(!FileManager.default.fileExists(atPath: backup))
    }

    @Test func anEmptyFileIsRefusedByReadersAndBecomesAPracticeOnlyThroughDemo() throws {
        let folder = try makeTemporaryFolder()
        let path = folder.appendingPathComponent("empty.sqlite").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        for command in [["search", "smith", "--as", "manager"], ["requests", "--as", "manager"], ["check"],
                        ["user", "list", "--as", "manager"]] {
            let result = try CommandRunner.run(command + ["--db", path], input: "manager123\n")
            #expect(result.status != 0)
            #expect(result.stderr.contains("is empty, not a VetDesk practice"), "\(command): \(result.stderr)")
        }
        #expect(try bytes(path).isEmpty)
        let made = try CommandRunner.run(["demo", "--clients", "2", "--db", path])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(try clientCount(path) == 2)
    }

    @Test func readingNeverChangesTheSchemaOrTheData() throws {
        let folder = try makeTemporaryFolder()
        let path = try practice(in: folder)
        let before = try bytes(path)
        for command in [["check"], ["search", "smith", "--as", "manager"], ["requests", "--as", "manager"],
                        ["user", "list", "--as", "manager"]] {
            let result = try CommandRunner.run(command + ["--db", path], input: "manager123\n")
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        let queue = try DatabaseQueue(path: path, configuration: { var c = Configuration(); c.readonly = true; return c }())
        defer { try? queue.close() }
        let cookie = try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA schema_version") }
        let original = folder.appendingPathComponent("original.sqlite").path
        try before.write(to: URL(fileURLWithPath: original))
        let originalCookie = try DatabaseQueue(path: original).read { db in try Int.fetchOne(db, sql: "PRAGMA schema_version") }
        #expect(cookie == originalCookie, "a read command changed the schema")
        // Only the audit trail may grow (who viewed what); every other table is as it was.
        let tables = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%search%'")
        }
        let copy = try DatabaseQueue(path: original)
        for table in tables where table != "audit_entry" && table != "audit_head" {
            let now = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \"\(table)\"") }
            let then = try copy.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \"\(table)\"") }
            #expect(now == then, "\(table) changed")
        }
    }

    @Test func checkAndBackupWorkOnAReadOnlyFileAndMedium() throws {
        let folder = try makeTemporaryFolder()
        let path = try practice(in: folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: path)
        let before = try bytes(path)
        let checked = try CommandRunner.run(["check", "--db", path])
        #expect(checked.status == 0, "\(checked.stderr)")
        let copy = folder.appendingPathComponent("copy.sqlite").path
        let backedUp = try CommandRunner.run(["backup", copy, "--db", path])
        #expect(backedUp.status == 0, "\(backedUp.stderr)")
        #expect(backedUp.stderr.contains("not recorded in the audit trail"))
        #expect(try bytes(path) == before)
        #expect(try clientCount(copy) == 5)

        let medium = try ScratchMount(sizeKiB: 4096)
        defer { medium.unmount() }
        let onMedium = medium.path + "/practice.sqlite"
        try FileManager.default.copyItem(atPath: path, toPath: onMedium)
        try medium.makeReadOnly()
        let checkedOnMedium = try CommandRunner.run(["check", "--db", onMedium])
        #expect(checkedOnMedium.status == 0, "\(checkedOnMedium.stderr)")
        #expect(checkedOnMedium.stdout.contains("integrity: ok"))
        let secondCopy = folder.appendingPathComponent("second.sqlite").path
        let fromMedium = try CommandRunner.run(["backup", secondCopy, "--db", onMedium])
        #expect(fromMedium.status == 0, "\(fromMedium.stderr)")
        #expect(try clientCount(secondCopy) == 5)
    }

    @Test func aBackupToAFullDiskLeavesNothingAndCanBeRetried() throws {
        let folder = try makeTemporaryFolder()
        let path = try practice(in: folder, clients: 60)
        let small = try ScratchMount(sizeKiB: 64)
        defer { small.unmount() }
        let destination = small.path + "/backup.sqlite"
        let failed = try CommandRunner.run(["backup", destination, "--db", path])
        #expect(failed.status != 0)
        #expect(failed.stderr.contains("full"), "\(failed.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: small.path)
        #expect(left.isEmpty, "a partial backup was left behind: \(left)")
        let elsewhere = folder.appendingPathComponent("backup.sqlite").path
        let retried = try CommandRunner.run(["backup", elsewhere, "--db", path])
        #expect(retried.status == 0, "\(retried.stderr)")
    }

    @Test func aDamagedDatabaseIsNotBackedUp() throws {
        let folder = try makeTemporaryFolder()
        let path = try practice(in: folder)
        var damaged = try bytes(path)
        for index in (4096 * 3)..<(4096 * 4) { damaged[index] = UInt8(truncatingIfNeeded: index &* 7) }
        try damaged.write(to: URL(fileURLWithPath: path))
        let destination = folder.appendingPathComponent("backup.sqlite").path
        let result = try CommandRunner.run(["backup", destination, "--db", path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("damaged"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: destination))
        #expect(!FileManager.default.fileExists(atPath: destination + ".partial"))
    }

    @Test func restorePutsABackupBackWithoutReplayingAStaleLog() throws {
        let folder = try makeTemporaryFolder()
        let path = try practice(in: folder)
        let backup = folder.appendingPathComponent("monday.sqlite").path
        #expect(try CommandRunner.run(["backup", backup, "--db", path]).status == 0)
        // After the backup more clients arrive, and the machine stops with them only in the write-ahead log.
        let crashed = try CrashedPractice(copying: path, into: folder.appendingPathComponent("crashed"), extraClients: 3)
        #expect(FileManager.default.fileExists(atPath: crashed.path + "-wal"))
        let result = try CommandRunner.run(["restore", backup, "--db", crashed.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("kept as \(crashed.path).before-restore-"))
        #expect(try clientCount(crashed.path) == 5, "the stale log was replayed into the restored file")
        let aside = try FileManager.default.contentsOfDirectory(atPath: crashed.folder.path)
        #expect(aside.contains { $0.hasPrefix("practice.sqlite.before-restore-") && $0.hasSuffix("-wal") })
        #expect(try mode(crashed.path) == 0o600)
        let checked = try CommandRunner.run(["check", "--db", crashed.path, "--against", backup])
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
        #expect(checked.stdout.contains("extends the backup"))
    }

    @Test func restoreIsRefusedWhileThepracticeIsOpenOrTheBackupIsBad() throws {
        let folder = try makeTemporaryFolder()
        let path = try practice(in: folder)
        let backup = folder.appendingPathComponent("monday.sqlite").path
        #expect(try CommandRunner.run(["backup", backup, "--db", path]).status == 0)
        do {
            let open = try AppDatabase(path: path, mode: .existing)
            _ = try open.isSetUp()
            let refused = try CommandRunner.run(["restore", backup, "--db", path])
            #expect(refused.status != 0)
            #expect(refused.stderr.contains("VetDesk is open on \(path)"), "\(refused.stderr)")
        }
        #expect(try !FileManager.default.contentsOfDirectory(atPath: folder.path).contains { $0.contains("before-restore") })
        let before = try bytes(path)
        var broken = try bytes(backup)
        for index in (4096 * 2)..<(4096 * 3) { broken[index] = 0xAB }
        try broken.write(to: URL(fileURLWithPath: backup))
        let damaged = try CommandRunner.run(["restore", backup, "--db", path])
        #expect(damaged.status != 0)
        #expect(damaged.stderr.contains("damaged"), "\(damaged.stderr)")
        #expect(try bytes(path) == before)
    }

    @Test func theAuditHeadGoesToTheSystemLogWhenVetDeskCloses() throws {
        let folder = try makeTemporaryFolder()
        let path = try practice(in: folder)
        let log = try DatagramListener(path: folder.appendingPathComponent("log.sock").path)
        defer { log.close() }
        let result = try CommandRunner.run(["backup", folder.appendingPathComponent("b.sqlite").path, "--db", path],
                                           environment: ["VETDESK_SYSLOG_SOCKET": log.path])
        #expect(result.status == 0, "\(result.stderr)")
        let message = try #require(log.receive(timeoutSeconds: 10), "nothing reached the system log")
        #expect(message.hasPrefix("<86>"))
        #expect(message.contains("vetdesk["))
        #expect(message.contains("audit head of \(path) is "))
        let head = try #require(message.split(separator: " ").first { $0.contains(":") && $0.count > 64 })
        let checked = try CommandRunner.run(["check", "--db", path, "--head", String(head)])
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
    }

    @Test func aKilledDemoLeavesNothingHalfBuiltAndCanBeRunAgain() throws {
        let folder = try makeTemporaryFolder()
        let path = folder.appendingPathComponent("demo.sqlite").path
        let process = try CommandRunner.start(["demo", "--clients", "100000", "--db", path])
        let partial = path + ".partial"
        let started = Date()
        while (try? FileManager.default.attributesOfItem(atPath: partial)[.size] as? Int) ?? 0 < 200_000,
              process.isRunning, Date().timeIntervalSince(started) < 120 {
            RunLoop.current.run(until: Date().addingTimeInterval(0.05))
        }
        #expect(process.isRunning, "the demo finished before it could be interrupted")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(!FileManager.default.fileExists(atPath: path), "a half-built practice was left at \(path)")
        let again = try CommandRunner.run(["demo", "--clients", "4", "--db", path])
        #expect(again.status == 0, "\(again.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(left == ["demo.sqlite"], "left behind: \(left)")
        #expect(try clientCount(path) == 4)
    }
}
