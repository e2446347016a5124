/// A pet's weight in whole grams, so a 35 g hamster and a 90 kg mastiff are both exact.
public struct Weight: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let grams: Int

    /// The accepted range: 1 g to 1,000 kg.
    public static let validGrams = 1...1_000_000

    /// Builds a weight from grams already known to be valid (e.g. read from the database).
    public init(grams: Int) { self.grams = grams }

    /// Parses "4.2" or "4.2 kg" as kilograms and "350g" as grams.
    public init(parsingKilograms text: String, field: String = "weight") throws(ValidationError) {
        let shown = ValueText.trimmed(text)
        if shown.isEmpty { throw ValidationError(field: field, message: "\(field) must not be empty") }
        func refuse(_ rule: String) -> ValidationError {
            ValidationError(field: field, message: "\(field) '\(shown)' \(rule)")
        }
        var number = shown.lowercased()
        var inGrams = false
        if number.hasSuffix("kg") {
            number.removeLast(2)
        } else if number.hasSuffix("g") {
            number.removeLast()
            inGrams = true
        }
        number = ValueText.trimmed(number)
        let halves = number.split(separator: ".", omittingEmptySubsequences: false)
        guard halves.count <= 2, halves.allSatisfy({ ValueText.isDigits($0) }) else {
            throw refuse("is not a weight, such as 4.2 kg or 350 g")
        }
        let fraction = halves.count == 2 ? String(halves[1]) : ""
        if inGrams, !fraction.isEmpty { throw refuse("must be a whole number of grams") }
        if fraction.count > 3 { throw refuse("is more precise than a gram; use at most 3 decimal places") }
        guard halves[0].count <= 7 else { throw refuse("is more than the limit of 1,000 kg") }
        let whole = Int(halves[0]) ?? 0
        let extra = Int(fraction + String(repeating: "0", count: 3 - fraction.count)) ?? 0
        let grams = inGrams ? whole : whole * 1_000 + extra
        if grams < 1 { throw refuse("must be at least 1 g") }
        if grams > Weight.validGrams.upperBound { throw refuse("is more than the limit of 1,000 kg") }
        self.grams = grams
    }

    /// "4.20 kg" from 1 kg up; "350 g" below, where hundredths of a kilo would lose detail.
    public var formatted: String {
        if grams < 1_000 { return "\(grams) g" }
        let hundredths = (grams + 5) / 10
        return "\(ValueText.grouped(hundredths / 100)).\(ValueText.padded(hundredths % 100, width: 2)) kg"
    }

    /// "4.2": kilograms with no trailing zeros, for editing.
    public var kilogramsText: String {
        var decimals = ValueText.padded(grams % 1_000, width: 3)
        while decimals.hasSuffix("0") { decimals.removeLast() }
        return decimals.isEmpty ? "\(grams / 1_000)" : "\(grams / 1_000).\(decimals)"
    }

    public var description: String { formatted }
    public static func < (lhs: Weight, rhs: Weight) -> Bool { lhs.grams < rhs.grams }

    public init(from decoder: any Decoder) throws {
        grams = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(grams)
    }
}
