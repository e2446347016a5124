import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

@Suite("data-protection request register")
struct RequestRegisterTests {
    private func date(_ text: String) throws -> LocalDate { try #require(LocalDate(iso: text)) }

    @Test(arguments: SQLDialect.allCases)
    func loggingGivesAReferenceAndTheJerseyDueDate(engine: SQLDialect) throws {
        let practice = try TestPractice.make(region: .jersey, engine: engine)
        let client = try practice.registerClient()
        let request = try practice.database.logRequest(
            NewRequest(kinds: [.access], requesterName: "Zoë Le Brun", clientID: client.id, channel: .email,
                       receivedOn: try date("2025-03-03")), as: practice.receptionist)
        #expect(request.reference == "DSR-2025-0001")
        #expect(request.dueOn == (try date("2025-03-31")))
        let detail = try practice.database.requestDetail(reference: "dsr-2025-0001")
        #expect(detail.events.count == 1)
        #expect(detail.clock.explanation.isEmpty == false)
    }

    @Test(arguments: SQLDialect.allCases)
    func identityReceivedMovesTheClockAndEveryChangeIsAnEvent(engine: SQLDialect) throws {
        let practice = try TestPractice.make(clock: FixedClock(date: LocalDate(year: 2026, month: 3, day: 20) ?? TestPractice.standardDay),
                                             region: .englandWales, engine: engine)
        let store = practice.database
        let request = try store.logRequest(NewRequest(kinds: [.access, .erasure], requesterName: "Siân Jones",
                                                      channel: .letter, receivedOn: try date("2026-03-02")),
                                           as: practice.receptionist)
        let id = try #require(request.id)
        #expect(request.dueOn == (try date("2026-04-02")))
        try store.recordIdentityAsked(requestID: id, on: try date("2026-03-02"), method: "passport copy",
                                      expectedVersion: 1, as: practice.manager)
        try store.recordIdentityReceived(requestID: id, on: try date("2026-03-09"), expectedVersion: 2, as: practice.manager)
        let detail = try store.requestDetail(id: id)
        #expect(detail.request.dueOn == (try date("2026-04-09")))
        #expect(detail.request.status == .inProgress)
        #expect(detail.events.map(\.event.dueOn) == [try date("2026-04-02"), try date("2026-04-02"), try date("2026-04-09")])
        #expect(detail.events.allSatisfy { $0.by == "Morgan Le Sueur" || $0.by == "Tom Renouf" })
    }

    @Test(arguments: SQLDialect.allCases)
    func aClarificationPausesTheClockUntilAnswered(engine: SQLDialect) throws {
        let practice = try TestPractice.make(clock: FixedClock(date: LocalDate(year: 2025, month: 10, day: 1) ?? TestPractice.standardDay),
                                             region: .englandWales, engine: engine)
        let store = practice.database
        let request = try store.logRequest(NewRequest(kinds: [.access], requesterName: "Łukasz Nowak", channel: .phone,
                                                      receivedOn: try date("2025-09-03")), as: practice.receptionist)
        let id = try #require(request.id)
        try store.askClarification(requestID: id, on: try date("2025-09-10"), question: "Which pet's records?",
                                   expectedVersion: 1, as: practice.manager)
        #expect(try store.requestDetail(id: id).request.status == .awaitingClarification)
        try store.recordClarificationAnswer(requestID: id, on: try date("2025-09-14"), expectedVersion: 2, as: practice.manager)
        let detail = try store.requestDetail(id: id)
        // 3 Oct 2025 + 5 paused days = Wed 8 Oct 2025.
        #expect(detail.request.pausedDays == 5)
        #expect(detail.request.dueOn == (try date("2025-10-08")))
    }

    @Test(arguments: SQLDialect.allCases)
    func impossibleInputIsRefusedAndNothingChanges(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let store = practice.database
        let request = try store.logRequest(NewRequest(kinds: [.access], requesterName: "Ann Other", channel: .web,
                                                      receivedOn: try date("2025-03-03")), as: practice.receptionist)
        let id = try #require(request.id)
        #expect(throws: StoreError.self) {
            try store.recordIdentityReceived(requestID: id, on: try date("2025-02-01"), expectedVersion: 1, as: practice.manager)
        }
        #expect(throws: StoreError.self) {
            try store.moveRequest(requestID: id, to: .completed, outcome: nil, expectedVersion: 1, as: practice.manager)
        }
        let detail = try store.requestDetail(id: id)
        #expect(detail.request.version == 1)
        #expect(detail.events.count == 1)
    }

    @Test(arguments: SQLDialect.allCases)
    func onlyManagersWorkRequestsAndStaleChangesConflict(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let store = practice.database
        let request = try store.logRequest(NewRequest(kinds: [.rectification], requesterName: "Nguyễn Văn An",
                                                      channel: .inPerson, receivedOn: try date("2025-03-01")),
                                           as: practice.vet)
        let id = try #require(request.id)
        #expect(throws: StoreError.self) {
            try store.assignRequest(requestID: id, to: practice.manager.userID, expectedVersion: 1, as: practice.receptionist)
        }
        try store.assignRequest(requestID: id, to: practice.manager.userID, expectedVersion: 1, as: practice.manager)
        #expect {
            try store.addRequestNote(requestID: id, note: "called back", expectedVersion: 1, as: practice.manager)
        } throws: { error in
            if case StoreError.conflict = error { return true }
            return false
        }
    }

    @Test(arguments: SQLDialect.allCases)
    func referencesAreNeverReusedAndCountPerYear(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        var references: [String] = []
        for received in ["2024-12-30", "2025-01-02", "2025-02-01"] {
            references.append(try practice.database.logRequest(
                NewRequest(kinds: [.other], requesterName: "A Person", channel: .email, receivedOn: try date(received)),
                as: practice.receptionist).reference)
        }
        #expect(references == ["DSR-2024-0001", "DSR-2025-0001", "DSR-2025-0002"])
    }

    @Test(arguments: SQLDialect.allCases)
    func queueIsOrderedByDueDateWithUrgency(engine: SQLDialect) throws {
        let practice = try TestPractice.make(region: .jersey, engine: engine)
        let store = practice.database
        // Today is 2025-03-03. Received 2025-01-20 → due 2025-02-17 (overdue); 2025-02-06 → 2025-03-06 (due soon);
        // 2025-03-03 → 2025-03-31 (on track).
        for (name, received) in [("Late", "2025-01-20"), ("Recent", "2025-03-03"), ("Soon", "2025-02-06")] {
            try store.logRequest(NewRequest(kinds: [.access], requesterName: name, channel: .email,
                                            receivedOn: try date(received)), as: practice.receptionist)
        }
        let queue = try store.requestQueue()
        #expect(queue.map(\.urgency) == [.overdue, .dueSoon, .onTrack])
        #expect(queue.map(\.daysLeft) == [-14, 3, 28])
        #expect(try store.requestQueue(RequestQueueFilter(overdueOnly: true)).count == 1)
        #expect(try store.requestQueue(RequestQueueFilter(dueWithinDays: 7)).count == 2)
        #expect(try store.requestQueue(RequestQueueFilter(kind: .erasure)).isEmpty)
    }

    @Test(arguments: SQLDialect.allCases)
    func aClientsRequestsAreFoundByLinkNotByName(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let first = try practice.registerClient(firstName: "Sam", lastName: "Le Cornu", phone: "07700 900301")
        let namesake = try practice.registerClient(firstName: "Sam", lastName: "Le Cornu", phone: "07700 900302")
        let own = try practice.database.logRequest(NewRequest(kinds: [.access], requesterName: "Sam Le Cornu", clientID: first.id,
                                                              channel: .email, receivedOn: try date("2025-03-01")),
                                                   as: practice.receptionist)
        try practice.database.logRequest(NewRequest(kinds: [.erasure], requesterName: "Sam Le Cornu", clientID: namesake.id,
                                                    channel: .phone, receivedOn: try date("2025-03-02")),
                                         as: practice.receptionist)
        let listed = try practice.database.requestQueue(RequestQueueFilter(includeClosed: true, clientID: first.id))
        #expect(listed.map(\.reference) == [own.reference])
    }
}
