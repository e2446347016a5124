import Foundation
import Testing
import VetDeskTestSupport

/// A server address is taken as a server, never as a file name: one that cannot be reached
/// is reported in words on stderr, and a password written into it is never repeated.
@Suite struct DatabaseAddressCommandTests {
    @Test func anUnreachableServerIsReportedClearly() throws {
        let result = try CommandRunner.run(["search", "smith", "--as", "mary",
                                            "--db", "postgresql://vetdesk@127.0.0.1:1/group"], input: "x\n")
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot connect to postgresql://vetdesk@127.0.0.1:1/group"), "\(result.stderr)")
        #expect(result.stderr.contains("refused the connection"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "postgresql:"), "no file or folder was created")
    }

    @Test func aPasswordInTheAddressIsRefusedWithoutRepeatingIt() throws {
        let result = try CommandRunner.run(["search", "smith", "--as", "mary",
                                            "--db", "postgresql://vetdesk:s3cr3t-pass@127.0.0.1:1/group"], input: "x\n")
        #expect(result.status != 0)
        #expect(result.stderr.contains("~/.pgpass"), "\(result.stderr)")
        #expect(!result.stderr.contains("s3cr3t-pass"))
    }
}
