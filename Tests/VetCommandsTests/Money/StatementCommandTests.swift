import Foundation
import Testing
import VetDeskTestSupport
import VetCore
import VetStore

/// `vetdesk statement` through the real binary.
@Suite("vetdesk statement")
struct StatementCommandTests {
    private static let password = "manager-pass-1"

    /// A practice with a manager "mia" and Zoë Smith, who was invoiced £60.00 (two invoices) and paid £20.00 of the first.
    private func practice() throws -> (path: String, clientID: Int64) {
        let practice = try CommandPractice(password: Self.password)
        let (path, store, manager) = (practice.path, practice.store, practice.manager)
        let clientID = try practice.zoeID
        var invoiceIDs: [Int64] = []
        for (what, pence) in [("Bath and groom", 5_000), ("Lead", 1_000)] {
            let line = ChargeLine(value: InvoiceLineValue(what, quantity: 1, unitPrice: Pence(pence), vatRate: .zero))
            let draft = try store.draftInvoice(clientID: clientID, lines: [line], as: manager)
            let final = try store.finaliseInvoice(id: try #require(draft.id), expectedVersion: draft.version, as: manager)
            invoiceIDs.append(try #require(final.id))
        }
        try store.recordPayment(clientID: clientID, amount: Pence(2_000), method: .cheque, reference: "chq 12",
                                invoiceIDs: [invoiceIDs[0]], as: manager)
        return (path, clientID)
    }

    @Test func textShowsRunningBalanceOutstandingInvoicesAndAgedDebt() throws {
        let (path, clientID) = try practice()
        let result = try CommandRunner.run(["statement", String(clientID), "--as", "mia", "--db", path], input: Self.password + "\n")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Statement of Zoë Smith (client \(clientID)) on ") == true)
        #expect(lines.contains { $0.hasSuffix("Payment · Cheque · chq 12 · paid INV-\(SystemClock().today().year)-00001\t-£20.00\t£40.00") })
        #expect(lines.contains { $0.contains("-00001\t") && $0.hasSuffix("\t£50.00\t£30.00\tPart paid") })
        #expect(lines.contains { $0.contains("-00002\t") && $0.hasSuffix("\t£10.00\t£10.00\tOutstanding") })
        #expect(lines.contains("Balance: £40.00 owed"))
        #expect(lines.contains("Aged debt: 0–30 days £40.00 · 31–60 £0.00 · 61–90 £0.00 · over 90 £0.00"))
        // Found by name as well as by number.
        let byName = try CommandRunner.run(["statement", "zoe smith", "--as", "mia", "--db", path], input: Self.password + "\n")
        #expect(byName.stdout == result.stdout)
    }

    @Test func jsonForScripts() throws {
        let (path, clientID) = try practice()
        let result = try CommandRunner.run(["statement", String(clientID), "--json", "--as", "mia", "--db", path], input: Self.password + "\n")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["balancePence"] as? Int == 4_000)
        let lines = try #require(json["lines"] as? [[String: Any]])
        #expect(lines.map { $0["balancePence"] as? Int } == [5_000, 6_000, 4_000])
        #expect(lines.map { $0["kind"] as? String } == ["invoice", "invoice", "payment"])
        let invoices = try #require(json["invoices"] as? [[String: Any]])
        #expect(invoices.map { $0["outstandingPence"] as? Int } == [3_000, 1_000])
        #expect(invoices.map { $0["status"] as? String } == ["partPaid", "outstanding"])
        let aged = try #require(json["agedDebt"] as? [String: Any])
        #expect(aged["currentPence"] as? Int == 4_000)
        #expect(aged["over90Pence"] as? Int == 0)
    }

    @Test func unknownClientsAndWrongPasswordsAreRefusedOnStandardError() throws {
        let (path, _) = try practice()
        let missing = try CommandRunner.run(["statement", "999", "--as", "mia", "--db", path], input: Self.password + "\n")
        #expect(missing.status != 0)
        #expect(missing.stdout.isEmpty)
        #expect(!missing.stderr.isEmpty)
        let nobody = try CommandRunner.run(["statement", "Nobody", "--as", "mia", "--db", path], input: Self.password + "\n")
        #expect(nobody.status != 0)
        #expect(nobody.stderr.contains("client: no client matches 'Nobody'"))
        let wrong = try CommandRunner.run(["statement", "1", "--as", "mia", "--db", path], input: "nope-not-right\n")
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("username or password is not right"))
    }
}
