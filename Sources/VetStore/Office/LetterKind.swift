import VetCore

/// The letters a data-protection request may need, each from its own template
/// (`letter-<kind>.txt`), as the command line names them.
public enum LetterKind: String, CaseIterable, Codable, Sendable {
    case acknowledgement, identity, clarification, fee, `extension`, refusal, completion

    public var displayName: String {
        switch self {
        case .acknowledgement: "Acknowledgement"
        case .identity: "Identity request"
        case .clarification: "Clarification request"
        case .fee: "Fee request"
        case .extension: "Extension notice"
        case .refusal: "Refusal"
        case .completion: "Completion cover letter"
        }
    }

    /// The template file the letter is filled from.
    public var templateName: String { "letter-\(rawValue).txt" }

    /// Parses a kind as typed on the command line, with a message listing the kinds.
    public static func parse(_ text: String, field: String = "letter kind") throws(ValidationError) -> LetterKind {
        if let kind = LetterKind(rawValue: text.lowercased()) { return kind }
        throw ValidationError(field: field, message: "\(field) '\(text)' is not known; use one of "
            + allCases.map(\.rawValue).joined(separator: ", "))
    }
}
