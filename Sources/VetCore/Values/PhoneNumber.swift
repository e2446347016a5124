import Foundation

/// What a phone number is for, shown next to it on the client screen.
public enum PhoneLabel: String, Choice {
    case mobile, home, work, other

    public var displayName: String { rawValue.capitalized }
    public static var fieldName: String { "phone label" }
}

/// A phone number, normalised so that "07700 900123", "+44 7700 900123" and
/// "0044 (0)7700-900123" are the same number for duplicate checks and search.
///
/// UK and Crown-dependency numbers (Jersey, Guernsey and the Isle of Man share +44) are
/// kept as national digits starting 0. Other countries are kept as their international
/// digits with a leading 00 ("0033123456789"), so `digits` is always all digits and never
/// collides with a UK number.
public struct PhoneNumber: Hashable, Sendable, Codable, CustomStringConvertible {
    /// "07700900123", or "0033123456789" for a number outside the UK.
    public let digits: String
    public let label: PhoneLabel

    public init(parsing text: String, label: PhoneLabel = .mobile, field: String = "phone") throws(ValidationError) {
        let shown = ValueText.trimmed(text)
        if shown.isEmpty {
            throw ValidationError(field: field, message: "\(field) must not be empty")
        }
        if shown.contains(where: \.isLetter) {
            throw ValidationError(field: field, message: "\(field) '\(shown)' must not contain letters; type digits only")
        }
        guard let normal = PhoneNumber.normalise(shown) else {
            throw ValidationError(field: field,
                                  message: "\(field) '\(shown)' is not a phone number; use digits, spaces and + - ( ) only")
        }
        self.digits = try PhoneNumber.check(normal, shown: shown, field: field)
        self.label = label
    }

    /// True for UK and Crown-dependency numbers.
    public var isUK: Bool { !digits.hasPrefix("00") }

    /// "+447700900123": the international form, for SMS gateways.
    public var e164: String { isUK ? "+44" + digits.dropFirst() : "+" + digits.dropFirst(2) }

    /// "07700 900123", "020 7946 0000", "01534 123456"; "+33123456789" outside the UK.
    public var formatted: String {
        guard isUK else { return e164 }
        let groups: [Int]
        if digits.count == 10 {
            groups = digits.hasPrefix("08") || digits.hasPrefix("05") ? [4, 6] : [5, 5]
        } else if digits.hasPrefix("02") {
            groups = [3, 4, 4]
        } else if digits.hasPrefix("011") || digits.hasPrefix("03") || digits.hasPrefix("08")
                    || digits.hasPrefix("09") || (digits.hasPrefix("01") && Array(digits)[3] == "1") {
            groups = [4, 3, 4]
        } else {
            groups = [5, 6]
        }
        var parts: [String] = []
        var rest = Substring(digits)
        for size in groups {
            parts.append(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
        }
        return parts.joined(separator: " ")
    }

    public var description: String { formatted }

    /// Turns a typed search query into the `digits` form the search index holds, so
    /// "+44 7700 9001" finds "07700 900123". Returns nil when the query is not phone-like:
    /// it has letters or other symbols, or fewer than 4 digits. A partial number is fine.
    public static func searchDigits(from query: String) -> String? {
        let text = ValueText.trimmed(query)
        guard !text.contains(where: \.isLetter), let normal = normalise(text), normal.count >= 4 else { return nil }
        return normal
    }
}

extension PhoneNumber {
    /// Strips punctuation and rewrites +44 / 0044 as a national 0; nil for stray characters.
    static func normalise(_ text: String) -> String? {
        let allowed: Set<Character> = [" ", "-", "(", ")", ".", "/"]
        var body = Substring(text)
        var international = false
        if body.hasPrefix("+") {
            international = true
            body = body.dropFirst()
        }
        guard body.allSatisfy({ ($0.isASCII && $0.isNumber) || allowed.contains($0) }) else { return nil }
        // "(0)" after a country code is the national trunk prefix: drop it.
        let cleaned = international || body.hasPrefix("00") ? body.replacingOccurrences(of: "(0)", with: "") : String(body)
        var digits = cleaned.filter { $0.isNumber }
        if !international {
            guard digits.hasPrefix("00") else { return digits }
            digits.removeFirst(2)
        }
        if digits.hasPrefix("44") {
            let national = digits.dropFirst(2)
            return national.hasPrefix("0") ? String(national) : "0" + national
        }
        return "00" + digits
    }

    /// Checks the length and prefix of normalised digits.
    static func check(_ digits: String, shown: String, field: String) throws(ValidationError) -> String {
        if digits.hasPrefix("00") {
            let count = digits.count - 2
            if count < 8 {
                throw ValidationError(field: field, message: "\(field) '\(shown)' has too few digits for an international number")
            }
            if count > 15 {
                throw ValidationError(field: field,
                                      message: "\(field) '\(shown)' has too many digits: international numbers have at most 15")
            }
            return digits
        }
        guard digits.hasPrefix("0") else {
            throw ValidationError(field: field,
                                  message: "\(field) '\(shown)' must start with 0, or with + and the country code")
        }
        let second = digits.dropFirst().first
        guard let second, "1235789".contains(second) else {
            throw ValidationError(field: field,
                                  message: "\(field) '\(shown)' is not a UK number: UK numbers start 01, 02, 03, 05, 07, 08 or 09")
        }
        let allowsTen = "158".contains(second)
        let minimum = allowsTen ? 10 : 11
        if digits.count < minimum {
            throw ValidationError(field: field,
                                  message: "\(field) '\(shown)' has too few digits: it has \(digits.count), a UK number has \(allowsTen ? "10 or 11" : "11")")
        }
        if digits.count > 11 {
            throw ValidationError(field: field,
                                  message: "\(field) '\(shown)' has too many digits: it has \(digits.count), a UK number has \(allowsTen ? "10 or 11" : "11")")
        }
        return digits
    }
}
