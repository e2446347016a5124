/// When a site is open on one day of the week, with an optional break (lunch) when nothing
/// is booked. A day with no `OpeningDay` is closed.
public struct OpeningDay: Hashable, Sendable, Codable {
    /// ISO weekday: 1 Monday … 7 Sunday.
    public var weekday: Int
    public var opens: TimeOfDay
    public var closes: TimeOfDay
    public var breakFrom: TimeOfDay?
    public var breakTo: TimeOfDay?

    public init(weekday: Int, opens: TimeOfDay, closes: TimeOfDay, breakFrom: TimeOfDay? = nil, breakTo: TimeOfDay? = nil) {
        self.weekday = weekday
        self.opens = opens
        self.closes = closes
        self.breakFrom = breakFrom
        self.breakTo = breakTo
    }

    public static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    public var weekdayName: String { Self.weekdayNames[(weekday - 1) % 7] }

    /// Reads a manager's typed hours ("08:30", "18:30", break "13:00"–"14:00", the break
    /// optional): opening before closing, and a break wholly inside the day.
    public init(weekday: Int, opens: String, closes: String, breakFrom: String, breakTo: String) throws(ValidationErrors) {
        var check = Validator()
        let day = Self.weekdayNames[(max(1, min(7, weekday)) - 1)]
        let open = check.check { () throws(ValidationError) in try TimeOfDay(parsing: opens, field: "\(day) opens") }
        let close = check.check { () throws(ValidationError) in try TimeOfDay(parsing: closes, field: "\(day) closes") }
        var from: TimeOfDay?
        var to: TimeOfDay?
        let hasBreak = !ValueText.trimmed(breakFrom).isEmpty || !ValueText.trimmed(breakTo).isEmpty
        if hasBreak {
            from = check.check { () throws(ValidationError) in try TimeOfDay(parsing: breakFrom, field: "\(day) break from") }
            to = check.check { () throws(ValidationError) in try TimeOfDay(parsing: breakTo, field: "\(day) break to") }
        }
        if let open, let close, open >= close {
            check.add(ValidationError(field: "\(day) closes", message: "\(day) closes at \(close), which is not after it opens at \(open)"))
        }
        if let from, let to {
            if from >= to {
                check.add(ValidationError(field: "\(day) break to", message: "\(day) break ends at \(to), which is not after it starts at \(from)"))
            } else if let open, let close, from < open || to > close {
                check.add(ValidationError(field: "\(day) break from",
                                          message: "\(day) break \(from)–\(to) must fall within opening hours \(open)–\(close)"))
            }
        }
        try check.finish()
        guard let open, let close else { throw ValidationErrors(check.errors) }
        self.init(weekday: weekday, opens: open, closes: close, breakFrom: from, breakTo: to)
    }

    /// Whether `from`–`to` on this day lies within the opening hours and clear of the break;
    /// if not, the reason in words.
    public func refusal(from: TimeOfDay, to: TimeOfDay) -> String? {
        if from < opens || to > closes {
            return "the site is open \(opens)–\(closes) on \(weekdayName)s"
        }
        if let breakFrom, let breakTo, from < breakTo, to > breakFrom {
            return "\(breakFrom)–\(breakTo) is the break on \(weekdayName)s"
        }
        return nil
    }

    /// Hours a new site starts with: weekdays 08:30–18:30 with lunch 13:00–14:00, Saturday
    /// morning; closed on Sunday. A manager changes them.
    public static let usual: [OpeningDay] = (1...6).compactMap { weekday in
        if weekday == 6 {
            return TimeOfDay(hour: 9, minute: 0).flatMap { open in
                TimeOfDay(hour: 12, minute: 30).map { OpeningDay(weekday: 6, opens: open, closes: $0) }
            }
        }
        guard let open = TimeOfDay(hour: 8, minute: 30), let close = TimeOfDay(hour: 18, minute: 30),
              let from = TimeOfDay(hour: 13, minute: 0), let to = TimeOfDay(hour: 14, minute: 0) else { return nil }
        return OpeningDay(weekday: weekday, opens: open, closes: close, breakFrom: from, breakTo: to)
    }
}
