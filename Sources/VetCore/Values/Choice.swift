import Foundation

/// A closed list of options a person picks from (sex, status, role, …).
///
/// Raw values are the lowerCamel case names, stored in the database and typed on the
/// command line; `displayName` is what the screen shows. `parse` accepts either, in any
/// case and with spaces, hyphens or underscores, so "more info requested",
/// "more-info-requested" and "moreInfoRequested" all work.
public protocol Choice: RawRepresentable, CaseIterable, Hashable, Sendable, Codable
where RawValue == String, AllCases: RandomAccessCollection {
    /// The words shown on screen, e.g. "Part paid".
    var displayName: String { get }
    /// Field name used in messages when the caller gives none, e.g. "status".
    static var fieldName: String { get }
}

extension Choice {
    /// Parses a raw value or display name; the refusal lists the valid choices.
    public static func parse(_ text: String, field: String) throws(ValidationError) -> Self {
        let key = ChoiceKey.normalise(text)
        if key.isEmpty {
            throw ValidationError(field: field, message: "\(field) must not be empty; use one of \(choicesText)")
        }
        for option in allCases
        where ChoiceKey.normalise(option.rawValue) == key || ChoiceKey.normalise(option.displayName) == key {
            return option
        }
        let shown = text.trimmingCharacters(in: .whitespacesAndNewlines)
        throw ValidationError(field: field, message: "\(field) '\(shown)' is not known; use one of \(choicesText)")
    }

    /// Parses using the type's own field name.
    public static func parse(_ text: String) throws(ValidationError) -> Self {
        try parse(text, field: fieldName)
    }

    /// "draft, submitted, more information requested": the display names, lowercased.
    public static var choicesText: String {
        allCases.map { $0.displayName.lowercased() }.joined(separator: ", ")
    }
}

/// Folding used to compare typed choices: lowercase, letters and digits only.
enum ChoiceKey {
    static func normalise(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
