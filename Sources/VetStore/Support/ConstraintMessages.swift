import GRDB

/// Turns a constraint SQLite refused into the rule a person broke. The store validates first,
/// so these are the last line of defence (two terminals racing, a bug), never a crash.
enum ConstraintMessages {
    private static let known: [(needle: String, sentence: String)] = [
        ("pet.microchip", "that microchip number is already registered to another pet"),
        ("staff_user.username", "that username is already taken"),
        ("price_item.code", "that price-list code is already in use"),
        ("insurer.name", "an insurer with that name already exists"),
        ("invoice.number", "that invoice number is already used"),
        ("FOREIGN KEY", "the record refers to something that no longer exists; refresh and try again"),
    ]

    static func sentence(for error: DatabaseError) -> String {
        sentence(forMessage: error.message ?? "")
    }

    /// The sentence for an engine's own words about a broken rule.
    static func sentence(forMessage text: String) -> String {
        if let match = known.first(where: { text.contains($0.needle) }) { return match.sentence }
        if let range = text.range(of: "CHECK constraint failed") {
            return checkSentence(String(text[range.upperBound...]))
        }
        if text.contains("NOT NULL constraint failed") {
            let column = text.components(separatedBy: ".").last ?? "a field"
            return "\(column.replacingOccurrences(of: "_", with: " ")) must not be empty; nothing was saved"
        }
        return "the change broke a database rule (\(text)); nothing was saved"
    }

    /// "first name must be at most 60 characters; nothing was saved" from the constraint's
    /// own text (": length(first_name) <= 60"), so a refused value is named as a field.
    static func checkSentence(_ constraint: String) -> String {
        let expression = constraint.drop { $0 == ":" || $0 == " " }
        guard let column = firstColumn(in: expression) else {
            return "a value was outside what the database allows; nothing was saved"
        }
        let field = column.replacingOccurrences(of: "_", with: " ")
        if expression.contains("length(\(column))") {
            let numbers = expression.split { !$0.isNumber }.compactMap { Int($0) }
            if expression.contains("BETWEEN"), numbers.count >= 2 {
                return "\(field) must be from \(numbers[0]) to \(numbers[1]) characters; nothing was saved"
            }
            if expression.contains("<="), let limit = numbers.last {
                return "\(field) must be at most \(limit) characters; nothing was saved"
            }
            return "\(field) has a length the database does not allow; nothing was saved"
        }
        return "\(field) has a value the database does not allow; nothing was saved"
    }

    /// The first lower-case identifier that is not an SQL word or function: the column checked.
    private static func firstColumn(in expression: Substring) -> String? {
        let notColumns: Set<String> = ["length", "and", "or", "not", "is", "null", "in", "between", "glob", "like",
                                       "typeof", "abs", "coalesce", "julianday", "date", "substr", "trim"]
        let words = expression.split { !($0.isLetter || $0 == "_" || $0.isNumber) }
        return words.map(String.init).first { word in
            guard let first = word.first, first.isLetter, word == word.lowercased() else { return false }
            return !notColumns.contains(word)
        }
    }
}
