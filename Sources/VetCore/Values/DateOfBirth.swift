/// A pet's date of birth, which is often a guess ("about 3", "born 2019"): the date plus
/// whether it is approximate, so the screen can show "~2019" rather than a false precision.
public struct DateOfBirth: Hashable, Sendable, Codable, CustomStringConvertible {
    public let date: LocalDate
    public let isApproximate: Bool

    public init(date: LocalDate, isApproximate: Bool) {
        self.date = date
        self.isApproximate = isApproximate
    }

    /// Parses "2019-05-01" (exact); "~2019-05-01", "2019-05", "2019", "~2019" (approximate;
    /// a year alone means 1 July, a month alone the 15th, never later than today);
    /// "about 3 years", "3 years", "6 months" (approximate, counted back from `today`).
    /// Refuses dates in the future and before 1900.
    public init(parsing text: String, today: LocalDate, field: String = "date of birth") throws(ValidationError) {
        let shown = ValueText.trimmed(text)
        if shown.isEmpty { throw ValidationError(field: field, message: "\(field) must not be empty") }
        var body = shown.lowercased()
        var approximate = false
        for prefix in ["~", "about ", "approx ", "c.", "circa "] where body.hasPrefix(prefix) {
            approximate = true
            body = ValueText.trimmed(String(body.dropFirst(prefix.count)))
        }
        let parsed: LocalDate
        if let exact = LocalDate(storedISO: body) {
            parsed = exact
        } else if let guess = DateOfBirth.partial(body) {
            // "2026" in March 2026 means earlier this year, not July.
            parsed = guess.earliest <= today ? min(guess.middle, today) : guess.middle
            approximate = true
        } else if let guess = DateOfBirth.age(body, today: today) {
            parsed = guess
            approximate = true
        } else {
            throw ValidationError(field: field,
                                  message: "\(field) '\(shown)' is not a date; use 2019-05-01, 2019 or about 3 years")
        }
        if parsed > today {
            throw ValidationError(field: field, message: "\(field) '\(shown)' is in the future")
        }
        if parsed.year < 1900 {
            throw ValidationError(field: field, message: "\(field) '\(shown)' is before 1900")
        }
        date = parsed
        isApproximate = approximate
    }

    /// "2019-05-01", or "~2019-07-01" when approximate (which `init(parsing:)` reads back).
    public var formatted: String { (isApproximate ? "~" : "") + date.iso }
    public var description: String { formatted }

    /// Whole years of age on `day`.
    public func ageInYears(on day: LocalDate) -> Int {
        var years = day.year - date.year
        if (day.month, day.day) < (date.month, date.day) { years -= 1 }
        return max(0, years)
    }

    /// "2019" → 1 Jul 2019; "2019-05" → 15 May 2019; each with the first day of the period.
    private static func partial(_ text: String) -> (middle: LocalDate, earliest: LocalDate)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts[0].count == 4, ValueText.isDigits(parts[0]), let year = Int(parts[0]) else { return nil }
        if parts.count == 1 {
            guard let middle = LocalDate(year: year, month: 7, day: 1),
                  let first = LocalDate(year: year, month: 1, day: 1) else { return nil }
            return (middle, first)
        }
        guard parts.count == 2, parts[1].count == 2, ValueText.isDigits(parts[1]), let month = Int(parts[1]) else {
            return nil
        }
        guard let middle = LocalDate(year: year, month: month, day: 15),
              let first = LocalDate(year: year, month: month, day: 1) else { return nil }
        return (middle, first)
    }

    /// "3 years", "3y", "6 months", "6m" → that long before `today`.
    private static func age(_ text: String, today: LocalDate) -> LocalDate? {
        let number = text.prefix { $0.isNumber }
        guard ValueText.isDigits(number), number.count <= 3, let count = Int(number) else { return nil }
        let unit = ValueText.trimmed(String(text.dropFirst(number.count)))
        if ["y", "yr", "yrs", "year", "years"].contains(unit) { return today.adding(months: -12 * count) }
        if ["m", "mo", "month", "months"].contains(unit) { return today.adding(months: -count) }
        if ["w", "wk", "wks", "week", "weeks"].contains(unit) { return today.adding(days: -7 * count) }
        return nil
    }
}
