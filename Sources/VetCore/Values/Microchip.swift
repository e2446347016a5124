/// A pet's ISO 11784 microchip number: exactly 15 digits. Spaces that people type
/// while reading the number off a scanner are dropped.
public struct Microchip: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The 15 digits.
    public let value: String

    public init(parsing text: String, field: String = "microchip") throws(ValidationError) {
        let shown = ValueText.trimmed(text)
        if shown.isEmpty { throw ValidationError(field: field, message: "\(field) must not be empty") }
        let digits = shown.filter { !$0.isWhitespace }
        guard ValueText.isDigits(digits) else {
            throw ValidationError(field: field, message: "\(field) '\(shown)' must contain only digits")
        }
        guard digits.count == 15 else {
            throw ValidationError(field: field,
                                  message: "\(field) '\(shown)' must be 15 digits (it has \(digits.count))")
        }
        value = digits
    }

    /// "985 141 000 123 456": grouped in threes for reading aloud.
    public var formatted: String {
        stride(from: 0, to: 15, by: 3).map { start in
            String(value.dropFirst(start).prefix(3))
        }.joined(separator: " ")
    }

    public var description: String { value }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do { self = try Microchip(parsing: text) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
