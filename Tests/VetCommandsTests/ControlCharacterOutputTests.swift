import Foundation
import GRDB
import Testing
import VetCore
import VetDeskTestSupport
import VetStore

/// Data written before control characters were refused (or by another program) never reaches
/// the terminal raw: the command line shows each as `\u001B`, and a tab or line break inside a
/// value cannot add a column or a line.
@Suite("Command-line output escapes control characters")
struct ControlCharacterOutputTests {
    static let hostileLast = "Evans\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{202E}"

    /// A practice with one client whose name was then rewritten with SQL, as old data might be.
    static func practiceWithHostileClient() throws -> String {
        let folder = try makeTemporaryFolder()
        let path = folder.appendingPathComponent("practice.sqlite").path
        let store = try AppDatabase(path: path, mode: .createIfMissing)
        let manager = try store.setUpPractice(PracticeSettings(name: "Harbour Vets", region: .englandWales),
                                              manager: NewStaffUser(username: "manager", displayName: "Mia Manager",
                                                                    role: .manager, password: "hostile-manager-pass"))
        var form = ClientForm()
        form.firstName = "Dafydd"; form.lastName = "Evans"; form.addressLine1 = "2 Quay Street"
        form.town = "Swansea"; form.postcode = "SA1 1AA"; form.email = "dafydd@example.com"
        _ = try store.registerClient(try form.validated(), as: manager)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "UPDATE client SET last_name = ?, first_name = ?",
                           arguments: [hostileLast, "Daf\tydd\nInjected line"])
            try db.execute(sql: "UPDATE staff_user SET display_name = ?", arguments: ["Mia\u{1B}[2J\nManager"])
        }
        return path
    }

    static func expectNoRawControls(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let raw = text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
            || $0.value == 0x202E }
        #expect(raw.isEmpty, "raw control characters: \(raw.map { SafeText.code($0) })", sourceLocation: sourceLocation)
    }

    @Test func searchShowsControlCharactersVisiblyOnOneLine() throws {
        let path = try Self.practiceWithHostileClient()
        let result = try CommandRunner.run(["search", "dafydd", "--as", "manager", "--db", path], input: "hostile-manager-pass\n")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let bytes = Array(result.stdout.utf8)
        #expect(!bytes.contains(0x1B))
        #expect(!bytes.contains(0x07))
        Self.expectNoRawControls(result.stdout)
        #expect(result.stdout.contains("Evans\\u001B]0;pwned\\u0007\\u001B[2J\\u009B31m\\u202E"), "\(result.stdout)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1, "one client, one line: \(result.stdout)")
        #expect(lines.first?.split(separator: "\t", omittingEmptySubsequences: false).count == 5)
        #expect(result.stdout.contains("Daf\\u0009ydd\\u000AInjected line"))
    }

    @Test func searchJSONStaysValidAndKeepsTheExactName() throws {
        let path = try Self.practiceWithHostileClient()
        let result = try CommandRunner.run(["search", "dafydd", "--json", "--as", "manager", "--db", path], input: "hostile-manager-pass\n")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        Self.expectNoRawControls(result.stdout)
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let name = try #require(hits.first?["name"] as? String)
        #expect(name.contains(Self.hostileLast), "JSON escapes decode to the stored text: \(name.debugDescription)")
    }

    @Test func userListShowsControlCharactersVisibly() throws {
        let path = try Self.practiceWithHostileClient()
        let result = try CommandRunner.run(["user", "list", "--as", "manager", "--db", path], input: "hostile-manager-pass\n")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        Self.expectNoRawControls(result.stdout)
        #expect(result.stdout.contains("Mia\\u001B[2J\\u000AManager"), "\(result.stdout)")
        #expect(result.stdout.split(separator: "\n").count == 1)
    }

    @Test func errorMessagesThatEchoInputAreEscaped() throws {
        let folder = try makeTemporaryFolder()
        let path = folder.appendingPathComponent("practice.sqlite").path
        for arguments in [["search", "x", "--limit", "\u{1B}]0;pwned\u{07}", "--db", path],
                          ["deadline", "--received", "\u{1B}[2J", "--region", "jersey"],
                          ["deadline", "--received", "2026-01-05", "--region", "\u{1B}[2J\u{9B}"]] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status != 0, "\(arguments)")
            Self.expectNoRawControls(result.stderr + result.stdout)
            #expect(result.stderr.contains("\\u001B"), "\(arguments): \(result.stderr)")
        }
    }
}
