import Foundation
import VetCore

extension DemoRequests {
    /// Day offsets below are days before today.
    private static func day(_ daysAgo: Int, _ action: @escaping @Sendable (AppDatabase, Int64, Int, StaffSession) throws -> Void) -> Step {
        Step(daysAgo: daysAgo, action: action)
    }

    private static func move(_ status: RequestStatus, _ outcome: String? = nil) -> @Sendable (AppDatabase, Int64, Int, StaffSession) throws -> Void {
        { store, id, version, user in
            try store.moveRequest(requestID: id, to: status, outcome: outcome, expectedVersion: version, as: user)
        }
    }

    private static func date(_ store: AppDatabase) -> LocalDate { store.today }

    static let cases: [Case] = [
        // Overdue access request still in progress.
        Case(kinds: [.access], channel: .email, receivedDaysAgo: 40, linked: true,
             steps: [day(38, move(.inProgress))]),
        // Awaiting identity: the clock has not started.
        Case(kinds: [.erasure], channel: .letter, receivedDaysAgo: 12, linked: true, steps: [
            day(11) { s, id, v, u in try s.recordIdentityAsked(requestID: id, on: date(s), method: "photo ID and a recent bill", expectedVersion: v, as: u) },
        ]),
        // Identity arrived a week later: the clock restarted.
        Case(kinds: [.access, .portability], channel: .web, receivedDaysAgo: 30, linked: true, steps: [
            day(30) { s, id, v, u in try s.recordIdentityAsked(requestID: id, on: date(s), method: "passport copy", expectedVersion: v, as: u) },
            day(23) { s, id, v, u in try s.recordIdentityReceived(requestID: id, on: date(s), expectedVersion: v, as: u) },
        ]),
        // Extended: complex, several rights at once.
        Case(kinds: [.restriction, .objection], channel: .inPerson, receivedDaysAgo: 50, linked: true, steps: [
            day(48, move(.inProgress)),
            day(45) { s, id, v, u in try s.extendRequest(requestID: id, reason: "Several rights at once across ten years of records",
                                                          noticeSentOn: date(s), expectedVersion: v, as: u) },
        ]),
        // Paused: clarification asked, no answer yet.
        Case(kinds: [.portability], channel: .email, receivedDaysAgo: 20, linked: true, steps: [
            day(18) { s, id, v, u in try s.askClarification(requestID: id, on: date(s), question: "Which pets' records do you want moved?",
                                                             expectedVersion: v, as: u) },
        ]),
        // Clarified, now ready for the manager's review.
        Case(kinds: [.access], channel: .phone, receivedDaysAgo: 26, linked: true, steps: [
            day(25) { s, id, v, u in try s.askClarification(requestID: id, on: date(s), question: "Records from which years?", expectedVersion: v, as: u) },
            day(21) { s, id, v, u in try s.recordClarificationAnswer(requestID: id, on: date(s), expectedVersion: v, as: u) },
            day(1, move(.readyForReview)),
        ]),
        // A fee for extra copies.
        Case(kinds: [.access], channel: .letter, receivedDaysAgo: 9, linked: true, steps: [
            day(8) { s, id, v, u in try s.recordFeeAsked(requestID: id, on: date(s), reason: "second paper copy of the records", expectedVersion: v, as: u) },
        ]),
        // Due within the week.
        Case(kinds: [.rectification], channel: .phone, receivedDaysAgo: 25, linked: true, steps: [day(24, move(.inProgress))]),
        // Consent withdrawal done the same day.
        Case(kinds: [.consentWithdrawal], channel: .phone, receivedDaysAgo: 6, linked: true, steps: [
            day(6, move(.inProgress)), day(6, move(.completed, "All marketing consent withdrawn on the call")),
        ]),
        // Refused as manifestly excessive.
        Case(kinds: [.other], channel: .email, receivedDaysAgo: 80, linked: true, steps: [
            day(70, move(.refused, "Manifestly excessive: the fifth identical request this month; right to complain explained")),
        ]),
        Case(kinds: [.access], channel: .email, receivedDaysAgo: 33, linked: true, steps: [
            day(30, move(.withdrawn, "The client withdrew the request by phone")),
        ]),
        Case(kinds: [.erasure], channel: .letter, receivedDaysAgo: 100, linked: true, steps: [
            day(95, move(.inProgress)),
            day(75, move(.partlyCompleted, "Marketing data erased; clinical and financial records kept for their retention periods")),
        ]),
        Case(kinds: [.objection], channel: .web, receivedDaysAgo: 90, linked: true, steps: [
            day(88) { s, id, v, u in try s.askClarification(requestID: id, on: date(s), question: "Which processing do you object to?", expectedVersion: v, as: u) },
            day(40, move(.closedWithoutClarification, "No answer after repeated reminders")),
        ]),
        // Logged at the desk before the person was identified.
        Case(kinds: [.access], channel: .inPerson, receivedDaysAgo: 2, linked: false, steps: []),
    ]
}
