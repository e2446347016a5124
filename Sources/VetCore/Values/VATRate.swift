/// A VAT rate in basis points (2000 = 20%), so the rate is exact and VAT is computed in
/// whole pence with one rounding per invoice line, as HMRC allows.
public struct VATRate: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// Hundredths of a percent: 2000 is 20%, 1750 is 17.5%.
    public let basisPoints: Int

    public init(basisPoints: Int) { self.basisPoints = basisPoints }

    /// 20%: most veterinary services and products.
    public static let standard = VATRate(basisPoints: 2000)
    /// 5%.
    public static let reduced = VATRate(basisPoints: 500)
    /// 0%: zero-rated, exempt or outside the scope of VAT.
    public static let zero = VATRate(basisPoints: 0)

    /// Parses "20%", "20", "17.5%"; from 0% to 100%, at most two decimal places.
    public init(parsing text: String, field: String = "VAT rate") throws(ValidationError) {
        let shown = ValueText.trimmed(text)
        if shown.isEmpty { throw ValidationError(field: field, message: "\(field) must not be empty") }
        var body = Substring(shown)
        if body.hasSuffix("%") { body = body.dropLast() }
        body = Substring(ValueText.trimmed(String(body)))
        let halves = body.split(separator: ".", omittingEmptySubsequences: false)
        guard halves.count <= 2, ValueText.isDigits(halves[0]),
              halves.count == 1 || ValueText.isDigits(halves[1]) else {
            throw ValidationError(field: field, message: "\(field) '\(shown)' is not a percentage, such as 20%")
        }
        let fraction = halves.count == 2 ? String(halves[1]) : ""
        if fraction.count > 2 {
            throw ValidationError(field: field, message: "\(field) '\(shown)' has more than 2 decimal places")
        }
        let whole = halves[0].count <= 3 ? Int(halves[0]) ?? 0 : 1_000
        let points = whole * 100 + (Int(fraction + String(repeating: "0", count: 2 - fraction.count)) ?? 0)
        guard points <= 10_000 else {
            throw ValidationError(field: field, message: "\(field) '\(shown)' must be between 0% and 100%")
        }
        basisPoints = points
    }

    /// The VAT on one line's net amount, rounded to the nearest penny with halves rounded
    /// away from zero (so a credit line's VAT is exactly minus the original's).
    /// Worked on the net's whole and part hundreds of pounds separately, so no amount can overflow.
    public func vat(on net: Pence) -> Pence {
        let whole = net.value / 10_000
        let part = net.value % 10_000
        let product = (Pence(part) * basisPoints).value
        let quotient = product / 10_000
        let remainder = product % 10_000
        let rounded = remainder.magnitude * 2 >= 10_000 ? quotient + (product < 0 ? -1 : 1) : quotient
        return Pence(whole) * basisPoints + Pence(rounded)
    }

    /// "20%", "17.5%", "0%".
    public var formatted: String {
        let whole = basisPoints / 100
        let fraction = basisPoints % 100
        if fraction == 0 { return "\(whole)%" }
        let decimals = fraction % 10 == 0 ? String(fraction / 10) : ValueText.padded(fraction, width: 2)
        return "\(whole).\(decimals)%"
    }

    public var description: String { formatted }
    public static func < (lhs: VATRate, rhs: VATRate) -> Bool { lhs.basisPoints < rhs.basisPoints }

    public init(from decoder: any Decoder) throws {
        basisPoints = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(basisPoints)
    }
}
