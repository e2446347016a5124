import PropertyBased
import Testing
import VetCore

/// Invariants of the legal clock over received dates from 2000 to 2100.
@Suite("Deadline: properties over 2000–2100")
struct DeadlinePropertyTests {
    static let firstDay = LocalDate(year: 2000, month: 1, day: 1)?.daysSinceEpoch ?? 0
    static let lastDay = LocalDate(year: 2100, month: 12, day: 31)?.daysSinceEpoch ?? 0
    static let dates = Gen.int(in: firstDay...lastDay).map { LocalDate(daysSinceEpoch: $0) }
    static let monthRegions = Gen<PracticeRegion>.case.filter(\.usesCalendarMonths)
    /// A pause as (days after received it was asked, days it lasted minus one).
    static let pauseOffsets = Gen.int(in: 0...45)
    static let pauseLengths = Gen.int(in: 0...30)
    static let today = LocalDate(year: 2200, month: 1, day: 1) ?? LocalDate(daysSinceEpoch: 0)

    static func due(_ input: RequestClockInput) throws -> DeadlineResult {
        try DeadlineEngine.deadline(for: input, asOf: today)
    }

    /// UK and EU dates roll past weekends and the region's holidays (the EU has only weekends here).
    @Test func dueDateIsAWorkingDayOfItsRegion() async {
        await propertyCheck(count: 500, input: Self.dates, Self.monthRegions) { received, region in
            let due = try Self.due(RequestClockInput(received: received, region: region)).due
            let calendar = HolidayCalendar(region: region)
            #expect(!due.isWeekend)
            #expect(!calendar.isHoliday(due))
        }
    }

    @Test func dueIsNeverBeforeThePlainMonthDate() async {
        await propertyCheck(count: 400, input: Self.dates, Self.monthRegions, Gen.bool) { received, region, extended in
            let input = RequestClockInput(received: received, region: region, extended: extended)
            let result = try Self.due(input)
            let plain = received.adding(months: extended ? 3 : 1)
            #expect(result.due >= plain)
            #expect(result.due.days(until: plain) > -8, "a roll longer than a week means a runaway calendar")
            #expect(result.target <= result.due)
            #expect(result.extensionNoticeBy == received.adding(months: 1))
        }
    }

    @Test func extensionNeverShortens() async {
        await propertyCheck(count: 300, input: Self.dates, Gen<PracticeRegion>.case) { received, region in
            let plain = try Self.due(RequestClockInput(received: received, region: region)).due
            let extended = try Self.due(RequestClockInput(received: received, region: region, extended: true)).due
            #expect(extended > plain)
        }
    }

    @Test func pauseNeverShortens() async {
        await propertyCheck(count: 300, input: Self.dates, Gen<PracticeRegion>.case, Self.pauseOffsets, Self.pauseLengths) {
            received, region, offset, length in
            let asked = received.adding(days: offset)
            let pause = ClarificationPause(asked: asked, answered: asked.adding(days: length))
            let plain = try Self.due(RequestClockInput(received: received, region: region))
            let paused = try Self.due(RequestClockInput(received: received, region: region, pauses: [pause]))
            #expect(paused.due >= plain.due)
            #expect(paused.countedDate == plain.countedDate.adding(days: length + 1))
            #expect(paused.pausedDays == length + 1)
        }
    }

    @Test func jerseyIsAlwaysFourWeeksPlusPausedDays() async {
        await propertyCheck(count: 400, input: Self.dates, Self.pauseOffsets, Self.pauseLengths, Gen.bool) {
            received, offset, length, extended in
            let asked = received.adding(days: offset)
            let pause = ClarificationPause(asked: asked, answered: asked.adding(days: length))
            let input = RequestClockInput(received: received, region: .jersey, pauses: [pause], extended: extended)
            let result = try Self.due(input)
            #expect(result.due == received.adding(days: (extended ? 84 : 28) + length + 1))
            #expect(result.extensionNoticeBy == received.adding(days: 28 + length + 1))
            let calendar = HolidayCalendar(region: .jersey)
            #expect((result.nonWorkingDayWarning == nil) == calendar.isWorkingDay(result.due))
            if let suggestion = result.suggestedDueDate {
                #expect(suggestion < result.due)
                #expect(calendar.isWorkingDay(suggestion))
            }
        }
    }

    @Test func relevantTimeIsTheLatestCountingDate() async {
        await propertyCheck(count: 300, input: Self.dates, Gen.int(in: 0...60), Gen.int(in: 0...60)) {
            received, identityDelay, feeDelay in
            let input = RequestClockInput(
                received: received, region: .englandWales,
                identityAsked: received, identityReceived: received.adding(days: identityDelay),
                feeAsked: received, feePaid: received.adding(days: feeDelay))
            let result = try Self.due(input)
            #expect(result.relevantTime == received.adding(days: max(identityDelay, feeDelay)))
            #expect(result.due >= result.relevantTime.adding(months: 1))
        }
    }
}
