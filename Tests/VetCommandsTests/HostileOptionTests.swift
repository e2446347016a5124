import Foundation
import Testing
import VetDeskTestSupport

/// Every option that takes a value, given values people mistype and values an attacker
/// chooses: each is refused with one line on standard error and a non-zero exit, never a crash.
@Suite("No crash on any command-line value")
struct HostileOptionTests {
    static let hostileValues = [
        "9999-12-31", "0000-01-01", "2026-02-30", "-1", "-5", "99999999999999999999", "", " ",
        "\u{1B}]0;pwned\u{07}", "\u{1B}[2J", "E" + String(repeating: "\u{301}", count: 5_000), "\u{202E}1",
        "--", "2026-1-1", "1e9",
    ]

    /// Each command line with `X` where the hostile value goes. Commands are run against a
    /// database path that does not exist, so no value can be acted on.
    static func commandLines(db: String) -> [[String]] {
        [
            ["search", "smith", "--limit", "X", "--db", db],
            ["requests", "--due-within", "X", "--db", db],
            ["demo", "--clients", "X", "--db", db],
            ["demo", "--seed", "X", "--clients", "0", "--db", db],
            ["demo", "--region", "X", "--db", db],
            ["demo", "--sites", "X", "--db", db],
            ["deadline", "--received", "X", "--region", "england-wales"],
            ["deadline", "--received", "2026-01-05", "--region", "X"],
            ["deadline", "--received", "2026-01-05", "--region", "jersey", "--id-asked", "X"],
            ["deadline", "--received", "2026-01-05", "--region", "jersey", "--id-received", "X"],
            ["deadline", "--received", "2026-01-05", "--region", "jersey", "--fee-asked", "X"],
            ["deadline", "--received", "2026-01-05", "--region", "jersey", "--fee-paid", "X"],
            ["deadline", "--received", "2026-01-05", "--region", "jersey", "--pause", "X"],
            ["deadline", "--received", "2026-01-05", "--region", "jersey", "--notice-sent", "X"],
            ["deadline", "--received", "2026-01-05", "--region", "jersey", "--today", "X"],
            ["rights", "told", "DSR-2026-0001", "--disclosure", "X", "--on", "2026-01-05", "--as", "mary", "--db", db],
            ["rights", "told", "DSR-2026-0001", "--disclosure", "1", "--on", "X", "--as", "mary", "--db", db],
            ["rights", "lift", "DSR-2026-0001", "--told-on", "X", "--as", "mary", "--db", db],
            ["marketing-list", "--channel", "X", "--as", "mary", "--db", db],
            ["user", "add", "eve", "--name", "X", "--role", "vet", "--db", db],
            ["user", "add", "eve", "--name", "Eve", "--role", "X", "--db", db],
            ["search", "X", "--db", db],
            ["access-pack", "X", "--out", "/nonexistent/X", "--as", "mary", "--db", db],
            ["backup", "/nonexistent/folder/X", "--db", db],
        ]
    }

    @Test func everyHostileValueIsRefusedOnOneLineWithoutACrash() throws {
        let folder = try makeTemporaryFolder()
        let db = folder.appendingPathComponent("absent.sqlite").path
        var failures: [String] = []
        for line in Self.commandLines(db: db) {
            for value in Self.hostileValues {
                let arguments = line.map { $0 == "X" ? value : $0 }
                let result = try CommandRunner.run(arguments)
                let shown = arguments.map(\.debugDescription).joined(separator: " ")
                let stderrLines = result.stderr.split(separator: "\n", omittingEmptySubsequences: true)
                if result.status == 0 || result.status >= 128 { failures.append("\(shown): exit \(result.status)") }
                if result.stderr.contains("Fatal error") { failures.append("\(shown): crashed: \(result.stderr)") }
                if stderrLines.count != 1 { failures.append("\(shown): stderr has \(stderrLines.count) lines: \(result.stderr)") }
                if result.stderr.utf8.contains(0x1B) || result.stdout.utf8.contains(0x1B) {
                    failures.append("\(shown): raw ESC printed")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.prefix(40).joined(separator: "\n"))")
        #expect(!FileManager.default.fileExists(atPath: db), "no hostile value may create a practice")
    }

    @Test(arguments: [
        (["search", "smith", "--limit", "-1"], "--limit must be a whole number from 1 to 500, not '-1'"),
        (["search", "smith", "--limit", "99999999999999999999"], "--limit must be a whole number from 1 to 500"),
        (["requests", "--due-within", "-3"], "--due-within must be a whole number from 0 to 366, not '-3'"),
        (["demo", "--clients", "-5"], "--clients must be a whole number from 1 to 800000, not '-5'"),
        (["demo", "--seed", "-1"], "--seed must be a whole number from 0 to 18446744073709551615, not '-1'"),
        (["demo", "--sites", "0"], "--sites must be a whole number from 1 to 50, not '0'"),
        (["demo", "--sites", "51", "--clients", "10"], "--sites must be a whole number from 1 to 50, not '51'"),
        (["deadline", "--received", "9999-12-31", "--region", "jersey"], "--received '9999-12-31' must be in the years 1900 to 2199"),
        (["deadline", "--received", "2026-01-05", "--region", "jersey", "--fee-asked", "2026-01-06", "--fee-paid", "9999-12-31"],
         "--fee-paid '9999-12-31' must be in the years 1900 to 2199"),
    ])
    func outOfRangeValuesNameTheOptionAndItsRange(_ arguments: [String], _ message: String) throws {
        let folder = try makeTemporaryFolder()
        let result = try CommandRunner.run(arguments + (arguments.first == "deadline" ? [] :
                                                          ["--db", folder.appendingPathComponent("absent.sqlite").path]))
        #expect(result.status != 0 && result.status < 128)
        #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
        #expect(!result.stderr.contains("Missing value"))
        #expect(result.stderr.split(separator: "\n").count == 1, "stderr: \(result.stderr)")
    }
}
