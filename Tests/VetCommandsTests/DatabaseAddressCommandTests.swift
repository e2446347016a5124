import Foundation
import Testing
import VetDeskTestSupport

/// A server address given to a command that opens practice files is refused in words on
/// stderr, never taken for a file name, and never repeats a password written into it.
@Suite struct DatabaseAddressCommandTests {
    @Test func aPostgreSQLAddressIsRefusedClearly() throws {
        let result = try CommandRunner.run(["search", "smith", "--as", "mary",
                                            "--db", "postgresql://vetdesk@db.example.net/group"], input: "x\n")
        #expect(result.status != 0)
        #expect(result.stderr.contains("is a PostgreSQL server"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "postgresql:"), "no file or folder was created")
    }

    @Test func aPasswordInTheAddressIsRefusedWithoutRepeatingIt() throws {
        let result = try CommandRunner.run(["search", "smith", "--as", "mary",
                                            "--db", "postgresql://vetdesk:s3cr3t-pass@db.example.net/group"], input: "x\n")
        #expect(result.status != 0)
        #expect(result.stderr.contains("~/.pgpass"), "\(result.stderr)")
        #expect(!result.stderr.contains("s3cr3t-pass"))
    }
}
