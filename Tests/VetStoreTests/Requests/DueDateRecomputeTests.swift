import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

/// Due dates never go stale: a change to the holiday table or to the practice's region
/// recomputes every open request's clock in the same transaction.
@Suite("due dates follow holidays and region")
struct DueDateRecomputeTests {
    @Test(arguments: SQLDialect.allCases)
    func aNewHolidayOnTheDueDateMovesItInTheQueueTheDetailAndTheHistory(engine: SQLDialect) throws {
        let practice = try TestPractice.make(region: .englandWales, engine: engine)
        let request = try practice.logRequest([.access], clientID: nil)
        let requestID = try #require(request.id)
        #expect(request.dueOn == day(2025, 4, 3), "received Monday 3 March: one calendar month")
        try practice.database.addHolidayChange(HolidayChange(date: day(2025, 4, 3), name: "State funeral",
                                                             regions: [.englandWales]), as: practice.manager)
        let queued = try #require(try practice.database.requestQueue().first { $0.id == requestID })
        #expect(queued.due == day(2025, 4, 4))
        #expect(queued.daysLeft == 32)
        let detail = try practice.database.requestDetail(id: requestID)
        #expect(detail.request.dueOn == day(2025, 4, 4))
        #expect(detail.clock.due == day(2025, 4, 4))
        #expect(detail.events.last?.event.what == "Due date moved from 2025-04-03 to 2025-04-04: holiday table changed "
            + "(2025-04-03 State funeral)")
        try practice.database.removeHolidayChange(on: day(2025, 4, 3), regions: [.englandWales], as: practice.manager)
        #expect(try practice.database.requestQueue().first { $0.id == requestID }?.due == day(2025, 4, 3))
    }

    @Test(arguments: SQLDialect.allCases)
    func aRegionChangeRecomputesOpenRequestsButNotClosedOnes(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let open = try practice.logRequest([.access], clientID: nil)
        let closed = try practice.logRequest([.erasure], clientID: nil)
        try practice.database.moveRequest(requestID: try #require(closed.id), to: .withdrawn, outcome: "changed their mind",
                                          expectedVersion: closed.version, as: practice.manager)
        #expect(open.dueOn == day(2025, 3, 31), "Jersey: four weeks")
        let current = try #require(try practice.database.practiceSettings())
        var settings = current.settings
        settings.region = .englandWales
        try practice.database.updateSettings(settings, expectedVersion: current.version, as: practice.manager)
        let queue = try practice.database.requestQueue(RequestQueueFilter(includeClosed: true))
        #expect(queue.first { $0.id == open.id }?.due == day(2025, 4, 3))
        #expect(queue.first { $0.id == closed.id }?.due == day(2025, 3, 31), "a closed request keeps its record")
        let detail = try practice.database.requestDetail(id: try #require(open.id))
        #expect(detail.clock.due == detail.request.dueOn)
        #expect(detail.daysLeft == queue.first { $0.id == open.id }?.daysLeft)
    }

    @Test(arguments: SQLDialect.allCases)
    func aFailedHolidayChangeLeavesEveryDueDateAsItWas(engine: SQLDialect) throws {
        let practice = try TestPractice.make(region: .englandWales, engine: engine)
        _ = try practice.logRequest([.access], clientID: nil)
        #expect(try practice.expectNothingChanged(failingOn: "audit_entry", when: "NEW.action LIKE 'request: Due date moved%'") {
            try practice.database.addHolidayChange(HolidayChange(date: day(2025, 4, 3), name: "State funeral",
                                                                 regions: [.englandWales]), as: practice.manager)
        })
    }
}
