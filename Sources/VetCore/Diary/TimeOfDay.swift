/// A time of day on the practice's wall clock, to the minute: opening hours, breaks and the
/// start of a slot. The diary works in local wall time because that is what the appointment
/// card and the client say; a clock change does not move a 09:00 booking.
public struct TimeOfDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Minutes since midnight, 0–1439.
    public let minutes: Int

    public init?(minutes: Int) {
        guard (0..<1440).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.minutes = hour * 60 + minute
    }

    /// Parses a typed `HH:MM` (or `H:MM`), naming `field` when it is not a time of day.
    public init(parsing text: String, field: String) throws(ValidationError) {
        let shown = ValueText.trimmed(text)
        let parts = shown.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ ValueText.isDigits($0) }), let hour = Int(parts[0]), let minute = Int(parts[1]),
              let value = TimeOfDay(hour: hour, minute: minute) else {
            throw ValidationError(field: field, message: "\(field) '\(shown)' is not a time of day; use HH:MM from 00:00 to 23:59")
        }
        self = value
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    /// `HH:MM`.
    public var description: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}

extension LocalDateTime: Comparable, Codable {
    /// The wall-clock moment `time` on `date`.
    public init(date: LocalDate, time: TimeOfDay) {
        self.init(checkedDate: date, minutes: time.minutes)
    }

    /// `minutes` is 0–1439, which always makes a valid hour and minute.
    private init(checkedDate date: LocalDate, minutes: Int) {
        self.date = date
        self.hour = minutes / 60
        self.minute = minutes % 60
    }

    /// The time of day, without the date.
    public var time: TimeOfDay { TimeOfDay(hour: hour, minute: minute) ?? TimeOfDay.midnight }

    /// `minutes` later on the wall clock, across midnight when it comes to that.
    public func adding(minutes delta: Int) -> LocalDateTime {
        let total = time.minutes + delta
        let days = total >= 0 ? total / 1440 : (total - 1439) / 1440
        return LocalDateTime(checkedDate: date.adding(days: days), minutes: total - days * 1440)
    }

    /// Wall-clock minutes from this moment to `other`.
    public func minutes(until other: LocalDateTime) -> Int {
        date.days(until: other.date) * 1440 + other.time.minutes - time.minutes
    }

    /// Reads the stored `YYYY-MM-DD HH:MM` back; nil for anything else.
    public init?(stored text: String) {
        if let exact = Self.exactlyStored(text) {
            self = exact
            return
        }
        guard let value = try? LocalDateTime(parsing: text, field: "time") else { return nil }
        self = value
    }

    /// Exactly `YYYY-MM-DD HH:MM` in digits, read byte by byte: every appointment read back
    /// passes here twice, and the typed-input parser (trimming, splitting, messages) was half
    /// the cost of reading a busy day. Anything else goes to that parser, which decides.
    private static func exactlyStored(_ text: String) -> LocalDateTime? {
        let bytes = Array(text.utf8)
        guard bytes.count == 16, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes[10] == UInt8(ascii: " "), bytes[13] == UInt8(ascii: ":") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else { return nil }
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), LocalDate.enteredYears.contains(year), let month = number(5..<7),
              let day = number(8..<10), let hour = number(11..<13), let minute = number(14..<16),
              let date = LocalDate(year: year, month: month, day: day) else { return nil }
        return LocalDateTime(date: date, hour: hour, minute: minute)
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date, lhs.hour, lhs.minute) < (rhs.date, rhs.hour, rhs.minute)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = LocalDateTime(stored: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not YYYY-MM-DD HH:MM: \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension TimeOfDay {
    public static let midnight = TimeOfDay(unchecked: 0)

    private init(unchecked minutes: Int) { self.minutes = minutes }
}
