import Foundation
import Testing
import VetCore
@testable import VetStore

/// The demo's breach register: one reported inside its 72 hours, one not reportable with reasons.
@Suite("Demo breaches")
struct DemoBreachesTests {
    @Test("one breach was reported within 72 hours of awareness, one was decided not reportable with the reasons")
    func twoRealisticBreaches() throws {
        let store = try DemoFixture.shared()
        let manager = try store.authenticate(username: "manager", password: "manager123")
        let breaches = try store.breaches(as: manager).map(\.breach)
        #expect(breaches.count == 2)
        let reported = try #require(breaches.first { $0.decision == .report })
        let reportedAt = try #require(reported.reportedAt)
        #expect(reportedAt.timeIntervalSince(reported.awareAt) < 72 * 3_600)
        #expect(reported.regulatorReference?.isEmpty == false)
        #expect(reported.delayReason == nil)
        #expect(reported.dataCategoryList == [.contactDetails, .clinical])
        #expect(reported.peopleCategoryList == [.clients])
        let notReportable = try #require(breaches.first { $0.decision == .notReportable })
        #expect((notReportable.decisionReason ?? "").contains("unlikely to result in a risk"))
        #expect(notReportable.reportedAt == nil)
        #expect(try store.breachesNeedingAction(as: manager).isEmpty)
    }
}
