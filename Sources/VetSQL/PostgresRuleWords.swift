import Foundation

/// A broken schema rule put in SQLite's words ("UNIQUE constraint failed: pet.microchip",
/// "NOT NULL constraint failed: client.first_name", "CHECK constraint failed: length(first_name)
/// <= 60", "FOREIGN KEY constraint failed") from the fields PostgreSQL sends, so the store's one
/// table of sentences serves both engines.
enum PostgresRuleWords {
    static func message(state: String, table: String?, column: String?, constraint: String?,
                        detail: String?) -> String? {
        switch state {
        case "23505":
            guard let table, let columns = keyColumns(detail), !columns.isEmpty else {
                return "UNIQUE constraint failed: \(constraint ?? "a unique index")"
            }
            return "UNIQUE constraint failed: " + columns.map { "\(table).\($0)" }.joined(separator: ", ")
        case "23502": return "NOT NULL constraint failed: \(table ?? "?").\(column ?? "?")"
        case "23503": return "FOREIGN KEY constraint failed"
        // Only the constraint's name is sent; `checkExpression` replaces it with the expression
        // once the failed transaction has ended and the catalogue can be read.
        case "23514": return "CHECK constraint failed: \(constraint ?? "?")"
        default: return nil
        }
    }

    /// The columns of `Key (client_id, "position")=(1, 2) already exists.`; an index on
    /// `lower(username)` names `username`, as SQLite's NOCASE column does.
    static func keyColumns(_ detail: String?) -> [String]? {
        guard let detail, let start = detail.range(of: "Key (") else { return nil }
        var depth = 0
        var parts: [String] = []
        var current = ""
        for character in detail[start.upperBound...] {
            if character == "(" { depth += 1 }
            if character == ")" {
                if depth == 0 { break }
                depth -= 1
            }
            if character == ",", depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts.map(innermostName)
    }

    /// `lower((username)::text)` → `username`; `"position"` → `position`.
    private static func innermostName(_ term: String) -> String {
        var text = term.replacingOccurrences(of: "\"", with: "")
        if let open = text.lastIndex(of: "(") {
            text = String(text[text.index(after: open)...])
            if let close = text.firstIndex(of: ")") { text = String(text[..<close]) }
        }
        if let cast = text.range(of: "::") { text = String(text[..<cast.lowerBound]) }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// The definition PostgreSQL keeps (`CHECK (((length(name) >= 1) AND (length(name) <= 100)))`)
    /// in the shape SQLite reports (`length(name) BETWEEN 1 AND 100`): PostgreSQL expands BETWEEN
    /// and `IN`, adds casts and parentheses, and the sentence reads the bounds from the shape.
    static func sqliteShape(_ definition: String) -> String {
        var text = definition
        if text.hasPrefix("CHECK ") { text.removeFirst("CHECK ".count) }
        if text.hasSuffix(" NOT VALID") { text.removeLast(" NOT VALID".count) }
        text = text.replacing(/::[a-z]+/, with: "")
        text = text.replacing(/= ANY \(ARRAY\[([^\]]*)\]\)/) { "IN (\($0.output.1))" }
        text = text.replacing(/<> ALL \(ARRAY\[([^\]]*)\]\)/) { "NOT IN (\($0.output.1))" }
        text = text.replacingOccurrences(of: " !~~ ", with: " NOT LIKE ").replacingOccurrences(of: " ~~ ", with: " LIKE ")
        let between = /\(\(([a-z_]+(?:\([a-z_]+\))?) >= (-?[0-9]+)\) AND \(([a-z_]+(?:\([a-z_]+\))?) <= (-?[0-9]+)\)\)/
        text = text.replacing(between) { match in
            let (_, low, lowBound, high, highBound) = match.output
            return low == high ? "\(low) BETWEEN \(lowBound) AND \(highBound)" : String(match.output.0)
        }
        while text.hasPrefix("("), text.hasSuffix(")"), wrapsWhole(text) {
            text = String(text.dropFirst().dropLast())
        }
        return text
    }

    /// Whether the first parenthesis closes at the very end, so the pair can go.
    private static func wrapsWhole(_ text: String) -> Bool {
        var depth = 0
        for (offset, character) in text.enumerated() {
            if character == "(" { depth += 1 }
            if character == ")" {
                depth -= 1
                if depth == 0 { return offset == text.count - 1 }
            }
        }
        return false
    }
}
