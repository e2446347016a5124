/// An email address checked the practical way: enough to catch typos at the desk
/// (missing @, spaces, no dot in the domain) without rejecting real addresses.
/// The domain is lowercased, as mail systems ignore its case; the local part is kept as typed.
public struct EmailAddress: Hashable, Sendable, Codable, CustomStringConvertible {
    /// "Jo.Bloggs@example.com" with the domain lowercased.
    public let value: String

    /// The limit on a whole address set by the mail standards.
    public static let maxLength = 254

    public init(parsing text: String, field: String = "email") throws(ValidationError) {
        let shown = ValueText.trimmed(text)
        func refuse(_ rule: String) -> ValidationError {
            ValidationError(field: field, message: "\(field) '\(shown)' \(rule)")
        }
        if shown.isEmpty { throw ValidationError(field: field, message: "\(field) must not be empty") }
        try TextRule.checkLength(shown, field: field, maxLength: EmailAddress.maxLength)
        try SafeText.check(shown, field: field, lines: .single)
        if shown.contains(where: { $0.isWhitespace }) { throw refuse("must not contain spaces") }
        let parts = shown.split(separator: "@", omittingEmptySubsequences: false)
        if parts.count == 1 { throw refuse("is missing the @") }
        if parts.count > 2 { throw refuse("must contain only one @") }
        let local = parts[0]
        let domain = parts[1].lowercased()
        if local.isEmpty { throw refuse("has nothing before the @") }
        if domain.isEmpty { throw refuse("has nothing after the @") }
        if local.hasPrefix(".") || local.hasSuffix(".") || local.contains("..") {
            throw refuse("has a misplaced dot before the @")
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        if labels.count < 2 { throw refuse("needs a dot after the @, as in example.com") }
        for label in labels {
            let valid = !label.isEmpty && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
            if !valid { throw refuse("has an invalid domain '\(domain)' after the @") }
        }
        value = local + "@" + domain
    }

    /// The part after the @, lowercased.
    public var domain: String { String(value.split(separator: "@").last ?? "") }
    public var description: String { value }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do { self = try EmailAddress(parsing: text) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
