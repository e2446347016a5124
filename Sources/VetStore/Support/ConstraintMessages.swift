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
        let text = error.message ?? ""
        if let match = known.first(where: { text.contains($0.needle) }) { return match.sentence }
        if text.contains("CHECK constraint failed") {
            return "a value was outside what the database allows (\(text)); nothing was saved"
        }
        if text.contains("NOT NULL constraint failed") {
            let column = text.components(separatedBy: ".").last ?? "a field"
            return "\(column.replacingOccurrences(of: "_", with: " ")) must not be empty; nothing was saved"
        }
        return "the change broke a database rule (\(text)); nothing was saved"
    }
}
