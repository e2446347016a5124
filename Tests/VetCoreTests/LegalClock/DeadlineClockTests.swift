import Testing
import VetCore

/// Relevant time, pauses, extensions and Jersey's unrolled dates.
@Suite("Deadline: relevant time, pauses, extension, Jersey")
struct DeadlineClockTests {
    static func deadline(_ input: RequestClockInput, today: String = "2030-01-01") throws -> DeadlineResult {
        try DeadlineEngine.deadline(for: input, asOf: try day(today))
    }

    @Test func identityReceivedWithoutBeingAskedDoesNotMoveTheClock() throws {
        let input = RequestClockInput(received: try day("2026-03-02"), region: .englandWales,
                                      identityReceived: try day("2026-03-09"))
        let result = try Self.deadline(input)
        #expect(result.relevantTime.iso == "2026-03-02")
        #expect(result.due.iso == "2026-04-02")
    }

    @Test func feePaidMovesTheRelevantTime() throws {
        let input = RequestClockInput(received: try day("2025-09-03"), region: .englandWales,
                                      feeAsked: try day("2025-09-05"), feePaid: try day("2025-09-20"))
        let result = try Self.deadline(input)
        #expect(result.relevantTime.iso == "2025-09-20")
        #expect(result.due.iso == "2025-10-20")
    }

    @Test func relevantTimeIsTheLatestOfIdentityAndFee() throws {
        let input = RequestClockInput(received: try day("2025-09-03"), region: .northernIreland,
                                      identityAsked: try day("2025-09-03"), identityReceived: try day("2025-09-15"),
                                      feeAsked: try day("2025-09-04"), feePaid: try day("2025-09-10"))
        #expect(try Self.deadline(input).relevantTime.iso == "2025-09-15")
    }

    @Test func answeredPauseAddsItsDaysInclusive() throws {
        let input = RequestClockInput(received: try day("2025-09-03"), region: .englandWales,
                                      pauses: [ClarificationPause(asked: try day("2025-09-10"), answered: try day("2025-09-12"))])
        let result = try Self.deadline(input)
        #expect(result.pausedDays == 3)
        #expect(result.due.iso == "2025-10-06")
        #expect(result.extensionNoticeBy.iso == "2025-10-06")
        #expect(!result.isPaused)
    }

    @Test func pauseDaysBeforeTheRelevantTimeDoNotCount() throws {
        let input = RequestClockInput(
            received: try day("2026-03-02"), region: .englandWales,
            identityAsked: try day("2026-03-02"), identityReceived: try day("2026-03-09"),
            pauses: [ClarificationPause(asked: try day("2026-03-03"), answered: try day("2026-03-10"))])
        let result = try Self.deadline(input)
        #expect(result.pausedDays == 2)
        #expect(result.countedDate.iso == "2026-04-11")
        #expect(result.due.iso == "2026-04-13")
    }

    @Test func openPauseCountsUpToTodayAndIsFlagged() throws {
        let input = RequestClockInput(received: try day("2025-09-03"), region: .englandWales,
                                      pauses: [ClarificationPause(asked: try day("2025-09-10"))])
        let result = try Self.deadline(input, today: "2025-09-15")
        #expect(result.isPaused)
        #expect(result.pausedDays == 6)
        #expect(result.due.iso == "2025-10-09")
        #expect(result.explanation.contains("Due (provisional while the clock is paused): Thu 9 Oct 2025"))
        let tomorrow = try Self.deadline(input, today: "2025-09-16")
        #expect(tomorrow.countedDate == result.countedDate.adding(days: 1))
    }

    @Test func openPauseAskedAfterTodayCountsItsFirstDay() throws {
        let input = RequestClockInput(received: try day("2025-09-03"), region: .englandWales,
                                      pauses: [ClarificationPause(asked: try day("2025-09-10"))])
        #expect(try Self.deadline(input, today: "2025-09-04").pausedDays == 1)
    }

    @Test func ukExtensionIsThreeMonthsWithNoticeByOneMonthUnrolled() throws {
        let input = RequestClockInput(received: try day("2026-01-28"), region: .englandWales, extended: true)
        let result = try Self.deadline(input)
        #expect(result.due.iso == "2026-04-28")
        #expect(result.extensionNoticeBy.iso == "2026-02-28")
        #expect(result.target.iso == "2026-02-25")
        #expect(result.explanation.contains("Three months (extended) after Wed 28 Jan 2026: Tue 28 Apr 2026"))
    }

    @Test func noticeOnItsDeadlineIsAccepted() throws {
        let input = RequestClockInput(received: try day("2025-01-31"), region: .englandWales,
                                      extended: true, extensionNoticeSent: try day("2025-02-28"))
        #expect(try Self.deadline(input).due.iso == "2025-04-30")
    }

    @Test func jerseyExtensionIsEightyFourDaysAndNeverRolls() throws {
        let input = RequestClockInput(received: try day("2026-03-02"), region: .jersey, extended: true)
        let result = try Self.deadline(input)
        #expect(result.due.iso == "2026-05-25")
        #expect(result.extensionNoticeBy.iso == "2026-03-30")
        #expect(result.suggestedDueDate?.iso == "2026-05-22")
    }

    @Test func jerseyWarnsWhenDueOnAHolidayAndSuggestsTheDayBefore() throws {
        let input = RequestClockInput(received: try day("2026-04-11"), region: .jersey)
        let result = try Self.deadline(input)
        #expect(result.due.iso == "2026-05-09")
        #expect(result.suggestedDueDate?.iso == "2026-05-08")
        let warning = try #require(result.nonWorkingDayWarning)
        #expect(warning.contains("Liberation Day"))
        #expect(warning.contains("Fri 8 May 2026"))
    }

    @Test func jerseyOnAWorkingDayHasNoWarning() throws {
        let result = try Self.deadline(RequestClockInput(received: try day("2026-03-02"), region: .jersey))
        #expect(result.nonWorkingDayWarning == nil)
        #expect(result.suggestedDueDate == nil)
    }

    @Test func jerseyPauseAddsDaysWithoutRolling() throws {
        let input = RequestClockInput(received: try day("2026-03-02"), region: .jersey,
                                      pauses: [ClarificationPause(asked: try day("2026-03-05"), answered: try day("2026-03-09"))])
        let result = try Self.deadline(input)
        #expect(result.pausedDays == 5)
        #expect(result.due.iso == "2026-04-04")
        #expect(result.nonWorkingDayWarning != nil)
    }
}
