import Foundation
import Testing
import VetDeskTestSupport
import VetCore
import VetStore
import VetSQL

/// `vetdesk request …` through the real binary: what the request page does, for scripts.
@Suite("vetdesk request")
final class RequestCommandTests {
    private static let password = "manager-pass-1"
    /// Practices made by the test, kept until it ends (a server database is dropped with its practice).
    private var held: [CommandPractice] = []

    private func practice(engine: SQLDialect = .sqlite) throws -> (path: String, store: AppDatabase, clientID: Int64) {
        let practice = try CommandPractice(password: Self.password, engine: engine)
        held.append(practice)
        let (path, store) = (practice.path, practice.store)
        let client = practice.zoe
        return (path, store, try #require(client.id))
    }

    private func run(_ arguments: [String], _ path: String) throws -> CommandRunner.Result {
        try CommandRunner.run(["request"] + arguments + ["--as", "mia", "--db", path], input: Self.password + "\n")
    }

    @Test(arguments: SQLDialect.allCases)
    func logPrintsTheReferenceAndTheIdentityGateHoldsUntilIdentityIsSettled(engine: SQLDialect) throws {
        let (path, store, clientID) = try practice(engine: engine)
        let today = SystemClock().today().iso
        let logged = try run(["log", "--client", String(clientID), "--kind", "erasure", "--received", today], path)
        #expect(logged.status == 0, "stderr: \(logged.stderr)")
        let reference = logged.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(reference.hasPrefix("DSR-") && reference.count == 13, "\(logged.stdout)")
        let asked = try run(["identity", reference, "--asked", today, "--method", "photo ID"], path)
        #expect(asked.status == 0, "stderr: \(asked.stderr)")
        #expect(asked.stdout.contains("Status: Awaiting identity"))
        let erase = try CommandRunner.run(["rights", "erase", reference, "--as", "mia", "--db", path], input: Self.password + "\n")
        #expect(erase.status != 0)
        #expect(erase.stderr.contains("is awaiting identity evidence"), "\(erase.stderr)")
        let waived = try run(["identity", reference, "--not-needed", "known client at the desk"], path)
        #expect(waived.status == 0, "stderr: \(waived.stderr)")
        let erased = try CommandRunner.run(["rights", "erase", reference, "--as", "mia", "--db", path], input: Self.password + "\n")
        #expect(erased.status == 0, "stderr: \(erased.stderr)")
        let complete = try run(["complete", reference, "--sent", today], path)
        #expect(complete.status == 0, "stderr: \(complete.stderr)")
        #expect(complete.stdout.contains("Status: Completed; closed \(today)."), "\(complete.stdout)")
        #expect(try store.requestDetail(reference: reference).request.responseSentOn?.iso == today)
    }

    @Test func badInputIsRefusedNamingTheFieldWithANonZeroExit() throws {
        let (path, _, _) = try practice()
        let badKind = try run(["log", "--kind", "deletion", "--requester", "A caller"], path)
        #expect(badKind.status != 0)
        #expect(badKind.stderr.contains("--kind 'deletion' is not known"), "\(badKind.stderr)")
        let logged = try run(["log", "--kind", "access", "--requester", "A caller who gave no details"], path)
        let reference = logged.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let badDate = try run(["identity", reference, "--asked", "10/03/2026"], path)
        #expect(badDate.status != 0)
        #expect(badDate.stderr.contains("--asked: '10/03/2026' is not a date"), "\(badDate.stderr)")
        let future = try run(["answer", reference, "--on", "2099-01-01"], path)
        #expect(future.status != 0)
        let pause = try run(["pause", reference, "--on", SystemClock().today().iso, "--question", "Which pet?"], path)
        #expect(pause.status == 0, "stderr: \(pause.stderr)")
        let answer = try run(["answer", reference, "--on", "2099-01-01"], path)
        #expect(answer.stderr.contains("answer date 2099-01-01 is in the future"), "\(answer.stderr)")
        let refuse = try run(["status", reference, "--to", "refused"], path)
        #expect(refuse.status != 0)
        #expect(refuse.stderr.contains("outcome must give the reasons"), "\(refuse.stderr)")
        let noPassword = try CommandRunner.run(["request", "link", reference, "--client", "1", "--as", "mia", "--db", path],
                                                input: "wrong-password\n")
        #expect(noPassword.status != 0)
    }

    @Test func anUnidentifiedRequestIsLinkedAndAThirdPartyWaitsForAuthority() throws {
        let (path, store, clientID) = try practice()
        let logged = try run(["log", "--kind", "access", "--requester", "Bath Law LLP", "--channel", "letter"], path)
        let reference = logged.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let ambiguous = try run(["link", reference, "--client", "Nobody"], path)
        #expect(ambiguous.status != 0)
        #expect(ambiguous.stderr.contains("no client matches 'Nobody'"), "\(ambiguous.stderr)")
        let linked = try run(["link", reference, "--client", "Smith"], path)
        #expect(linked.status == 0, "stderr: \(linked.stderr)")
        #expect(try store.requestDetail(reference: reference).request.clientId == clientID)
        #expect(try run(["third-party", reference, "--relationship", "solicitor"], path).status == 0)
        let folder = try makeTemporaryFolder().path
        let refused = try run(["disclose", reference, "--out", folder], path)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("made by a third party (solicitor)"), "\(refused.stderr)")
        #expect(try run(["third-party", reference, "--relationship", "solicitor", "--authority-received",
                         SystemClock().today().iso], path).status == 0)
        let disclosed = try run(["disclose", reference, "--out", folder], path)
        #expect(disclosed.status == 0, "stderr: \(disclosed.stderr)")
        #expect(disclosed.stdout.contains("Status: Ready for review"), "\(disclosed.stdout)")
    }
}
