import Foundation
import GRDB
import Testing
@testable import VetStore
import VetCore

@Suite("demo data-protection requests")
struct DemoRequestTests {
    @Test func everyKindAndStatusIsPresent() throws {
        let store = try DemoFixture.shared()
        let requests = try store.readFile { db in try DataRequest.fetchAll(db) }
        let kinds = Set(requests.flatMap(\.kindList))
        #expect(kinds == Set(RequestKind.allCases))
        #expect(Set(requests.map(\.status)) == Set(RequestStatus.allCases))
    }

    @Test func theQueueHasOverdueExtendedPausedAndUnidentifiedCases() throws {
        let store = try DemoFixture.shared()
        let open = try store.requestQueue()
        #expect(open.contains { $0.urgency == .overdue })
        #expect(open.contains { $0.urgency == .dueSoon })
        #expect(open.contains { $0.client.contains("not yet identified") })
        let requests = try store.readFile { db in try DataRequest.fetchAll(db) }
        #expect(requests.contains { $0.extended && $0.extensionNoticeOn != nil })
        #expect(requests.contains { $0.status == .awaitingIdentity && $0.identityAskedOn != nil })
        let openPauses = try store.readFile { db in try RequestPause.filter(Column("answered_on") == nil).fetchCount(db) }
        #expect(openPauses >= 1)
    }

    @Test func eachRequestsHistoryIsDatedAsItHappened() throws {
        let store = try DemoFixture.shared()
        let reviewed = try #require(try store.readFile { db in
            try DataRequest.filter(Column("status") == RequestStatus.readyForReview.rawValue).fetchOne(db)
        })
        let detail = try store.requestDetail(id: try #require(reviewed.id))
        let days = detail.events.map { LocalDate(instant: $0.event.at, in: store.clock.timeZone) }
        #expect(days == days.sorted())
        #expect(days.first == reviewed.receivedOn)
        #expect(days.last.map { $0 < DemoFixture.today } == true)
        #expect(detail.request.pausedDays > 0)
        #expect(try store.integrityReport().isHealthy)
    }
}
