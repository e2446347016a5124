import Foundation

/// Splits a schema script into statements at top-level semicolons, leaving semicolons inside
/// quoted text, quoted names, comments and `$$` function bodies alone.
enum SQLScript {
    static func statements(_ script: String) -> [String] {
        var statements: [String] = []
        var current = ""
        var quote: Character?
        var dollarTag: String?
        var inLineComment = false
        let characters = Array(script)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            current.append(character)
            if inLineComment {
                if character == "\n" { inLineComment = false }
            } else if let tag = dollarTag {
                if character == "$", String(characters[index...].prefix(tag.count)) == tag {
                    current += String(tag.dropFirst())
                    index += tag.count - 1
                    dollarTag = nil
                }
            } else if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "-", index + 1 < characters.count, characters[index + 1] == "-" {
                inLineComment = true
            } else if character == "$", let tag = openingDollarTag(characters, at: index) {
                current += String(tag.dropFirst())
                index += tag.count - 1
                dollarTag = tag
            } else if character == ";" {
                current.removeLast()
                appendTrimmed(current, to: &statements)
                current = ""
            }
            index += 1
        }
        appendTrimmed(current, to: &statements)
        return statements
    }

    /// `$$` or `$name$` starting at `index`.
    private static func openingDollarTag(_ characters: [Character], at index: Int) -> String? {
        var end = index + 1
        while end < characters.count, characters[end] == "_" || characters[end].isLetter { end += 1 }
        guard end < characters.count, characters[end] == "$" else { return nil }
        return String(characters[index...end])
    }

    private static func appendTrimmed(_ statement: String, to statements: inout [String]) {
        let trimmed = statement.trimmingCharacters(in: .whitespacesAndNewlines)
        if !trimmed.isEmpty { statements.append(trimmed) }
    }
}
