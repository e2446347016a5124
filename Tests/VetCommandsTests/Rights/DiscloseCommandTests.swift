import Foundation
import Testing
import VetDeskTestSupport
import VetCore
import VetStore

/// `vetdesk disclose` logs data sent to any kind of recipient; a restricted client's data only with
/// `--override GROUND --note TEXT` from a practice manager.
@Suite("vetdesk disclose")
struct DiscloseCommandTests {
    private static let password = "manager-pass-1"

    @Test func logsAnyKindOfRecipientAndARestrictedClientOnlyWithAnOverride() throws {
        let practice = try CommandPractice(password: Self.password)
        let (path, store, manager) = (practice.path, practice.store, practice.manager)
        let clientID = try practice.zoeID
        let args = ["disclose", "--client", "\(clientID)", "--to", "Vale Referrals", "--categories", "clinical history",
                    "--purpose", "referral for surgery", "--basis", "legitimate interests",
                    "--as", "mia", "--db", path]
        let badKind = try CommandRunner.run(args + ["--kind", "neighbour"], input: Self.password + "\n")
        #expect(badKind.status != 0)
        #expect(badKind.stderr.contains("--kind: 'neighbour' is not a kind of recipient"))
        let logged = try CommandRunner.run(args + ["--kind", "referral"], input: Self.password + "\n")
        #expect(logged.status == 0, "stderr: \(logged.stderr)")
        #expect(logged.stdout.contains("Vale Referrals (referral) received clinical history"))

        let request = try store.logRequest(NewRequest(kinds: [.restriction], requesterName: "Zoë Smith", clientID: clientID,
                                                      channel: .email, receivedOn: SystemClock().today()), as: manager)
        try store.restrictProcessing(requestID: try #require(request.id), as: manager)
        let refused = try CommandRunner.run(args + ["--kind", "3"], input: Self.password + "\n")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("is restricted under a data-protection request"))
        let badGround = try CommandRunner.run(args + ["--kind", "3", "--override", "because", "--note", "x"], input: Self.password + "\n")
        #expect(badGround.status != 0)
        #expect(badGround.stderr.contains("--override: 'because' is not a ground"))
        let noNote = try CommandRunner.run(args + ["--kind", "3", "--override", "legal-claims"], input: Self.password + "\n")
        #expect(noNote.status != 0)
        #expect(noNote.stderr.contains("--override needs --note"))
        let overridden = try CommandRunner.run(args + ["--kind", "3", "--override", "legal-claims", "--note", "court order of 3 March"], input: Self.password + "\n")
        #expect(overridden.status == 0, "stderr: \(overridden.stderr)")
        let trail = try store.auditTrail(clientID: clientID, as: manager).filter { $0.action == "override restriction" }
        #expect(trail.map(\.detail) == ["share their data with Vale Referrals: Legal claims: court order of 3 March"])
    }
}
