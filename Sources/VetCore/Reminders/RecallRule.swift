/// The unit of a recall interval. Months follow the calendar (an annual booster on 31 January
/// falls due on 31 January next year; one on 31 March + 1 month on 30 April).
public enum RecallUnit: String, Choice {
    case days, weeks, months

    public var displayName: String { rawValue }
    public static var fieldName: String { "recall unit" }
}

/// When a treatment should be repeated: "4 weeks", "12 months".
public struct RecallInterval: Hashable, Sendable, Codable, CustomStringConvertible {
    public var count: Int
    public var unit: RecallUnit

    public init(count: Int, unit: RecallUnit) throws(ValidationError) {
        let limit = Self.limits[unit] ?? 1...1
        guard limit.contains(count) else {
            throw ValidationError(field: "recall interval", message: "recall interval must be \(limit.lowerBound) to "
                                  + "\(limit.upperBound) \(unit.rawValue), not \(count)")
        }
        self.count = count
        self.unit = unit
    }

    /// The longest recall a practice may set in each unit: five years.
    static let limits: [RecallUnit: ClosedRange<Int>] = [.days: 1...365, .weeks: 1...260, .months: 1...60]

    /// Reads "4 weeks", "12 months", "1 month", "10 days".
    public init(parsing text: String) throws(ValidationError) {
        let words = text.lowercased().split(separator: " ").map(String.init)
        guard words.count == 2, let count = Int(words[0]) else {
            throw ValidationError(field: "recall interval",
                                  message: "recall interval '\(text)' must be a number and days, weeks or months, e.g. '4 weeks'")
        }
        let unitWord = words[1].hasSuffix("s") ? words[1] : words[1] + "s"
        guard let unit = RecallUnit(rawValue: unitWord) else {
            throw ValidationError(field: "recall interval",
                                  message: "recall interval '\(text)' must be in days, weeks or months, e.g. '12 months'")
        }
        try self.init(count: count, unit: unit)
    }

    /// The day a treatment given on `day` is due again.
    public func due(after day: LocalDate) -> LocalDate {
        switch unit {
        case .days: day.adding(days: count)
        case .weeks: day.adding(days: 7 * count)
        case .months: day.adding(months: count)
        }
    }

    /// "4 weeks", "1 month".
    public var description: String {
        let word = count == 1 ? String(unit.rawValue.dropLast()) : unit.rawValue
        return "\(count) \(word)"
    }
}

/// A price-list item's recall: after it is given, a reminder for `group` falls due after
/// `interval`. Items sharing a group satisfy each other: a booster given meets a pending
/// second-dose reminder, and starts its own twelve months.
public struct RecallRule: Hashable, Sendable, Codable {
    public var group: String
    public var interval: RecallInterval

    public init(group: String, interval: RecallInterval) throws(ValidationError) {
        self.group = try TextRule.required(group, field: "recall name", maxLength: 40)
        self.interval = interval
    }
}
