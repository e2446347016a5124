import Foundation
import VetCore

/// Dates and times as the practice reads them, always in the practice's zone so goldens are stable.
enum DisplayFormat {
    /// "10 Mar 2026 14:05".
    static func dateTime(_ date: Date, zone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.timeZone = zone
        formatter.dateFormat = "d MMM yyyy HH:mm"
        return formatter.string(from: date)
    }

    /// "10 Mar 2026".
    static func date(_ date: Date, zone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.timeZone = zone
        formatter.dateFormat = "d MMM yyyy"
        return formatter.string(from: date)
    }

    /// "2026-03-10".
    static func date(_ date: LocalDate) -> String { date.iso }

    /// "£12.50 owed" / "£0.00" / "£5.00 in credit".
    static func balance(_ balance: Pence) -> String {
        if balance.value > 0 { return "\(balance.formatted) owed (IN DEBT)" }
        if balance.value < 0 { return "\((-balance).formatted) in credit" }
        return balance.formatted
    }
}
