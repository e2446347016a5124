import Foundation
import GRDB
import Testing
import VetCore
import VetDeskTestSupport
import VetDocuments
import VetStore

/// `vetdesk print` through the real binary: to the CUPS test queue, to a file, and refusals.
@Suite("vetdesk print")
struct PrintCommandTests {
    private func run(_ fixture: PrintPractice, _ arguments: [String]) throws -> CommandRunner.Result {
        try CommandRunner.run(["print"] + arguments + ["--as", "mia", "--db", fixture.path], input: PrintPractice.password + "\n")
    }

    private func printouts(_ fixture: PrintPractice) throws -> [String] {
        try fixture.store.exportLog(as: fixture.manager).filter { $0.kind == .printout }.map(\.location)
    }

    @Test(.enabled(if: TestPrinter.isAvailable, "\(TestPrinter.unavailable ?? "")"))
    func invoicePrintsThroughCUPSExactlyAsRendered() throws {
        let fixture = try PrintPractice()
        let result = try run(fixture, ["invoice", fixture.firstNumber, "--printer", TestPrinter.queue])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let job = try #require(result.stderr.split(separator: " ").first { $0.hasPrefix("\(TestPrinter.queue)-") })
            .trimmingCharacters(in: .punctuationCharacters.subtracting(CharacterSet(charactersIn: "-")))
        #expect(result.stderr.hasPrefix("Invoice \(fixture.firstNumber) sent to \(TestPrinter.queue) as job \(job) (1 page)."))
        let printed = try TestPrinter.output(ofJob: job)
        let expected = InvoiceDocument.render(try fixture.store.invoiceDocument(number: fixture.firstNumber, as: fixture.manager),
                                              layout: PrintLayout(.a4))
        #expect(printed == expected.text)
        #expect(try printouts(fixture) == ["printer \(TestPrinter.queue), job \(job)"])
    }

    @Test(.enabled(if: TestPrinter.isAvailable, "\(TestPrinter.unavailable ?? "")"))
    func statementPrintsOnTheReceiptRollFromTheSettings() throws {
        let fixture = try PrintPractice()
        let settings = try fixture.store.documentSettings()
        try fixture.store.updateDocumentSettings(DocumentSettings(vatNumber: "", printer: TestPrinter.queue, paper: .receipt),
                                                 expectedVersion: settings.version, as: fixture.manager)
        let result = try run(fixture, ["statement", "zoe smith"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let job = try #require(result.stderr.components(separatedBy: " as job ").last?.components(separatedBy: " ").first)
        let printed = try TestPrinter.output(ofJob: job)
        #expect(printed.split(separator: "\n").allSatisfy { $0.count <= 48 })
        #expect(printed.contains("Statement of account"))
        #expect(printed.contains("Zoë Smith"))
        #expect(try fixture.practice.zoeID > 0)
    }

    @Test func outWritesAnOwnerOnlyFileAndLogsIt() throws {
        let fixture = try PrintPractice()
        let out = fixture.practice.folder.appendingPathComponent("statement.txt").path
        let result = try run(fixture, ["statement", String(try fixture.practice.zoeID), "--paper", "receipt", "--out", out])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("Statement of account"))
        let mode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try printouts(fixture) == [out])
        // Never over an existing file.
        let again = try run(fixture, ["statement", "1", "--out", out])
        #expect(again.status != 0)
        #expect(again.stderr.contains("--out: \(out) already exists"))
    }

    @Test func failuresAreClearSentencesOnStandardError() throws {
        let fixture = try PrintPractice()
        let unknown = try run(fixture, ["invoice", "INV-1999-99999", "--out", "/tmp/unused-\(UUID().uuidString)"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no invoice is numbered 'INV-1999-99999'"))
        let paper = try run(fixture, ["invoice", fixture.firstNumber, "--paper", "letter"])
        #expect(paper.status != 0)
        #expect(paper.stderr.contains("--paper 'letter' is not known"))
        let hostile = try run(fixture, ["invoice", fixture.firstNumber, "--printer=-oevil"])
        #expect(hostile.status != 0)
        #expect(hostile.stderr.contains("--printer '-oevil' must be a printer queue name"))
        // No lp on the PATH: the message says what to install.
        let noLP = try CommandRunner.run(["print", "invoice", fixture.firstNumber, "--printer", "anything", "--as", "mia",
                                          "--db", fixture.path], input: PrintPractice.password + "\n",
                                         environment: ["PATH": fixture.practice.folder.path])
        #expect(noLP.status != 0)
        #expect(noLP.stderr.contains("printing needs the CUPS command 'lp', which is not installed"))
        #expect(try printouts(fixture).isEmpty)
    }

    @Test(.enabled(if: TestPrinter.isAvailable, "\(TestPrinter.unavailable ?? "")"))
    func aMissingQueueIsReportedWithWhatLPSaid() throws {
        let fixture = try PrintPractice()
        let result = try run(fixture, ["invoice", fixture.firstNumber, "--printer", "no-such-printer"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("printer 'no-such-printer': lp failed (exit status 1)"))
        #expect(result.stderr.contains("does not exist"))
        #expect(try printouts(fixture).isEmpty)
    }

    @Test(.enabled(if: TestPrinter.isAvailable, "\(TestPrinter.unavailable ?? "")"))
    func theQueueListIncludesTheTestPrinter() throws {
        #expect(try LinePrinter().queues().contains(TestPrinter.queue))
    }
}
