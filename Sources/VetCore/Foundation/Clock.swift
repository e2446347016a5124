import Foundation

/// The source of "now", injected everywhere so rules and tests never read the system clock directly.
public protocol PracticeClock: Sendable {
    func now() -> Date
    var timeZone: TimeZone { get }
}

extension PracticeClock {
    /// Today's calendar date where the practice is.
    public func today() -> LocalDate { LocalDate(instant: now(), in: timeZone) }
}

/// The real clock, in the practice's zone (Europe/London or Europe/Jersey).
public struct SystemClock: PracticeClock {
    public let timeZone: TimeZone
    public init(timeZone: TimeZone = TimeZone(identifier: "Europe/London") ?? .current) {
        self.timeZone = timeZone
    }
    public func now() -> Date { Date() }
}

/// A clock stopped at one instant, for tests and reproducible demo data.
public struct FixedClock: PracticeClock {
    public let instant: Date
    public let timeZone: TimeZone
    public init(_ instant: Date, timeZone: TimeZone = TimeZone(identifier: "Europe/London") ?? .current) {
        self.instant = instant
        self.timeZone = timeZone
    }
    /// Noon on `date` in London: far from any midnight so the calendar day is unambiguous.
    public init(date: LocalDate, hour: Int = 12) {
        let zone = TimeZone(identifier: "Europe/London") ?? .current
        self.init(date.instant(hour: hour, in: zone), timeZone: zone)
    }
    public func now() -> Date { instant }
}

extension LocalDate {
    /// The calendar date of `instant` in `zone`.
    public init(instant: Date, in zone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        self = LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? LocalDate(daysSinceEpoch: 0)
    }

    /// The instant of `hour`:00 local time on this date.
    public func instant(hour: Int = 0, in zone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = DateComponents(year: year, month: month, day: day, hour: hour)
        return calendar.date(from: parts) ?? Date(timeIntervalSince1970: Double(daysSinceEpoch) * 86_400)
    }
}
