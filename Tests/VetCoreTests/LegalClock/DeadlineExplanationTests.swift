import Testing
import VetCore

/// The steps a manager reads must say why each date moved.
@Suite("Deadline: explanation steps")
struct DeadlineExplanationTests {
    static func steps(_ input: RequestClockInput, today: String = "2030-01-01") throws -> [String] {
        try DeadlineEngine.deadline(for: input, asOf: try day(today)).explanation
    }

    @Test func answeredPauseIsListedWithItsDaysAndTheNewDate() throws {
        let steps = try Self.steps(RequestClockInput(
            received: try day("2025-09-03"), region: .englandWales,
            pauses: [ClarificationPause(asked: try day("2025-09-10"), answered: try day("2025-09-12"))]))
        #expect(steps.contains("Clarification asked Wed 10 Sep 2025, answered Fri 12 Sep 2025: 3 days do not count"))
        #expect(steps.contains("Plus 3 paused days: Mon 6 Oct 2025"))
    }

    @Test func openPauseSaysTheClockIsPausedAndHowItIsCounted() throws {
        let steps = try Self.steps(RequestClockInput(
            received: try day("2025-09-03"), region: .englandWales,
            pauses: [ClarificationPause(asked: try day("2025-09-10"))]), today: "2025-09-15")
        let line = try #require(steps.first { $0.hasPrefix("Clarification asked Wed 10 Sep 2025") })
        #expect(line.contains("no answer yet: the clock is paused"))
        #expect(line.contains("as if answered Mon 15 Sep 2025: 6 days"))
    }

    @Test func identityNotAskedForIsSaidNotToMoveTheClock() throws {
        let steps = try Self.steps(RequestClockInput(received: try day("2026-03-02"), region: .englandWales,
                                                     identityReceived: try day("2026-03-09")))
        #expect(steps.contains { $0.contains("was not asked for, so it does not move the clock") })
        #expect(steps.contains("Relevant time: the day received, Mon 2 Mar 2026"))
    }

    @Test func unpaidFeeSaysTheClockWaitsForPayment() throws {
        let steps = try Self.steps(RequestClockInput(received: try day("2026-03-02"), region: .englandWales,
                                                     feeAsked: try day("2026-03-03")))
        #expect(steps.contains("Fee asked for Tue 3 Mar 2026, not yet paid: the clock starts when it is paid"))
    }

    @Test func ukNoticeDeadlineSaysItIsNotRolled() throws {
        let steps = try Self.steps(RequestClockInput(received: try day("2026-01-28"), region: .englandWales,
                                                     extended: true))
        #expect(steps.contains { $0.hasPrefix("The extension notice, with reasons, must be sent by Sat 28 Feb 2026")
            && $0.contains("not moved for weekends or holidays") })
    }
}
