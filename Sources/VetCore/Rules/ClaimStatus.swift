/// Where an insurance claim stands. Paid, declined and a withdrawal are final; a claim the
/// insurer has questions about goes back to submitted once the practice answers. A part-paid
/// claim takes further settlements (part paid again, or paid when the rest arrives) until the
/// practice closes it.
///
/// draft → submitted | withdrawn;
/// submitted → more information requested | paid | part paid | declined | withdrawn;
/// more information requested → submitted | withdrawn;
/// part paid → part paid | paid.
public enum ClaimStatus: String, Choice {
    case draft, submitted, moreInfoRequested, paid, partPaid, declined, withdrawn

    public var displayName: String {
        switch self {
        case .draft: "Draft"
        case .submitted: "Submitted"
        case .moreInfoRequested: "More information requested"
        case .paid: "Paid"
        case .partPaid: "Part paid"
        case .declined: "Declined"
        case .withdrawn: "Withdrawn"
        }
    }

    public static var fieldName: String { "claim status" }

    /// The statuses this one may move to.
    public var allowedNext: [ClaimStatus] {
        switch self {
        case .draft: [.submitted, .withdrawn]
        case .submitted: [.moreInfoRequested, .paid, .partPaid, .declined, .withdrawn]
        case .moreInfoRequested: [.submitted, .withdrawn]
        case .partPaid: [.partPaid, .paid]
        case .paid, .declined, .withdrawn: []
        }
    }

    public func canMove(to next: ClaimStatus) -> Bool { allowedNext.contains(next) }

    /// Still being worked: draft, submitted or waiting on the practice for more information.
    public var isOpen: Bool { self == .draft || self == .submitted || self == .moreInfoRequested }

    /// Moves that record money from the insurer.
    public var isSettlement: Bool { self == .paid || self == .partPaid }

    /// The insurer has decided (paid, part paid or declined). A withdrawn claim is closed
    /// but not settled.
    public var isSettled: Bool { self == .paid || self == .partPaid || self == .declined }

    /// "a claim that is paid cannot be moved to submitted; paid is final".
    public static func transitionError(from: ClaimStatus, to: ClaimStatus) -> ValidationError {
        let base = "a claim that is \(from.displayName.lowercased()) cannot be moved to \(to.displayName.lowercased())"
        let hint = from.allowedNext.isEmpty
            ? "\(from.displayName.lowercased()) is final"
            : "it can move to " + TransitionText.list(from.allowedNext.map { $0.displayName.lowercased() })
        return ValidationError(field: "status", message: "\(base); \(hint)")
    }
}

/// Shared wording for status-change refusals.
enum TransitionText {
    /// "a, b or c".
    static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " or " + last
    }
}
