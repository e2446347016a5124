import Foundation

/// Instants are stored as UTC text, `YYYY-MM-DD HH:MM:SS.SSS`: the form practice files have
/// always held, which sorts and compares as text on both engines.
extension Date: SQLValueConvertible {
    public var sqlValue: SQLValue { .text(StoredInstant.format(self)) }
    public static func fromSQL(_ value: SQLValue) -> Date? {
        switch value {
        case .text(let text): StoredInstant.parse(text)
        case .real(let seconds): Date(timeIntervalSince1970: seconds)
        case .integer(let seconds): Date(timeIntervalSince1970: TimeInterval(seconds))
        default: nil
        }
    }
}

/// Formats and parses stored instants by arithmetic rather than through a date formatter, which
/// is slow and not safe to share between threads.
enum StoredInstant {
    static func format(_ date: Date) -> String {
        let totalMilliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let millisecondsPerDay: Int64 = 86_400_000
        var days = totalMilliseconds / millisecondsPerDay
        var milliseconds = totalMilliseconds % millisecondsPerDay
        if milliseconds < 0 { milliseconds += millisecondsPerDay; days -= 1 }
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        let seconds = milliseconds / 1000
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + " "
            + pad(seconds / 3600, 2) + ":" + pad(seconds / 60 % 60, 2) + ":" + pad(seconds % 60, 2)
            + "." + pad(milliseconds % 1000, 3)
    }

    /// Reads `YYYY-MM-DD HH:MM[:SS[.fraction]]` (a `T` may stand for the space), always as UTC.
    static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 16, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes[10] == UInt8(ascii: " ") || bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
              let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2),
              let hour = number(bytes, 11, 2), let minute = number(bytes, 14, 2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60 else { return nil }
        var seconds: Double = 0
        if bytes.count >= 19 {
            guard bytes[16] == UInt8(ascii: ":"), let whole = number(bytes, 17, 2), whole < 61 else { return nil }
            seconds = Double(whole)
            if bytes.count > 20, bytes[19] == UInt8(ascii: ".") {
                var scale = 0.1
                for byte in bytes[20...] {
                    guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                    seconds += Double(byte - UInt8(ascii: "0")) * scale
                    scale /= 10
                }
            } else if bytes.count != 19 {
                return nil
            }
        } else if bytes.count != 16 {
            return nil
        }
        let days = daysSinceEpoch(year: year, month: month, day: day)
        let wholeSeconds = Double(days * 86_400 + hour * 3600 + minute * 60)
        return Date(timeIntervalSince1970: wholeSeconds + seconds)
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ length: Int) -> Int64? {
        var value: Int64 = 0
        for byte in bytes[start..<start + length] {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// Howard Hinnant's days-from-civil, for the proleptic Gregorian calendar.
    static func daysSinceEpoch(year: Int64, month: Int64, day: Int64) -> Int64 {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civilDate(daysSinceEpoch days: Int64) -> (Int64, Int64, Int64) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
