import Foundation
import Testing
import VetDeskTestSupport

/// `vetdesk copy` through the real binary: a checked copy reported table by table on stdout,
/// and a destination that holds anything refused on stderr with a non-zero exit.
@Suite struct CopyCommandTests {
    @Test func aPracticeFileIsCopiedAndCheckedTableByTable() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("practice.sqlite").path
        let destination = folder.appendingPathComponent("copy.sqlite").path
        let demo = try CommandRunner.run(["demo", "--clients", "12", "--db", source])
        #expect(demo.status == 0, "\(demo.stderr)")

        let result = try CommandRunner.run(["copy", source, destination])

        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Copied \(source) to \(destination) in "), "\(result.stdout)")
        let lines = result.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains { $0.hasPrefix("client ") && $0.hasSuffix(" 12") }, "\(result.stdout)")
        #expect(lines.contains { $0.hasPrefix("staff_user ") && $0.hasSuffix(" 6") }, "\(result.stdout)")
        #expect(result.stdout.contains("Audit trail: "), "\(result.stdout)")
        #expect(result.stdout.contains("Checked: every table holds the same number of rows in both"), "\(result.stdout)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")

        let check = try CommandRunner.run(["check", "--db", destination, "--against", source])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test func aDestinationThatHoldsAnythingIsRefusedOnStderr() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("practice.sqlite").path
        let taken = folder.appendingPathComponent("taken.sqlite").path
        #expect(try CommandRunner.run(["demo", "--clients", "3", "--db", source]).status == 0)
        #expect(try CommandRunner.run(["demo", "--clients", "3", "--seed", "2", "--db", taken]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: taken))

        let result = try CommandRunner.run(["copy", source, taken])

        #expect(result.status != 0)
        #expect(result.stdout.isEmpty, "\(result.stdout)")
        #expect(result.stderr.contains("\(taken) already exists and is not empty"), "\(result.stderr)")
        #expect(result.stderr.contains("nothing was changed"), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: taken)) == before)
    }

    @Test func aPracticeGoesOntoTheServerAndBackOut() throws {
        let server = try TestServer.createDatabase()
        defer { TestServer.dropDatabase(server.database) }
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("practice.sqlite").path
        let back = folder.appendingPathComponent("back.sqlite").path
        #expect(try CommandRunner.run(["demo", "--clients", "8", "--db", source]).status == 0)

        let onto = try CommandRunner.run(["copy", source, server.description])
        #expect(onto.status == 0, "\(onto.stderr)")
        let again = try CommandRunner.run(["copy", source, server.description])
        #expect(again.status != 0)
        #expect(again.stderr.contains("\(server.description) already holds a practice"), "\(again.stderr)")

        let out = try CommandRunner.run(["copy", server.description, back])
        #expect(out.status == 0, "\(out.stderr)")
        let headLine = { (text: String) in text.split(separator: "\n").first { $0.hasPrefix("Audit trail: ") } }
        #expect(headLine(onto.stdout) != nil)
        #expect(headLine(onto.stdout) == headLine(out.stdout))
    }
}
