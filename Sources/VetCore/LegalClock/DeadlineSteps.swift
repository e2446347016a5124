/// Builds the plain-English explanation of a deadline, one line per step, so a manager can
/// check each date by hand.
struct DeadlineSteps {
    private(set) var lines: [String] = []

    mutating func add(_ line: String) { lines.append(line) }

    /// "One month after Fri 31 Jan 2025: Feb 2025 has no 31st, so Fri 28 Feb 2025".
    mutating func monthStep(from t0: LocalDate, months: Int, result: LocalDate) {
        let span = months == 1 ? "One month" : "Three months (extended)"
        if result.day == t0.day {
            add("\(span) after \(t0.long): \(result.long)")
        } else {
            add("\(span) after \(t0.long): \(result.monthName) \(result.year) has no "
                + "\(Self.ordinal(t0.day)), so \(result.long)")
        }
    }

    mutating func weekStep(from t0: LocalDate, extended: Bool, result: LocalDate) {
        let span = extended ? "Twelve weeks (84 days, extended)" : "Four weeks (28 days)"
        add("\(span) after \(t0.long): \(result.long)")
    }

    mutating func pauseStep(_ pause: ClarificationPause, counted: Int, start: LocalDate, end: LocalDate) {
        let dayWord = counted == 1 ? "day" : "days"
        let clipped = start > pause.asked ? " (only days from the relevant time count)" : ""
        if let answered = pause.answered {
            add("Clarification asked \(pause.asked.long), answered \(answered.long): "
                + "\(counted) \(dayWord) do not count\(clipped)")
        } else {
            add("Clarification asked \(pause.asked.long), no answer yet: the clock is paused. "
                + "Counted as if answered \(end.long): \(counted) \(dayWord)\(clipped); "
                + "each further day without an answer moves the dates one day later")
        }
    }

    /// "Sat 28 Feb 2026 is a weekend → next working day Mon 2 Mar 2026".
    mutating func rollStep(from counted: LocalDate, to due: LocalDate, calendar: HolidayCalendar) {
        guard due > counted else { return }
        var reasons: [String] = []
        var day = counted
        while day < due {
            let reason = calendar.nonWorkingReason(day) ?? "not a working day"
            let continuesWeekend = day.isoWeekday == 7 && day > counted && reason == "a weekend"
            if !continuesWeekend { reasons.append("\(day.long) is \(reason)") }
            day = day.adding(days: 1)
        }
        add(reasons.joined(separator: "; ") + " → next working day \(due.long)")
    }

    mutating func noticeStep(_ input: RequestClockInput, deadline: LocalDate, pausedDays: Int) {
        let rule = input.region.usesCalendarMonths
            ? "one month after the relevant time" : "within the first four weeks"
        let paused = pausedDays > 0 ? " plus paused days" : ""
        let roll = input.region.usesCalendarMonths ? ", not moved for weekends or holidays" : ""
        if let sent = input.extensionNoticeSent {
            add("Extension notice sent \(sent.long); it was due by \(deadline.long) (\(rule)\(paused)\(roll))")
        } else {
            let need = input.extended ? "The extension notice, with reasons, must be sent"
                                      : "To extend, a notice with reasons must be sent"
            add("\(need) by \(deadline.long) (\(rule)\(paused)\(roll))")
        }
    }

    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch n % 100 {
        case 11, 12, 13: suffix = "th"
        default:
            switch n % 10 {
            case 1: suffix = "st"
            case 2: suffix = "nd"
            case 3: suffix = "rd"
            default: suffix = "th"
            }
        }
        return "\(n)\(suffix)"
    }
}
