import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

/// Wrong passwords are counted in the database, so every terminal and the command line share one lock.
@Suite("login throttling")
struct LoginThrottleTests {
    private static let noon = FixedClock(date: TestPractice.standardDay).instant

    private func at(minutes: Double, _ practice: TestPractice) throws -> AppDatabase {
        try practice.reopened(clock: FixedClock(Self.noon.addingTimeInterval(minutes * 60)))
    }

    private func refusal(_ body: () throws -> Void) -> String {
        do { try body() } catch { return "\(error)" }
        return "accepted"
    }

    @Test(arguments: SQLDialect.allCases)
    func fiveWrongPasswordsLockTheUsernameForEveryTerminalWithAGrowingDelay(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let desk = practice.database
        for attempt in 1...4 {
            #expect(refusal { _ = try desk.authenticate(username: "tom", password: "guess-\(attempt)") }
                    == "username or password is not right")
        }
        let fifth = refusal { _ = try desk.authenticate(username: "tom", password: "guess-5") }
        #expect(fifth.contains("too many wrong passwords for 'tom': try again after 12:01 (in 1 minute)"), "\(fifth)")
        // Another terminal, thirty seconds later: refused without even checking the right password.
        let office = try at(minutes: 0.5, practice)
        let locked = refusal { _ = try office.authenticate(username: "TOM", password: "harbour-desk-1") }
        #expect(locked.hasPrefix("too many wrong passwords for 'tom': try again after 12:01"), "\(locked)")
        // After the minute, one more wrong password locks it again for twice as long.
        let later = try at(minutes: 1.5, practice)
        let sixth = refusal { _ = try later.authenticate(username: "tom", password: "guess-6") }
        #expect(sixth.contains("(in 2 minutes)"), "\(sixth)")
        // Once that lock has ended, the right password works and the count starts again.
        let afterwards = try at(minutes: 4, practice)
        #expect(try afterwards.authenticate(username: "tom", password: "harbour-desk-1").role == .receptionist)
        #expect(refusal { _ = try afterwards.authenticate(username: "tom", password: "guess-7") }
                == "username or password is not right")
        let actions = try desk.read { db in
            try db.fetchValues(String.self, """
                SELECT action FROM audit_entry WHERE record_id = ? AND action IN ('failed login', 'login refused while locked', 'log in')
                ORDER BY id
                """, [practice.receptionist.userID])
        }
        #expect(actions == Array(repeating: "failed login", count: 5) + ["login refused while locked", "failed login", "log in",
                                                                          "failed login"])
    }

    @Test func theDelayDoublesAndStopsAtAnHour() {
        let minutes = (5...14).map { LoginThrottle.lockMinutes(afterFailures: $0) }
        #expect(minutes == [1, 2, 4, 8, 16, 32, 60, 60, 60, 60])
        #expect(LoginThrottle.lockMinutes(afterFailures: 4) == nil)
    }

    @Test(arguments: SQLDialect.allCases)
    func unknownUsernamesAreThrottledTheSameWay(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        for attempt in 1...5 { _ = refusal { _ = try practice.database.authenticate(username: "nobody", password: "guess-\(attempt)") } }
        let locked = refusal { _ = try practice.database.authenticate(username: "nobody", password: "guess-6") }
        #expect(locked.hasPrefix("too many wrong passwords for 'nobody'"), "\(locked)")
    }

    @Test(arguments: SQLDialect.allCases)
    func aManagerUnlocksAtOnceAndTheUnlockIsAudited(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let store = practice.database
        for attempt in 1...5 { _ = refusal { _ = try store.authenticate(username: "priya", password: "guess-\(attempt)") } }
        #expect(try store.lockedLogins().keys.contains("priya"))
        #expect(throws: StoreError.self) { try store.unlockLogin(username: "priya", as: practice.receptionist) }
        try store.unlockLogin(username: "priya", as: practice.manager)
        #expect(try store.lockedLogins().isEmpty)
        #expect(try store.authenticate(username: "priya", password: "harbour-vet-1").role == .vet)
        let unlock = try store.read { db in
            try db.fetchValue(Int64.self, "SELECT user_id FROM audit_entry WHERE action = 'unlock login' AND detail = 'priya'")
        }
        #expect(unlock == practice.manager.userID)
    }
}
