/// Free-text fields (names, notes, addresses): trimmed, and refused when empty (if required),
/// longer than the field's limit, or holding characters that are never stored (see `SafeText`),
/// so the database never holds blank, runaway or terminal-controlling text.
public enum TextRule {
    /// The trimmed text; refuses empty text, unsafe characters and text longer than `maxLength`.
    /// Line breaks (and tabs) are allowed only when `lines` is `.multiple`.
    public static func required(_ text: String, field: String, maxLength: Int,
                                lines: TextLines = .single) throws(ValidationError) -> String {
        let value = try checked(text, field: field, maxLength: maxLength, lines: lines)
        if value.isEmpty {
            throw ValidationError(field: field, message: "\(field) must not be empty")
        }
        return value
    }

    /// The trimmed text, or nil when nothing was typed; refuses unsafe characters and text
    /// longer than `maxLength`.
    public static func optional(_ text: String?, field: String, maxLength: Int,
                                lines: TextLines = .single) throws(ValidationError) -> String? {
        guard let text else { return nil }
        let value = try checked(text, field: field, maxLength: maxLength, lines: lines)
        return value.isEmpty ? nil : value
    }

    private static func checked(_ text: String, field: String, maxLength: Int,
                                lines: TextLines) throws(ValidationError) -> String {
        let trimmed = ValueText.trimmed(text)
        let value = lines == .multiple ? SafeText.normalisingLineBreaks(trimmed) : trimmed
        try checkLength(value, field: field, maxLength: maxLength)
        try SafeText.check(value, field: field, lines: lines)
        return value
    }

    /// Counts Unicode code points, as the database's `length()` limits do, so a letter
    /// followed by thousands of combining marks is as long as it is stored, not as it looks.
    public static func checkLength(_ value: String, field: String, maxLength: Int) throws(ValidationError) {
        let count = value.unicodeScalars.count
        if count > maxLength {
            throw ValidationError(
                field: field,
                message: "\(field) is too long: \(ValueText.grouped(count)) characters, the limit is \(ValueText.grouped(maxLength))")
        }
    }
}
