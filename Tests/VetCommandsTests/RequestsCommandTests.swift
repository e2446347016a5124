import Foundation
import Testing
import VetDeskTestSupport
import VetCore
import VetStore

@Suite("vetdesk requests")
struct RequestsCommandTests {
    @Test func queueIsSortedByDueDateWithDaysLeft() throws {
        let folder = try makeTemporaryFolder()
        let path = folder.appendingPathComponent("practice.sqlite").path
        // Today is fixed at 2026-03-20 for the store; the command uses the real clock, so compare with real today.
        let store = try AppDatabase(path: path, mode: .createIfMissing)
        let manager = try store.setUpPractice(PracticeSettings(name: "Harbour Vets", region: .englandWales),
                                              manager: NewStaffUser(username: "manager", displayName: "Mia Manager",
                                                                    role: .manager, password: "mia-manager-pass"))
        let today = SystemClock().today()
        let older = try store.logRequest(NewRequest(kinds: [.access], requesterName: "Zoë Smith", channel: .email,
                                                    receivedOn: today.adding(days: -40)), as: manager)
        let newer = try store.logRequest(NewRequest(kinds: [.erasure, .objection], requesterName: "Siân Jones",
                                                    channel: .phone, receivedOn: today), as: manager)
        let result = try CommandRunner.run(["requests", "--json", "--as", "manager", "--db", path],
                                            input: "mia-manager-pass\n")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(items.map { $0["reference"] as? String } == [older.reference, newer.reference])
        #expect(items.first?["urgency"] as? String == "overdue")
        #expect(items.first?["due"] as? String == older.dueOn.iso)
        let overdue = try CommandRunner.run(["requests", "--overdue", "--as", "manager", "--db", path],
                                             input: "mia-manager-pass\n")
        #expect(overdue.stdout.contains(older.reference))
        #expect(!overdue.stdout.contains(newer.reference))
        #expect(overdue.stdout.contains("OVERDUE"))
    }

    @Test func aNewHolidayOnTheDueDateShowsInTheQueueAndItsJSON() throws {
        let folder = try makeTemporaryFolder()
        let path = folder.appendingPathComponent("practice.sqlite").path
        let store = try AppDatabase(path: path, mode: .createIfMissing)
        let manager = try store.setUpPractice(PracticeSettings(name: "Harbour Vets", region: .englandWales),
                                              manager: NewStaffUser(username: "manager", displayName: "Mia Manager",
                                                                    role: .manager, password: "mia-manager-pass"))
        let request = try store.logRequest(NewRequest(kinds: [.access], requesterName: "Zoë Smith", channel: .email,
                                                      receivedOn: SystemClock().today()), as: manager)
        try store.addHolidayChange(HolidayChange(date: request.dueOn, name: "State funeral", regions: [.englandWales]),
                                   as: manager)
        let moved = try store.requestDetail(id: try #require(request.id)).request.dueOn
        #expect(moved > request.dueOn)
        let json = try CommandRunner.run(["requests", "--json", "--as", "manager", "--db", path], input: "mia-manager-pass\n")
        #expect(json.status == 0, "stderr: \(json.stderr)")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(items.first?["due"] as? String == moved.iso)
        let table = try CommandRunner.run(["requests", "--as", "manager", "--db", path], input: "mia-manager-pass\n")
        #expect(table.stdout.contains("\t\(moved.iso)\t"), "\(table.stdout)")
        #expect(!table.stdout.contains(request.dueOn.iso + "\t"))
    }

    @Test func badDueWithinIsRefused() throws {
        let result = try CommandRunner.run(["requests", "--due-within", "-3", "--as", "manager", "--db", "/tmp/none.sqlite"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--due-within"))
    }
}
