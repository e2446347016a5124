import Testing
import VetCore

/// The worked examples of §2 and the explanation a manager reads.
@Suite("Deadline: worked examples")
struct DeadlineWorkedExampleTests {
    static let today = LocalDate(year: 2030, month: 1, day: 1) ?? LocalDate(daysSinceEpoch: 0)

    static func deadline(_ input: RequestClockInput, changes: [HolidayChange] = HolidayChange.shipped)
        throws -> DeadlineResult {
        try DeadlineEngine.deadline(for: input, changes: changes, asOf: today)
    }

    @Test(arguments: [
        ("2025-09-03", PracticeRegion.englandWales, nil, "2025-10-03"),
        ("2025-01-31", .englandWales, nil, "2025-02-28"),
        ("2024-01-31", .englandWales, nil, "2024-02-29"),
        ("2025-08-31", .englandWales, nil, "2025-09-30"),
        ("2026-03-02", .englandWales, "2026-03-09", "2026-04-09"),
        ("2026-03-02", .jersey, nil, "2026-03-30"),
    ] as [(String, PracticeRegion, String?, String)])
    func workedExample(received: String, region: PracticeRegion, identityReceived: String?, due: String) throws {
        let start = try day(received)
        var input = RequestClockInput(received: start, region: region)
        if let identityReceived {
            input.identityAsked = start
            input.identityReceived = try day(identityReceived)
        }
        #expect(try Self.deadline(input).due.iso == due)
    }

    @Test func monthEndExplanationNamesTheMissingDay() throws {
        let result = try Self.deadline(RequestClockInput(received: try day("2025-01-31"), region: .englandWales))
        #expect(result.explanation.first == "Received Fri 31 Jan 2025 (day one)")
        #expect(result.explanation.contains("One month after Fri 31 Jan 2025: Feb 2025 has no 31st, so Fri 28 Feb 2025"))
        #expect(result.explanation.contains("Due: Fri 28 Feb 2025"))
    }

    @Test func weekendRollsToMonday() throws {
        let result = try Self.deadline(RequestClockInput(received: try day("2026-01-28"), region: .scotland))
        #expect(result.countedDate.iso == "2026-02-28")
        #expect(result.due.iso == "2026-03-02")
        #expect(result.explanation.contains("Sat 28 Feb 2026 is a weekend → next working day Mon 2 Mar 2026"))
    }

    @Test func holidayRollNamesEachHoliday() throws {
        let result = try Self.deadline(RequestClockInput(received: try day("2025-11-25"), region: .englandWales))
        #expect(result.due.iso == "2025-12-29")
        #expect(result.explanation.contains(
            "Thu 25 Dec 2025 is Christmas Day; Fri 26 Dec 2025 is Boxing Day; Sat 27 Dec 2025 is a weekend"
            + " → next working day Mon 29 Dec 2025"))
    }

    @Test func regionDecidesWhetherAHolidayMovesTheDate() throws {
        // 21 Apr 2025 is Easter Monday in England but not in Scotland.
        let received = try day("2025-03-21")
        #expect(try Self.deadline(RequestClockInput(received: received, region: .englandWales)).due.iso == "2025-04-22")
        #expect(try Self.deadline(RequestClockInput(received: received, region: .scotland)).due.iso == "2025-04-21")
    }

    @Test func targetIsFourWeeksAndNeverAfterTheDueDate() throws {
        let september = try Self.deadline(RequestClockInput(received: try day("2025-09-03"), region: .englandWales))
        #expect(september.target.iso == "2025-10-01")
        let february = try Self.deadline(RequestClockInput(received: try day("2025-02-01"), region: .englandWales))
        #expect(february.due.iso == "2025-03-03")
        #expect(february.target.iso == "2025-03-01")
        let jersey = try Self.deadline(RequestClockInput(received: try day("2026-03-02"), region: .jersey))
        #expect(jersey.target == jersey.due)
    }

    @Test func euUsesMonthsAndDatesThePracticeEntered() throws {
        let received = try day("2025-01-31")
        #expect(try Self.deadline(RequestClockInput(received: received, region: .eu)).due.iso == "2025-02-28")
        let entered = HolidayChange(date: try day("2025-02-28"), name: "Carnival Friday", regions: [.eu])
        let result = try Self.deadline(RequestClockInput(received: received, region: .eu), changes: [entered])
        #expect(result.due.iso == "2025-03-03")
        #expect(result.explanation.contains { $0.hasPrefix("Fri 28 Feb 2025 is Carnival Friday") })
        let extended = try Self.deadline(RequestClockInput(received: received, region: .eu, extended: true))
        #expect(extended.due.iso == "2025-04-30")
    }
}
