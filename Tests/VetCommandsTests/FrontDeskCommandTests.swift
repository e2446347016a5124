import Foundation
import Testing
import VetDeskTestSupport
import VetCore
import VetStore

/// The front-desk commands through the real binary: search says when more clients matched than
/// it printed.
@Suite("front-desk commands")
struct FrontDeskCommandTests {
    private static let password = "mia-manager-pass"

    /// Zoë Smith plus four more Smiths and a Smithson.
    private func practice() throws -> CommandPractice {
        let practice = try CommandPractice(password: Self.password)
        for (index, name) in [("Adam", "Smith"), ("Carl", "Smith"), ("Dina", "Smith"), ("Eve", "Smith"), ("Finn", "Smithson")].enumerated() {
            var form = ClientForm()
            form.firstName = name.0
            form.lastName = name.1
            form.addressLine1 = "\(index + 2) High Street"
            form.town = "Bath"
            form.postcode = "BA1 1AA"
            form.phones = [.init(label: .mobile, number: "07700 90020\(index)")]
            _ = try practice.store.registerClient(form.validated(), as: practice.manager)
        }
        return practice
    }

    private func search(_ path: String, _ arguments: [String]) throws -> CommandRunner.Result {
        try CommandRunner.run(["search"] + arguments + ["--as", "mia", "--db", path], input: Self.password + "\n")
    }

    @Test func searchSaysOnStandardErrorWhenMoreClientsMatchedThanItPrinted() throws {
        let practice = try practice()
        let table = try search(practice.path, ["smith", "--limit", "3"])
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.contains("Smith, ") && !$0.contains("Smithson") }, "\(table.stdout)")
        #expect(table.stderr.contains("3 of 6 clients shown — type more to narrow, or raise --limit"), "\(table.stderr)")

        let json = try search(practice.path, ["smith", "--limit", "3", "--json"])
        let hits = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [Any]
        #expect(hits?.count == 3, "\(json.stdout)")
        #expect(json.stderr.contains("3 of 6 clients shown"), "\(json.stderr)")

        let all = try search(practice.path, ["smith"])
        #expect(all.stdout.split(separator: "\n").count == 6)
        #expect(all.stdout.split(separator: "\n").last?.contains("Smithson") == true, "\(all.stdout)")
        #expect(!all.stderr.contains("shown"), "\(all.stderr)")
    }
}
