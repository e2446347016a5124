import Foundation
import Testing
import VetDeskTestSupport

/// `vetdesk demo --sites` through the real binary: a practice of several sites is written and
/// its sites and their logins are listed; a count outside 1 to 50 is refused (see
/// HostileOptionTests) and writes nothing.
@Suite struct DemoCommandTests {
    @Test func aDemoOfThreeSitesListsItsSitesAndWhoLogsInThere() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("group.sqlite").path

        let result = try CommandRunner.run(["demo", "--clients", "20", "--sites", "3", "--db", path])

        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("20 clients, 3 sites, seed 1"), "\(result.stdout)")
        for site in ["Teme Valley Veterinary Surgery", "Teme Valley Vets, Shrewsbury", "Teme Valley Vets, Hereford"] {
            #expect(result.stdout.contains("\n  \(site)\n"), "\(site) not listed:\n\(result.stdout)")
        }
        #expect(result.stdout.contains("reception3"), "\(result.stdout)")
    }

    @Test func aRefusedSiteCountWritesNothing() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("group.sqlite").path

        let result = try CommandRunner.run(["demo", "--clients", "20", "--sites", "51", "--db", path])

        #expect(result.status != 0 && result.status < 128)
        #expect(result.stderr.contains("--sites must be a whole number from 1 to 50, not '51'"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
