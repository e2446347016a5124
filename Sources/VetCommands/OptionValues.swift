import ArgumentParser
import VetCore

/// Whole-number options, read as text so that "-5" reaches the range check instead of being
/// taken for an option ("Missing value for …"), and so that a number too large for the type
/// gets the same sentence: the option, its range and what was typed.
enum OptionNumber {
    static func parse<T: FixedWidthInteger>(_ text: String, option: String, range: ClosedRange<T>) throws -> T {
        guard let value = T(text.trimmingCharacters(in: .whitespaces)), range.contains(value) else {
            throw ValidationError("\(option) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return value
    }
}

/// Date options: `YYYY-MM-DD` in the years 1900–2199, refused with the option's name.
enum CommandDate {
    static func parse(_ text: String, option: String) throws -> LocalDate {
        do { return try LocalDate(parsing: text, field: option) } catch {
            throw CommandFailure(message: error.message)
        }
    }
}
