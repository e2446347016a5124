import Foundation
import GRDB
import Testing
import VetDeskTestSupport
import VetCore
import VetStore

/// Commands that print personal data run as a logged-in person and leave the same view entries
/// as the terminal UI; when the entry cannot be written they print nothing personal.
@Suite("reads are audited")
struct ReadAuditTests {
    private static let password = "mia-manager-pass"

    private func practice() throws -> (path: String, clientID: Int64, managerID: Int64) {
        let practice = try CommandPractice(password: Self.password)
        let (path, store, manager, client) = (practice.path, practice.store, practice.manager, practice.zoe)
        _ = try store.logRequest(NewRequest(kinds: [.access], requesterName: "Zoë Smith", clientID: client.id,
                                            channel: .email, receivedOn: SystemClock().today()), as: manager)
        return (path, try #require(client.id), manager.userID)
    }

    private func audit(_ path: String) throws -> [Row] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT user_id, action, record_type, client_id, detail FROM audit_entry WHERE action = 'view' ORDER BY id")
        }
    }

    @Test func searchRequestsAndUserListNeedALoginAndWriteViewEntries() throws {
        let (path, clientID, managerID) = try practice()
        for command in [["search", "smith"], ["requests"], ["user", "list"]] {
            let anonymous = try CommandRunner.run(command + ["--db", path])
            #expect(anonymous.status != 0, "\(command) ran without a login")
            #expect(anonymous.stderr.contains("--as"), "\(command): \(anonymous.stderr)")
            #expect(!anonymous.stdout.contains("Smith"))
        }
        let search = try CommandRunner.run(["search", "smith", "--as", "mia", "--db", path], input: Self.password + "\n")
        #expect(search.stdout.contains("Smith"), "stderr: \(search.stderr)")
        let requests = try CommandRunner.run(["requests", "--as", "mia", "--db", path], input: Self.password + "\n")
        #expect(requests.stdout.contains("Smith"), "stderr: \(requests.stderr)")
        let users = try CommandRunner.run(["user", "list", "--as", "mia", "--db", path], input: Self.password + "\n")
        #expect(users.stdout.contains("Mia Manager"), "stderr: \(users.stderr)")
        let views = try audit(path)
        #expect(views.map { $0["record_type"] as String } == ["client", "dsr_request", "staff_user"])
        #expect(views.allSatisfy { $0["user_id"] as Int64? == managerID })
        #expect(views.first?["client_id"] as Int64? == clientID, "the search names the client it showed, as opening the record does")
    }

    @Test func whenTheAuditEntryCannotBeWrittenNothingPersonalIsPrinted() throws {
        let (path, _, _) = try practice()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse_views BEFORE INSERT ON audit_entry WHEN NEW.action = 'view'
                BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be written'); END
                """)
        }
        try queue.close()
        for command in [["search", "smith"], ["requests"]] {
            let result = try CommandRunner.run(command + ["--as", "mia", "--db", path], input: Self.password + "\n")
            #expect(result.status != 0, "\(command)")
            #expect(result.stdout.isEmpty, "\(command) printed: \(result.stdout)")
            #expect(!result.stderr.contains("Smith"))
        }
    }
}
