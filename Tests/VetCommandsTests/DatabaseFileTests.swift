import Foundation
import GRDB
import Testing
import VetDeskTestSupport
import VetCore
import VetStore

/// Every bad database file gets one clear sentence on stderr, a non-zero exit, and is left exactly as it was.
@Suite("bad database files")
struct DatabaseFileTests {
    private func practiceFile(in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("practice.sqlite").path
        let store = try AppDatabase(path: path, mode: .createIfMissing)
        _ = try store.setUpPractice(PracticeSettings(name: "Harbour Vets", region: .jersey),
                                    manager: NewStaffUser(username: "manager", displayName: "Mia Manager",
                                                          role: .manager, password: "mia-manager-pass"))
        return path
    }

    private func contents(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func missingDatabaseForAReadCommand() throws {
        let folder = try makeTemporaryFolder()
        let path = folder.appendingPathComponent("absent.sqlite").path
        let result = try CommandRunner.run(["search", "smith", "--as", "mia", "--db", path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no VetDesk database at \(path)"))
        #expect(!FileManager.default.fileExists(atPath: path), "a read command must not create the file")
    }

    @Test func fileThatIsNotADatabase() throws {
        let folder = try makeTemporaryFolder()
        let path = folder.appendingPathComponent("notes.sqlite").path
        let original = Data("Dear Sir, this is a letter, not a database.\n".utf8)
        try original.write(to: URL(fileURLWithPath: path))
        for command in [["search", "smith", "--as", "mia"], ["check"], ["requests", "--as", "mia"]] {
            let result = try CommandRunner.run(command + ["--db", path])
            #expect(result.status != 0)
            #expect(result.stderr.contains("is not a VetDesk database"), "\(command): \(result.stderr)")
        }
        #expect(try contents(path) == original)
    }

    @Test func databaseFromANewerVetDesk() throws {
        let folder = try makeTemporaryFolder()
        let path = try practiceFile(in: folder)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9-from-the-future')") }
        try queue.close()
        let before = try contents(path)
        let result = try CommandRunner.run(["search", "smith", "--as", "mia", "--db", path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("newer version of VetDesk"))
        #expect(try contents(path) == before)
    }

    @Test func readOnlyFile() throws {
        let folder = try makeTemporaryFolder()
        let path = try practiceFile(in: folder)
        let before = try contents(path)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path) }
        let result = try CommandRunner.run(["requests", "--as", "mia", "--db", path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("read-only"))
        #expect(try contents(path) == before)
    }

    @Test func corruptDatabaseFailsItsCheck() throws {
        let folder = try makeTemporaryFolder()
        let path = try practiceFile(in: folder)
        var bytes = try contents(path)
        // Overwrite the second page (the first table's b-tree) with garbage, keeping the header.
        let pageSize = 4096
        #expect(bytes.count > pageSize * 2)
        for index in pageSize..<(pageSize * 2) { bytes[index] = UInt8(truncatingIfNeeded: index &* 31) }
        try bytes.write(to: URL(fileURLWithPath: path))
        let result = try CommandRunner.run(["check", "--db", path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("damaged") || result.stderr.contains("failed its check"), "stderr: \(result.stderr)")
        #expect(try contents(path) == bytes)
    }

    @Test func healthyDatabasePassesItsCheck() throws {
        let folder = try makeTemporaryFolder()
        let path = try practiceFile(in: folder)
        let result = try CommandRunner.run(["check", "--db", path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("integrity: ok"))
        #expect(result.stdout.contains("audit chain: intact"))
    }

    @Test func defaultPathFollowsTheEnvironment() throws {
        let folder = try makeTemporaryFolder()
        let result = try CommandRunner.run(["search", "smith", "--as", "mia"], environment: ["XDG_DATA_HOME": folder.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(folder.path)/vetdesk/practice.sqlite"))
        let explicit = try CommandRunner.run(["search", "smith", "--as", "mia"], environment: ["VETDESK_DB": "/nonexistent/x.sqlite"])
        #expect(explicit.stderr.contains("/nonexistent/x.sqlite"))
    }
}
