import Foundation
import VetCore

/// Instants for the demo, written in GRDB's storage form ("yyyy-MM-dd HH:mm:ss.SSS", UTC)
/// directly, because formatting millions of dates through a `DateFormatter` would dominate
/// the generator's time.
struct DemoInstant: Comparable {
    /// Whole seconds since 1970 (UTC).
    let seconds: Int

    init(seconds: Int) { self.seconds = seconds }

    /// `date` at `minuteOfDay` minutes past midnight (UTC; near enough London time for sample data).
    init(_ date: LocalDate, minuteOfDay: Int) {
        seconds = date.daysSinceEpoch * 86_400 + minuteOfDay * 60
    }

    init(_ date: Date) { seconds = Int(date.timeIntervalSince1970.rounded(.down)) }

    var date: LocalDate { LocalDate(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down))) }
    var foundationDate: Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }

    var text: String {
        let day = date
        let secondOfDay = seconds - day.daysSinceEpoch * 86_400
        return "\(day.iso) \(Self.two(secondOfDay / 3_600)):\(Self.two(secondOfDay / 60 % 60)):\(Self.two(secondOfDay % 60)).000"
    }

    func adding(minutes: Int) -> DemoInstant { DemoInstant(seconds: seconds + minutes * 60) }

    static func < (lhs: DemoInstant, rhs: DemoInstant) -> Bool { lhs.seconds < rhs.seconds }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
