import Foundation
import Testing
import VetCore
import VetDeskTestSupport
import VetStore

/// `vetdesk letter REF KIND` through the real binary: written owner-only and recorded, the
/// practice's own template used when present, printing through the CUPS test queue, refusals.
@Suite("vetdesk letter")
struct LetterCommandTests {
    private static let password = "manager-pass-1"

    private func logRequest(_ practice: CommandPractice, receivedDaysAgo: Int = 0) throws -> DataRequest {
        try practice.store.logRequest(NewRequest(kinds: [.access], requesterName: "Zoë Smith", requesterContact: "1 High Street, Bath",
                                                 clientID: try practice.zoeID, channel: .letter,
                                                 receivedOn: SystemClock().today().adding(days: -receivedDaysAgo)), as: practice.manager)
    }

    private func letter(_ practice: CommandPractice, _ arguments: [String]) throws -> CommandRunner.Result {
        try CommandRunner.run(["letter"] + arguments + ["--as", "mia", "--db", practice.path], input: Self.password + "\n")
    }

    @Test func writesTheLetterOwnerOnlyAndRecordsItOnTheRequest() throws {
        let practice = try CommandPractice(password: Self.password)
        let request = try logRequest(practice)
        let out = practice.folder.appendingPathComponent("letters")
        let result = try letter(practice, [request.reference, "acknowledgement", "--out", out.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let file = out.appendingPathComponent("\(request.reference)-acknowledgement-\(SystemClock().today().iso).txt")
        #expect(result.stdout.contains("Wrote \(file.path)"))
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("Our reference: \(request.reference)"))
        #expect(text.contains("one month"))
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int == 0o600)
        let letters = try practice.store.requestLetters(requestID: try #require(request.id))
        #expect(letters.map(\.kind) == [.acknowledgement])
        #expect(letters.first?.deliveredTo == file.path)

        let again = try letter(practice, [request.reference, "acknowledgement", "--out", out.path])
        #expect(again.status != 0)
        #expect(again.stderr.contains("already holds the letter"))
        #expect(try practice.store.requestLetters(requestID: try #require(request.id)).count == 1)
    }

    @Test func thePracticesOwnTemplateBesideTheDatabaseIsUsedAndAMisspeltFieldIsRefused() throws {
        let practice = try CommandPractice(password: Self.password)
        let request = try logRequest(practice)
        let templates = practice.folder.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "Harbour Vets thanks you. Ref {{reference}}, due {{due_on}}.\n"
            .write(to: templates.appendingPathComponent("letter-acknowledgement.txt"), atomically: true, encoding: .utf8)
        try "Ref {{refrence}}\n".write(to: templates.appendingPathComponent("letter-identity.txt"), atomically: true, encoding: .utf8)
        let out = practice.folder.appendingPathComponent("letters")
        let result = try letter(practice, [request.reference, "acknowledgement", "--out", out.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let file = out.appendingPathComponent("\(request.reference)-acknowledgement-\(SystemClock().today().iso).txt")
        #expect(try String(contentsOf: file, encoding: .utf8) == "Harbour Vets thanks you. Ref \(request.reference), due "
            + "\(request.dueOn.long).\n")
        #expect(try practice.store.requestLetters(requestID: try #require(request.id)).first?.template
            == templates.appendingPathComponent("letter-acknowledgement.txt").path)

        let misspelt = try letter(practice, [request.reference, "identity", "--out", out.path])
        #expect(misspelt.status != 0)
        #expect(misspelt.stderr.contains("uses {{refrence}}, which is not a field of this document"))
    }

    @Test func refusesAnUnknownKindNoDestinationAndALateExtensionNotice() throws {
        let practice = try CommandPractice(password: Self.password)
        let request = try logRequest(practice, receivedDaysAgo: 70)
        let out = practice.folder.appendingPathComponent("letters").path
        let badKind = try letter(practice, [request.reference, "apology", "--out", out])
        #expect(badKind.status != 0)
        #expect(badKind.stderr.contains("KIND 'apology' is not known; use one of acknowledgement, identity, clarification, fee, "
            + "extension, refusal, completion"))
        let nowhere = try letter(practice, [request.reference, "acknowledgement"])
        #expect(nowhere.status != 0)
        #expect(nowhere.stderr.contains("--out: give a folder to write the letter into, or --print"))
        try practice.store.extendRequest(requestID: try #require(request.id), reason: "Twelve years of records for three pets.",
                                         noticeSentOn: SystemClock().today().adding(days: -65), expectedVersion: 1,
                                         as: practice.manager)
        let late = try letter(practice, [request.reference, "extension", "--out", out])
        #expect(late.status != 0)
        #expect(late.stderr.contains("the time limit can no longer be extended"))
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try practice.store.requestLetters(requestID: try #require(request.id)).isEmpty)
    }

    @Test(.enabled(if: TestPrinter.isAvailable, "\(TestPrinter.unavailable ?? "")"))
    func printsThroughCUPSAsWritten() throws {
        let practice = try CommandPractice(password: Self.password)
        let request = try logRequest(practice)
        let out = practice.folder.appendingPathComponent("letters")
        let result = try letter(practice, [request.reference, "acknowledgement", "--out", out.path, "--print",
                                           "--printer", TestPrinter.queue])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let job = try #require(result.stdout.components(separatedBy: "Printed as job ").last?
            .split(whereSeparator: \.isNewline).first.map(String.init))
        let written = try String(contentsOf: out.appendingPathComponent(
            "\(request.reference)-acknowledgement-\(SystemClock().today().iso).txt"), encoding: .utf8)
        #expect(try TestPrinter.output(ofJob: job) == written)
        #expect(try practice.store.requestLetters(requestID: try #require(request.id)).first?.deliveredTo
            .contains("printer \(TestPrinter.queue), job \(job)") == true)
    }
}
