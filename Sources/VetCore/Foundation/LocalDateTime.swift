import Foundation

/// A date and time of day as a person at the practice types and reads it, `YYYY-MM-DD HH:MM`
/// in the practice's zone: when a call came in or a letter went out.
public struct LocalDateTime: Hashable, Sendable, CustomStringConvertible {
    public let date: LocalDate
    public let hour: Int
    public let minute: Int

    public init?(date: LocalDate, hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.date = date
        self.hour = hour
        self.minute = minute
    }

    /// The local date and minute of `instant` in `zone`.
    public init(instant: Date, in zone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.hour, .minute], from: instant)
        date = LocalDate(instant: instant, in: zone)
        hour = parts.hour ?? 0
        minute = parts.minute ?? 0
    }

    /// Parses a typed `YYYY-MM-DD HH:MM` (a date alone means midnight is not meant, so it is
    /// refused too), naming `field` and the rule broken: the shape, a day or time that does not
    /// exist, or a year outside 1900–2199.
    public init(parsing text: String, field: String) throws(ValidationError) {
        let shown = ValueText.trimmed(text)
        if shown.isEmpty { throw ValidationError(field: field, message: "\(field) must not be empty") }
        let parts = shown.split(separator: " ", omittingEmptySubsequences: true)
        let example = "use YYYY-MM-DD HH:MM, such as 2026-03-31 14:05"
        guard parts.count == 2 else {
            throw ValidationError(field: field, message: "\(field) '\(shown)' needs a date and a time; \(example)")
        }
        let date = try LocalDate(parsing: String(parts[0]), field: field)
        let clock = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 2, clock[0].count == 2, clock[1].count == 2, clock.allSatisfy({ ValueText.isDigits($0) }),
              let hour = Int(clock[0]), let minute = Int(clock[1]) else {
            throw ValidationError(field: field, message: "\(field) '\(shown)' has no time of day HH:MM; \(example)")
        }
        guard let value = LocalDateTime(date: date, hour: hour, minute: minute) else {
            throw ValidationError(field: field, message: "\(field) '\(shown)' is not a time of day: hours run 00–23, minutes 00–59")
        }
        self = value
    }

    /// The instant this names in `zone` (in the hour a clock change skips, the instant just after).
    public func instant(in zone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = DateComponents(year: date.year, month: date.month, day: date.day, hour: hour, minute: minute)
        return calendar.date(from: parts) ?? date.instant(hour: hour, in: zone).addingTimeInterval(Double(minute * 60))
    }

    /// `YYYY-MM-DD HH:MM`.
    public var description: String {
        date.iso + " " + (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }
}
