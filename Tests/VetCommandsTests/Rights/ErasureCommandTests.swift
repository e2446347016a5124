import Foundation
import Testing
import VetDeskTestSupport
import VetCore
import VetStore
import VetSQL

/// `vetdesk rights erase` and `vetdesk retention --apply` list every place the kept text names the
/// person and refuse to run until each is redacted or kept with a reason.
@Suite("vetdesk rights erase and retention --apply: names in kept text")
struct ErasureCommandTests {
    private static let password = "manager-pass-1"

    private func practice(clock: any PracticeClock = SystemClock(), engine: SQLDialect = .sqlite)
        throws -> (path: String, store: AppDatabase, manager: StaffSession, clientID: Int64, held: CommandPractice) {
        let practice = try CommandPractice(password: Self.password, clock: clock, engine: engine)
        let (path, store, manager) = (practice.path, practice.store, practice.manager)
        let client = practice.zoe
        return (path, store, manager, try #require(client.id), practice)
    }

    @Test(arguments: SQLDialect.allCases)
    func eraseListsEachHitAndRefusesUntilToldThenRedacts(engine: SQLDialect) throws {
        let (path, store, manager, clientID, held) = try practice(engine: engine)
        defer { withExtendedLifetime(held) {} }
        let request = try store.logRequest(NewRequest(kinds: [.erasure], requesterName: "Zoë Smith", clientID: clientID,
                                                      channel: .phone, receivedOn: SystemClock().today(),
                                                      notes: "Mrs Smith rang from 0770 090 0123, lives at 1 High Street BA11AA"),
                                           as: manager)
        let login = ["--as", "mia", "--db", path]
        let refused = try CommandRunner.run(["rights", "erase", request.reference] + login, input: Self.password + "\n")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("nothing was erased"))
        let hits = refused.stdout.split(separator: "\n").filter { $0.hasPrefix("hit H") }
        #expect(hits.count == 4, "stdout: \(refused.stdout)")
        #expect(hits.allSatisfy { $0.contains("dsr request") && $0.contains("notes") && $0.contains("UNDECIDED") })
        #expect(try store.viewClient(id: clientID, as: manager).client.status != .anonymised)

        let stray = try CommandRunner.run(["rights", "erase", request.reference, "--keep", "Hdeadbeef=because"] + login, input: Self.password + "\n")
        #expect(stray.status != 0)
        #expect(stray.stderr.contains("Hdeadbeef is not one of the hits found"))
        let firstID = try #require(hits.first?.split(separator: "\t").first?.dropFirst(4).description)
        let partly = try CommandRunner.run(["rights", "erase", request.reference, "--keep", "\(firstID)=the caller's title"] + login, input: Self.password + "\n")
        #expect(partly.status != 0)
        #expect(partly.stderr.contains("3 of 4 places"))

        let done = try CommandRunner.run(["rights", "erase", request.reference, "--redact-all",
                                          "--keep", "\(firstID)=the caller's title"] + login,
                                         input: Self.password + "\n")
        #expect(done.status == 0, "stderr: \(done.stderr)")
        #expect(done.stdout.contains("keep: the caller's title"))
        let notes = try store.requestDetail(id: try #require(request.id)).request.notes
        #expect(notes == "Mrs Smith rang from [redacted], lives at [redacted] [redacted]")
    }

    @Test(arguments: SQLDialect.allCases)
    func eraseListsTheFilesThatHoldThePersonAndExportsDeletedRecordsEach(engine: SQLDialect) throws {
        let (path, store, manager, clientID, held) = try practice(engine: engine)
        defer { withExtendedLifetime(held) {} }
        let request = try store.logRequest(NewRequest(kinds: [.access, .erasure], requesterName: "The client", clientID: clientID,
                                                      channel: .email, receivedOn: SystemClock().today()), as: manager)
        let folder = held.folder.appendingPathComponent("packs")
        try store.writeAccessPack(reference: request.reference, to: folder, as: manager)
        let login = ["--as", "mia", "--db", path]
        let erase = try CommandRunner.run(["rights", "erase", request.reference, "--redact-all"] + login, input: Self.password + "\n")
        #expect(erase.status == 0, "stderr: \(erase.stderr)")
        #expect(erase.stdout.contains("export 1\taccess pack for \(request.reference) at \(folder.path)"), "\(erase.stdout)")
        #expect(erase.stdout.contains("vetdesk exports deleted 1 --on DATE"))
        let future = try CommandRunner.run(["exports", "deleted", "1", "--on", "2199-01-01"] + login, input: Self.password + "\n")
        #expect(future.status != 0)
        #expect(future.stderr.contains("deleted date 2199-01-01"))
        let today = SystemClock().today().iso
        let deleted = try CommandRunner.run(["exports", "deleted", "1", "--on", today, "--note", "shredded"] + login, input: Self.password + "\n")
        #expect(deleted.status == 0, "stderr: \(deleted.stderr)")
        let listed = try CommandRunner.run(["exports"] + login, input: Self.password + "\n")
        #expect(listed.stdout.contains("deleted \(today): shredded"), "\(listed.stdout)")
    }

    @Test func retentionApplyRefusesUntilHitsAreDecided() throws {
        let old = FixedClock(date: LocalDate(year: 2010, month: 1, day: 4) ?? LocalDate(daysSinceEpoch: 0))
        let (path, store, manager, clientID, held) = try practice(clock: old)
        defer { withExtendedLifetime(held) {} }
        let request = try store.logRequest(NewRequest(kinds: [.access], requesterName: "Zoë Smith", clientID: clientID,
                                                      channel: .phone, receivedOn: old.today(), notes: "Zoë Smith wants her file"),
                                           as: manager)
        try store.recordResponseSent(requestID: try #require(request.id), on: old.today(), closingAs: .refused,
                                     reason: "manifestly unfounded", expectedVersion: request.version, as: manager)
        let login = ["--as", "mia", "--db", path]
        let refused = try CommandRunner.run(["retention", "--apply", "--only", "client:\(clientID)"] + login, input: Self.password + "\n")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("nothing was anonymised"))
        #expect(refused.stdout.contains("hit H"))
        let notTold = try CommandRunner.run(["retention", "--redact-all"] + login, input: Self.password + "\n")
        #expect(notTold.status != 0)
        #expect(notTold.stderr.contains("add --apply"))
    }
}
