import Foundation
import Testing
import VetCore
@testable import VetStore
import VetSQL

/// A communication is logged with when it happened (a letter sent yesterday is logged as
/// yesterday) and who logged it; a time in the future or before the client existed is refused.
@Suite struct CommunicationTimeTests {
    @Test(arguments: SQLDialect.allCases)
    func aPastTimeIsKeptWithWhoLoggedIt(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let id = try #require(try practice.registerClient().id)
        let earlier = try #require(LocalDateTime(date: TestPractice.standardDay, hour: 8, minute: 5))
        let logged = try practice.database.logCommunication(clientID: id, inbound: false, channel: .letter,
                                                            summary: "Booster letter", occurredAt: earlier,
                                                            as: practice.receptionist)
        let zone = practice.database.clock.timeZone
        #expect(logged.occurredAt == earlier.instant(in: zone))
        #expect(logged.recordedBy == practice.receptionist.userID)
        let stored = try practice.database.viewClient(id: id, as: practice.manager).communications
        #expect(stored.map(\.occurredAt) == [earlier.instant(in: zone)])
    }

    @Test(arguments: SQLDialect.allCases)
    func noTimeMeansNow(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let id = try #require(try practice.registerClient().id)
        let logged = try practice.database.logCommunication(clientID: id, inbound: true, channel: .call,
                                                            summary: "Rang", as: practice.receptionist)
        #expect(logged.occurredAt == practice.database.now)
    }

    @Test(arguments: SQLDialect.allCases)
    func aFutureTimeIsRefusedNamingTheField(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let id = try #require(try practice.registerClient().id)
        let tomorrow = try #require(LocalDateTime(date: TestPractice.standardDay.adding(days: 1), hour: 9, minute: 0))
        do {
            _ = try practice.database.logCommunication(clientID: id, inbound: false, channel: .email, summary: "Later",
                                                       occurredAt: tomorrow, as: practice.receptionist)
            Issue.record("a communication in the future was logged")
        } catch let StoreError.invalid(errors) {
            #expect(errors.message(for: "when")?.contains("in the future") == true, "\(errors)")
        }
    }

    @Test(arguments: SQLDialect.allCases)
    func aTimeBeforeTheClientWasRegisteredIsRefused(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let id = try #require(try practice.registerClient().id)
        let before = try #require(LocalDateTime(date: TestPractice.standardDay.adding(days: -3), hour: 12, minute: 0))
        do {
            _ = try practice.database.logCommunication(clientID: id, inbound: true, channel: .call, summary: "Early",
                                                       occurredAt: before, as: practice.receptionist)
            Issue.record("a communication before the client existed was logged")
        } catch let StoreError.invalid(errors) {
            #expect(errors.message(for: "when")?.contains("before the client was registered") == true, "\(errors)")
        }
    }
}
