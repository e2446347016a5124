import Foundation
import Testing
import VetDeskTestSupport

@Suite("vetdesk deadline")
struct DeadlineCommandTests {
    struct Example: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var due: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    /// The worked examples of the data-protection rules, through the real executable.
    static let examples: [Example] = [
        Example(arguments: ["--received", "2025-09-03", "--region", "england-wales"], due: "2025-10-03"),
        Example(arguments: ["--received", "2025-01-31", "--region", "england-wales"], due: "2025-02-28"),
        Example(arguments: ["--received", "2024-01-31", "--region", "england-wales"], due: "2024-02-29"),
        Example(arguments: ["--received", "2025-08-31", "--region", "england-wales"], due: "2025-09-30"),
        Example(arguments: ["--received", "2026-03-02", "--region", "england-wales", "--id-asked", "2026-03-02",
                            "--id-received", "2026-03-09"], due: "2026-04-09"),
        Example(arguments: ["--received", "2026-03-02", "--region", "jersey"], due: "2026-03-30"),
    ]

    @Test(arguments: examples)
    func workedExampleAsJSON(_ example: Example) throws {
        let result = try CommandRunner.run(["deadline"] + example.arguments + ["--json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["due"] as? String == example.due)
        for key in ["relevantTime", "pausedDays", "extensionNoticeBy", "target", "explanation"] {
            #expect(object[key] != nil, "missing \(key)")
        }
    }

    @Test func textOutputExplainsTheMonthEnd() throws {
        let result = try CommandRunner.run(["deadline", "--received", "2025-01-31", "--region", "england-wales"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("no 31st"))
        #expect(result.stdout.contains("Fri 28 Feb 2025"))
    }

    @Test(arguments: [
        (["--received", "2025-02-30", "--region", "england-wales"], "--received"),
        (["--received", "31/01/2025", "--region", "england-wales"], "--received"),
        (["--received", "2025-01-31", "--region", "mars"], "region"),
        (["--received", "2025-01-31", "--region", "england-wales", "--pause", "2025-02-10:2025-02-01"], "pause"),
    ])
    func badInputIsRefusedOnStandardError(_ arguments: [String], _ mention: String) throws {
        let result = try CommandRunner.run(["deadline"] + arguments)
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.lowercased().contains(mention.lowercased()), "stderr: \(result.stderr)")
    }
}
