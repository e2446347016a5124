import Foundation
import Testing
import VetDeskTestSupport
import VetCore
import VetStore
import VetSQL

/// The rights commands through the real binary.
@Suite("vetdesk access-pack, retention, marketing-list")
final class RightsCommandTests {
    private static let password = "manager-pass-1"
    /// Practices made by the test, kept until it ends (a server database is dropped with its practice).
    private var held: [CommandPractice] = []

    /// A practice file with a manager "mia", and a client with email and SMS consent.
    private func practice(clock: any PracticeClock = SystemClock(), engine: SQLDialect = .sqlite)
        throws -> (path: String, folder: URL, store: AppDatabase, manager: StaffSession, clientID: Int64) {
        let practice = try CommandPractice(password: Self.password, email: "zoe@example.com", clock: clock, engine: engine)
        held.append(practice)
        let (folder, path, store, manager) = (practice.folder, practice.path, practice.store, practice.manager)
        let client = practice.zoe
        let clientID = try #require(client.id)
        for channel in [ConsentChannel.email, .sms] {
            try store.grantConsent(clientID: clientID, channel: channel, purpose: .practice, basis: .consent,
                                   source: .inPerson, wordingVersion: "v1", as: manager)
        }
        return (path, folder, store, manager, clientID)
    }

    @Test(arguments: SQLDialect.allCases)
    func accessPackFilesAreOwnerOnlyAndAnExistingPackIsRefused(engine: SQLDialect) throws {
        let (path, folder, store, manager, clientID) = try practice(engine: engine)
        let request = try store.logRequest(NewRequest(kinds: [.access], requesterName: "Zoë Smith", clientID: clientID,
                                                      channel: .email, receivedOn: SystemClock().today()), as: manager)
        let out = folder.appendingPathComponent("packs").path
        let arguments = ["access-pack", request.reference, "--out", out, "--as", "mia", "--db", path]
        let first = try CommandRunner.run(arguments, input: Self.password + "\n")
        #expect(first.status == 0, "stderr: \(first.stderr)")
        for name in ["\(request.reference)-access.json", "\(request.reference)-access.html"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: "\(out)/\(name)")
            #expect(attributes[.posixPermissions] as? Int == 0o600, "\(name) is not owner-only")
        }
        let second = try CommandRunner.run(arguments, input: Self.password + "\n")
        #expect(second.status != 0)
        #expect(second.stderr.contains("already holds an access pack"))
        let wrongPassword = try CommandRunner.run(["access-pack", request.reference, "--out", folder.appendingPathComponent("x").path,
                                                   "--as", "mia", "--db", path], input: "nope\n")
        #expect(wrongPassword.status != 0)
        #expect(wrongPassword.stderr.contains("username or password is not right"))
    }

    @Test func retentionDryRunChangesNothingAndApplyAnonymises() throws {
        let old = FixedClock(date: LocalDate(year: 2010, month: 1, day: 4) ?? LocalDate(daysSinceEpoch: 0))
        let (path, _, _, _, _) = try practice(clock: old)
        let dryRun = try CommandRunner.run(["retention", "--as", "mia", "--db", path], input: Self.password + "\n")
        #expect(dryRun.status == 0, "stderr: \(dryRun.stderr)")
        #expect(dryRun.stdout.contains("Zoë Smith"))
        #expect(dryRun.stdout.contains("Nothing was changed"))
        let again = try CommandRunner.run(["retention", "--as", "mia", "--db", path], input: Self.password + "\n")
        #expect(again.stdout == dryRun.stdout)
        let noManager = try CommandRunner.run(["retention", "--apply", "--db", path])
        #expect(noManager.status != 0)
        #expect(noManager.stderr.contains("--as"))
        let apply = try CommandRunner.run(["retention", "--apply", "--as", "mia", "--db", path], input: Self.password + "\n")
        #expect(apply.status == 0, "stderr: \(apply.stderr)")
        #expect(apply.stdout.contains("Anonymised 1"))
        let after = try CommandRunner.run(["retention", "--as", "mia", "--db", path], input: Self.password + "\n")
        #expect(after.stdout.contains("Nothing is past its retention period."))
        let search = try CommandRunner.run(["search", "Smith", "--as", "mia", "--db", path], input: Self.password + "\n")
        #expect(search.stdout.contains("No clients match"), "stderr: \(search.stderr)")
    }

    @Test func marketingListToStdoutAndToAnOwnerOnlyFile() throws {
        let (path, folder, store, manager, clientID) = try practice()
        try store.withdrawConsent(clientID: clientID, channel: .email, purpose: .practice, source: .phone, as: manager)
        let login = ["--as", "mia", "--db", path]
        let email = try CommandRunner.run(["marketing-list", "--channel", "email"] + login, input: Self.password + "\n")
        #expect(email.status == 0, "stderr: \(email.stderr)")
        #expect(email.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "client_id,name,contact,basis,basis_recorded_at,wording_version,pets")
        let out = folder.appendingPathComponent("sms.csv").path
        let sms = try CommandRunner.run(["marketing-list", "--channel", "sms", "--purpose", "practice", "--out", out] + login, input: Self.password + "\n")
        #expect(sms.status == 0, "stderr: \(sms.stderr)")
        let csv = try String(contentsOfFile: out, encoding: .utf8)
        #expect(csv.contains("Zoë Smith,07700 900123,consent"))
        #expect(try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int == 0o600)
        let badChannel = try CommandRunner.run(["marketing-list", "--channel", "fax"] + login, input: Self.password + "\n")
        #expect(badChannel.status != 0)
        #expect(badChannel.stderr.contains("--channel"))
        let exists = try CommandRunner.run(["marketing-list", "--channel", "sms", "--out", out] + login, input: Self.password + "\n")
        #expect(exists.status != 0)
        #expect(exists.stderr.contains("already exists"))
    }
}
