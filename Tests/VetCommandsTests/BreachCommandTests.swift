import Foundation
import Testing
import VetDeskTestSupport
import VetCore
import VetStore

/// `vetdesk breach` through the real binary: logging, the clock in the list, reporting late with
/// reasons, decisions, and refusals naming the field and the rule.
@Suite("vetdesk breach")
struct BreachCommandTests {
    private static let password = "manager-pass-1"
    private static let london = TimeZone(identifier: "Europe/London") ?? .current

    private func run(_ arguments: [String], _ practice: CommandPractice) throws -> CommandRunner.Result {
        try CommandRunner.run(arguments + ["--as", "mia", "--db", practice.path], input: Self.password + "\n")
    }

    /// `YYYY-MM-DD HH:MM` in London, `minutes` before now (whole minutes, so the typed time is exact).
    private func typed(minutesAgo minutes: Int) -> (text: String, instant: Date) {
        let start = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 / 60).rounded(.down) * 60)
        let instant = start.addingTimeInterval(Double(-minutes * 60))
        return (LocalDateTime(instant: instant, in: Self.london).description, instant)
    }

    @Test func logListReportLateAndDecide() throws {
        let practice = try CommandPractice(password: Self.password)
        let aware = typed(minutesAgo: 6 * 60 + 30)
        let reportBy = LocalInstant.text(aware.instant.addingTimeInterval(72 * 3600), in: Self.london)
        let logged = try run(["breach", "log", "--aware", aware.text, "--what", "Day list emailed to the wrong client",
                              "--data", "contact details,clinical", "--people", "clients", "--number", "14",
                              "--client", String(try practice.zoeID)], practice)
        #expect(logged.status == 0, "stderr: \(logged.stderr)")
        #expect(logged.stdout.hasPrefix("Logged BR-1: report to the ICO by \(reportBy) (⚠ 65 h "), "\(logged.stdout)")
        let list = try run(["breach", "list"], practice)
        let fields = list.stdout.split(separator: "\n").first?.split(separator: "\t").map(String.init) ?? []
        #expect(fields.count == 6, "\(list.stdout)")
        #expect(fields.first == "BR-1")
        #expect(fields.dropFirst(2).first == reportBy)
        #expect(fields.dropFirst(3).first?.hasPrefix("⚠ 65 h ") == true)
        #expect(fields.last == "Day list emailed to the wrong client")

        let late = typed(minutesAgo: 10)
        let refused = try run(["breach", "log", "--aware", typed(minutesAgo: 80 * 60).text, "--what", "Laptop stolen"], practice)
        #expect(refused.status == 0, "stderr: \(refused.stderr)")
        #expect(refused.stdout.contains("(✖ overdue by 8 h 00 min)"), "\(refused.stdout)")
        let noReason = try run(["breach", "report", "BR-2", "--at", late.text, "--reference", "ICO-1"], practice)
        #expect(noReason.status != 0)
        #expect(noReason.stderr.hasPrefix("Error: delay reasons must be given: the report at"), "\(noReason.stderr)")
        let reported = try run(["breach", "report", "2", "--at", late.text, "--reference", "ICO-1",
                                "--delay-reason", "Found only at month end"], practice)
        #expect(reported.status == 0, "stderr: \(reported.stderr)")
        #expect(reported.stdout.hasSuffix("(✔ reported late).\n"), "\(reported.stdout)")

        let undecided = try run(["breach", "decide", "BR-1", "--not-reportable"], practice)
        #expect(undecided.status != 0)
        #expect(undecided.stderr.contains("decision reasons must be given when a breach is not reportable"), "\(undecided.stderr)")
        let decided = try run(["breach", "decide", "BR-1", "--not-reportable", "--reason", "Recipient deleted it unread",
                               "--high-risk", "no", "--risk-reason", "Seen by no one"], practice)
        #expect(decided.stdout.hasSuffix("(✔ not reportable).\n"), "stderr: \(decided.stderr)")

        let json = try run(["breach", "list", "--json"], practice)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let first = try #require(rows.first { $0["reference"] as? String == "BR-1" })
        #expect(first["reportBy"] as? String == reportBy)
        #expect(first["state"] as? String == "notReportable")
        #expect(first["clients"] as? [Int] == [Int(try practice.zoeID)])
        #expect(first["dataCategories"] as? [String] == ["contactDetails", "clinical"])
        #expect(first["regulator"] as? String == "the Information Commissioner's Office (ICO)")
        let second = try #require(rows.first { $0["reference"] as? String == "BR-2" })
        #expect(second["state"] as? String == "reportedLate")
        #expect(second["regulatorReference"] as? String == "ICO-1")
    }

    @Test func badInputIsRefusedNamingTheFieldAndRule() throws {
        let practice = try CommandPractice(password: Self.password)
        let future = try run(["breach", "log", "--aware", "2199-01-01 09:00", "--what", "x"], practice)
        #expect(future.status != 0)
        #expect(future.stderr.hasPrefix("Error: aware at 2199-01-01 09:00 GMT is in the future"), "\(future.stderr)")
        let shape = try run(["breach", "log", "--aware", "yesterday", "--what", " ", "--data", "gossip", "--number", "lots"],
                            practice)
        #expect(shape.status != 0)
        let lines = shape.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Error: aware at 'yesterday' needs a date and a time") == true, "\(shape.stderr)")
        #expect(lines.contains("what happened must not be empty"))
        #expect(lines.contains { $0.hasPrefix("data categories 'gossip' is not known; use one of contact details") })
        #expect(lines.contains("number of people 'lots' must be a whole number from 0 to 100,000,000"))
        let missing = try run(["breach", "report", "BR-9", "--at", "2020-01-01 09:00", "--reference", "X"], practice)
        #expect(missing.stderr == "Error: there is no breach BR-9 in the register\n")
        let badID = try run(["breach", "update", "nine", "--what", "x"], practice)
        #expect(badID.stderr == "Error: breach 'nine' is not a breach reference; use BR-7 or 7\n")
        #expect(try practice.store.breaches(as: practice.manager).isEmpty)
    }
}
