/// Whether a free-text field may hold line breaks: names and addresses are one line,
/// notes (SOAP fields, summaries, reasons) may be several.
public enum TextLines: Sendable {
    case single
    case multiple
}

/// The characters VetDesk never stores, and the visible form in which the command line shows
/// any that older data still holds.
///
/// Control characters (C0, DEL, C1) can move the cursor, retitle or clear a terminal, and
/// direction overrides make "invoice.txt" read as something else, so text shown to staff on
/// any screen or printout must never carry them. Tabs and line breaks are allowed only where
/// a field is meant to hold several lines.
public enum SafeText {
    /// Bidirectional embedding, override and isolate characters, plus the invisible direction marks.
    private static let directionControls: [ClosedRange<UInt32>] = [
        0x061C...0x061C, 0x200E...0x200F, 0x202A...0x202E, 0x2066...0x2069,
    ]

    /// True for C0 and C1 control characters and DEL.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// True for characters that change the direction in which text is laid out.
    public static func isDirectionControl(_ scalar: Unicode.Scalar) -> Bool {
        directionControls.contains { $0.contains(scalar.value) }
    }

    /// True for the Unicode line and paragraph separators, which act as line breaks.
    static func isLineSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// Refuses text that holds a character a field may not store, naming the field and the
    /// character ("last name must not contain control characters (found U+001B)").
    public static func check(_ text: String, field: String, lines: TextLines) throws(ValidationError) {
        for scalar in text.unicodeScalars {
            let isBreak = scalar == "\n" || scalar == "\r" || isLineSeparator(scalar)
            if isBreak || scalar == "\t" {
                if lines == .multiple { continue }
                let what = scalar == "\t" ? "a tab" : "a line break"
                throw ValidationError(field: field, message: "\(field) must be on one line (found \(what), \(code(scalar)))")
            }
            if isControl(scalar) {
                throw ValidationError(field: field,
                                      message: "\(field) must not contain control characters (found \(code(scalar)))")
            }
            if isDirectionControl(scalar) {
                throw ValidationError(field: field,
                                      message: "\(field) must not contain text-direction characters (found \(code(scalar)))")
            }
        }
    }

    /// Multi-line text with every kind of line break written as "\n", so notes typed on
    /// Windows, pasted from a web page or a word processor are stored the same way.
    static func normalisingLineBreaks(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousWasReturn = false
        for scalar in text.unicodeScalars {
            if scalar == "\n", previousWasReturn {
                previousWasReturn = false
                continue
            }
            previousWasReturn = scalar == "\r"
            out.append(scalar == "\r" || isLineSeparator(scalar) ? "\n" : scalar)
        }
        return String(out)
    }

    /// "U+001B": how messages name a character, since the character itself may be invisible.
    public static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `text` with every control and direction character written as a visible `\u001B`
    /// (the JSON escape, so JSON output stays valid and means the same), except the
    /// scalars in `keeping` (e.g. the tab and newline that separate a command's output).
    /// When the newline is kept, so is a carriage return just before one (CSV's line end),
    /// which cannot move the cursor back over what was printed.
    public static func visible(_ text: String, keeping: Set<Unicode.Scalar> = []) -> String {
        let scalars = Array(text.unicodeScalars)
        func kept(_ index: Int) -> Bool {
            let scalar = scalars[index]
            if keeping.contains(scalar) { return true }
            return scalar == "\r" && keeping.contains("\n") && index + 1 < scalars.count && scalars[index + 1] == "\n"
        }
        guard scalars.indices.contains(where: { needsEscape(scalars[$0]) && !kept($0) }) else { return text }
        var out = ""
        for (index, scalar) in scalars.enumerated() {
            if needsEscape(scalar), !kept(index) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        isControl(scalar) || isDirectionControl(scalar) || isLineSeparator(scalar)
    }
}
