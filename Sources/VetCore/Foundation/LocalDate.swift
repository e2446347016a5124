/// A calendar date in the practice's own time zone, with no time of day.
///
/// Legal deadlines are counted in local calendar days, never UTC instants, so every
/// date rule in VetDesk works on this type rather than `Foundation.Date`.
public struct LocalDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The years a person may type: wide enough for any birth, record or deadline a practice
    /// deals with, narrow enough that date arithmetic never leaves the representable range.
    public static let enteredYears = 1900...2199

    /// The years a date can hold at all; arithmetic that would leave them stops at the edge.
    public static let representableYears = 1...9999

    /// Creates a date, or returns nil when the day does not exist (30 Feb, month 13, year 0).
    public init?(year: Int, month: Int, day: Int) {
        guard LocalDate.representableYears.contains(year), (1...12).contains(month),
              day >= 1, day <= LocalDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// 0001-01-01 and 9999-12-31 as days since the epoch: the bounds arithmetic is clamped to.
    private static let firstDay = -719_162
    private static let lastDay = 2_932_896

    /// Days since 1970-01-01 (negative before), so date differences are plain subtraction.
    /// A count beyond the representable years gives the first or last representable day.
    public init(daysSinceEpoch: Int) {
        // Howard Hinnant's civil_from_days.
        let z = min(max(daysSinceEpoch, LocalDate.firstDay), LocalDate.lastDay) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int {
        let w = (daysSinceEpoch + 3) % 7  // 1970-01-01 was a Thursday (ISO 4).
        return (w < 0 ? w + 7 : w) + 1
    }

    public var isWeekend: Bool { isoWeekday >= 6 }

    /// The date `days` later (earlier when negative), stopping at the first or last
    /// representable day rather than overflowing.
    public func adding(days: Int) -> LocalDate {
        let (sum, overflow) = daysSinceEpoch.addingReportingOverflow(days)
        if overflow { return LocalDate(daysSinceEpoch: days < 0 ? Int.min : Int.max) }
        return LocalDate(daysSinceEpoch: sum)
    }

    /// The same day-number `months` later, clamped to the last day of a shorter month
    /// (31 Jan + 1 month = 28 or 29 Feb), and to the first or last representable month.
    public func adding(months: Int) -> LocalDate {
        let first = LocalDate.representableYears.lowerBound * 12
        let last = LocalDate.representableYears.upperBound * 12 + 11
        let (sum, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(months)
        let index = overflow ? (months < 0 ? first : last) : min(max(sum, first), last)
        let y = index / 12
        let m = index % 12 + 1
        let d = min(day, LocalDate.daysIn(month: m, year: y))
        return LocalDate(year: y, month: m, day: d) ?? self
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: LocalDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// Parses strict `YYYY-MM-DD` as a person types it: nil for anything else, including a
    /// year outside `enteredYears`. `init(parsing:field:)` says which rule was broken.
    public init?(iso text: String) {
        guard let date = LocalDate(storedISO: text), LocalDate.enteredYears.contains(date.year) else { return nil }
        self = date
    }

    /// Parses strict `YYYY-MM-DD` in any representable year: for dates already stored,
    /// which may have been computed (a deadline months after a late date) rather than typed.
    public init?(storedISO text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ ValueText.isDigits($0) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses a typed `YYYY-MM-DD` date, refusing with a message naming `field` and the rule
    /// broken: the shape, a day that does not exist, or a year outside 1900–2199.
    public init(parsing text: String, field: String = "date") throws(ValidationError) {
        let shown = ValueText.trimmed(text)
        if shown.isEmpty { throw ValidationError(field: field, message: "\(field) must not be empty") }
        guard let date = LocalDate(storedISO: shown) else {
            let parts = shown.split(separator: "-", omittingEmptySubsequences: false)
            if parts.count == 3, parts[0].count == 4, ValueText.isDigits(parts[0]),
               let year = Int(parts[0]), !LocalDate.enteredYears.contains(year) {
                throw LocalDate.outOfRange(shown, field: field)
            }
            throw ValidationError(field: field, message: "\(field) '\(shown)' is not a date; use YYYY-MM-DD, such as 2026-03-31")
        }
        guard LocalDate.enteredYears.contains(date.year) else { throw LocalDate.outOfRange(shown, field: field) }
        self = date
    }

    /// Why `text` is not a typed date, for screens that parse with `init?(iso:)`: the shape, a
    /// day that does not exist, or a year outside 1900–2199.
    public static func refusal(of text: String, field: String) -> ValidationError {
        do {
            _ = try LocalDate(parsing: text, field: field)
            return ValidationError(field: field, message: "\(field) '\(text)' must be written YYYY-MM-DD, such as 2026-03-31")
        } catch {
            return error
        }
    }

    /// "date '9999-12-31' must be in the years 1900 to 2199".
    public static func outOfRange(_ shown: String, field: String) -> ValidationError {
        ValidationError(field: field, message: "\(field) '\(shown)' must be in the years "
                        + "\(enteredYears.lowerBound) to \(enteredYears.upperBound)")
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    private static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    public var weekdayName: String { LocalDate.weekdayNames[isoWeekday - 1] }
    public var monthName: String { LocalDate.monthNames[month - 1] }

    /// "Fri 31 Jan 2025": the form used in explanations a manager reads.
    public var long: String { "\(weekdayName) \(day) \(monthName) \(year)" }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = LocalDate(storedISO: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "'\(text)' is not a YYYY-MM-DD date"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
