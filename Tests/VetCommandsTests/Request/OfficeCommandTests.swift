import Foundation
import Testing
import VetCore
import VetDeskTestSupport
import VetStore

/// `vetdesk ropa` and `vetdesk privacy-notice` through the real binary.
@Suite("vetdesk ropa and privacy-notice")
struct OfficeCommandTests {
    private static let password = "manager-pass-1"

    private func run(_ practice: CommandPractice, _ arguments: [String]) throws -> CommandRunner.Result {
        try CommandRunner.run(arguments + ["--as", "mia", "--db", practice.path], input: Self.password + "\n")
    }

    @Test func ropaWritesTheRecordAsTextHTMLAndJSONAndWarnsOfUndeclaredRecipients() throws {
        let practice = try CommandPractice(password: Self.password)
        let out = practice.folder.appendingPathComponent("ropa")
        let result = try run(practice, ["ropa", "--out", out.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let today = SystemClock().today().iso
        for ext in ["txt", "html", "json"] {
            #expect(result.stdout.contains("Wrote \(out.path)/record-of-processing-\(today).\(ext)"))
        }
        #expect(result.stdout.contains("Activities: 7"))
        let text = try String(contentsOf: out.appendingPathComponent("record-of-processing-\(today).txt"), encoding: .utf8)
        #expect(text.contains("7. Research (version 1)"))
        #expect(text.contains("6 years after the transaction"))
        #expect(!result.stderr.contains("warning"))

        _ = try practice.store.logDisclosure(clientID: try practice.zoeID, AppDatabase.DisclosureDetails(
            recipient: "Bath Kennels", recipientKind: "other", categories: "vaccinations", purpose: "boarding",
            lawfulBasis: "consent"), as: practice.manager)
        let research = try #require(try practice.store.processingRecord().activities.first { $0.name == "Research" })
        try practice.store.retireProcessingActivity(id: try #require(research.id), expectedVersion: 1, as: practice.manager)
        let again = try run(practice, ["ropa", "--out", practice.folder.appendingPathComponent("ropa2").path])
        #expect(again.status == 0, "stderr: \(again.stderr)")
        #expect(again.stderr.contains("the disclosure log shows data sent to other recipients, which no activity lists"))

        let refused = try run(practice, ["ropa", "--out", out.path])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("already holds a record of processing"))
    }

    @Test func privacyNoticeKeepsAVersionAndWritesIt() throws {
        let practice = try CommandPractice(password: Self.password)
        let out = practice.folder.appendingPathComponent("notice")
        let first = try run(practice, ["privacy-notice", "--out", out.path])
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(first.stdout.contains("Wrote \(out.path)/privacy-notice-v1.txt"))
        #expect(first.stdout.contains("Wrote \(out.path)/privacy-notice-v1.html"))
        #expect(first.stdout.contains("Version 1 of \(SystemClock().today().iso) (new)"))
        let text = try String(contentsOf: out.appendingPathComponent("privacy-notice-v1.txt"), encoding: .utf8)
        #expect(text.contains("Information Commissioner's Office"))
        let html = try String(contentsOf: out.appendingPathComponent("privacy-notice-v1.html"), encoding: .utf8)
        #expect(html.contains("<h2>Your rights</h2>"))

        let unchanged = try run(practice, ["privacy-notice", "--out", practice.folder.appendingPathComponent("n2").path])
        #expect(unchanged.status == 0, "stderr: \(unchanged.stderr)")
        #expect(unchanged.stdout.contains("Version 1 of \(SystemClock().today().iso) (unchanged)"))

        var settings = try #require(try practice.store.practiceSettings())
        settings.settings.clinicalRetentionYears = 8
        try practice.store.updateSettings(settings.settings, expectedVersion: settings.version, as: practice.manager)
        let changed = try run(practice, ["privacy-notice", "--out", out.path])
        #expect(changed.status == 0, "stderr: \(changed.stderr)")
        #expect(changed.stdout.contains("(new)"))
        let second = try String(contentsOf: out.appendingPathComponent("privacy-notice-v2.txt"), encoding: .utf8)
        #expect(second.contains("8 years after the animal was last seen"))
        #expect(try practice.store.privacyNotices().map(\.version) == [2, 1])

        let wrongUser = try CommandRunner.run(["privacy-notice", "--out", out.path, "--as", "nobody", "--db", practice.path],
                                              input: "x\n")
        #expect(wrongUser.status != 0)
    }
}
