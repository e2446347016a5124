/// An amount of money in whole pence. Money is never a floating-point number in VetDesk,
/// so totals, VAT and balances add up to the penny.
public struct Pence: Hashable, Sendable, Codable, Comparable, AdditiveArithmetic,
    ExpressibleByIntegerLiteral, CustomStringConvertible {
    public var value: Int

    /// The largest amount anyone can type: £999,999,999.99.
    public static let maxTyped = Pence(99_999_999_999)

    public init(_ value: Int) { self.value = value }
    public init(integerLiteral value: Int) { self.value = value }

    /// Parses "12", "12.5", "12.50", "£1,234.56"; refuses three decimal places, misplaced
    /// commas, and negative amounts unless `allowNegative` (refunds and corrections).
    public init(parsing text: String, field: String = "amount", allowNegative: Bool = false) throws(ValidationError) {
        let shown = ValueText.trimmed(text)
        if shown.isEmpty { throw ValidationError(field: field, message: "\(field) must not be empty") }
        func refuse(_ rule: String) -> ValidationError {
            ValidationError(field: field, message: "\(field) '\(shown)' \(rule)")
        }
        var body = Substring(shown)
        var negative = false
        if body.hasPrefix("-") { negative = true; body = body.dropFirst() }
        if body.hasPrefix("£") { body = body.dropFirst() }
        if !negative, body.hasPrefix("-") { negative = true; body = body.dropFirst() }
        let halves = body.split(separator: ".", omittingEmptySubsequences: false)
        let notMoney = refuse("is not an amount of money, such as 12.50")
        guard halves.count <= 2 else { throw notMoney }
        let whole = halves[0]
        let fraction = halves.count == 2 ? halves[1] : ""
        if halves.count == 2, fraction.isEmpty { throw notMoney }
        if whole.isEmpty, fraction.isEmpty { throw notMoney }
        if !fraction.isEmpty, !ValueText.isDigits(fraction) { throw notMoney }
        if fraction.count > 2 { throw refuse("has more than 2 decimal places") }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        guard whole.isEmpty || groups.allSatisfy({ ValueText.isDigits($0) }) else { throw notMoney }
        if groups.count > 1, groups[0].count > 3 || groups.dropFirst().contains(where: { $0.count != 3 }) {
            throw refuse("has a misplaced comma; write thousands as 1,234.56")
        }
        let pounds = whole.filter { $0 != "," }
        let poundsDigits = pounds.drop { $0 == "0" }
        guard poundsDigits.count <= 9 else {
            throw refuse("is too large; the limit is \(Pence.maxTyped.formatted)")
        }
        let pence = (Int(pounds) ?? 0) * 100 + (Int(fraction.padding(toLength: 2)) ?? 0)
        if negative && pence != 0 && !allowNegative { throw refuse("must not be negative") }
        value = negative ? -pence : pence
    }

    /// "£1,234.56", "-£3.00".
    public var formatted: String {
        (value < 0 ? "-£" : "£") + ValueText.grouped(Int(value.magnitude / 100)) + "." + penceText
    }

    /// "1234.56", "-3.00": for exports and command-line output.
    public var plain: String {
        (value < 0 ? "-" : "") + String(value.magnitude / 100) + "." + penceText
    }

    private var penceText: String { ValueText.padded(Int(value.magnitude % 100), width: 2) }

    public var description: String { formatted }
    public var isNegative: Bool { value < 0 }

    public static var zero: Pence { Pence(0) }

    // Typed amounts are limited to `maxTyped`, so real totals are far from Int's limits; the
    // arithmetic still stops at the limit rather than trapping on a corrupted or hostile value.
    public static func + (lhs: Pence, rhs: Pence) -> Pence {
        saturating(lhs.value.addingReportingOverflow(rhs.value), negative: rhs.value < 0)
    }
    public static func - (lhs: Pence, rhs: Pence) -> Pence {
        saturating(lhs.value.subtractingReportingOverflow(rhs.value), negative: rhs.value > 0)
    }
    public static prefix func - (amount: Pence) -> Pence {
        saturating(0.subtractingReportingOverflow(amount.value), negative: false)
    }
    public static func * (lhs: Pence, rhs: Int) -> Pence {
        saturating(lhs.value.multipliedReportingOverflow(by: rhs), negative: (lhs.value < 0) != (rhs < 0))
    }

    private static func saturating(_ result: (partialValue: Int, overflow: Bool), negative: Bool) -> Pence {
        guard result.overflow else { return Pence(result.partialValue) }
        return Pence(negative ? Int.min : Int.max)
    }

    public static func < (lhs: Pence, rhs: Pence) -> Bool { lhs.value < rhs.value }

    public init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

extension Sequence where Element == Pence {
    /// The total of a list of amounts.
    public func sum() -> Pence { reduce(.zero, +) }
}

extension Substring {
    /// Right-pads with zeros: "5" → "50", so "12.5" means £12.50.
    fileprivate func padding(toLength length: Int) -> String {
        String(self) + String(repeating: "0", count: Swift.max(0, length - count))
    }
}
