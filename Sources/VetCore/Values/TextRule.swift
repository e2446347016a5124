/// Free-text fields (names, notes, addresses): trimmed, and refused when empty (if required)
/// or longer than the field's limit, so the database never holds blank or runaway text.
public enum TextRule {
    /// The trimmed text; refuses empty text and text longer than `maxLength` characters.
    public static func required(_ text: String, field: String, maxLength: Int) throws(ValidationError) -> String {
        let value = ValueText.trimmed(text)
        if value.isEmpty {
            throw ValidationError(field: field, message: "\(field) must not be empty")
        }
        try checkLength(value, field: field, maxLength: maxLength)
        return value
    }

    /// The trimmed text, or nil when nothing was typed; refuses text longer than `maxLength`.
    public static func optional(_ text: String?, field: String, maxLength: Int) throws(ValidationError) -> String? {
        guard let text else { return nil }
        let value = ValueText.trimmed(text)
        if value.isEmpty { return nil }
        try checkLength(value, field: field, maxLength: maxLength)
        return value
    }

    /// Counts characters as a person sees them (so "Zoë" is 3), not bytes.
    private static func checkLength(_ value: String, field: String, maxLength: Int) throws(ValidationError) {
        let count = value.count
        if count > maxLength {
            throw ValidationError(
                field: field,
                message: "\(field) is too long: \(ValueText.grouped(count)) characters, the limit is \(ValueText.grouped(maxLength))")
        }
    }
}
