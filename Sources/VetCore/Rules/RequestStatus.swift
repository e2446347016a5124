/// Where a data-protection request stands in the practice's work (the legal clock is
/// tracked separately).
///
/// Open statuses run in order: received, awaiting identity, awaiting fee, awaiting
/// clarification, in progress, ready for review. An open request may:
/// - move forward to any later open status (steps that are not needed are skipped);
/// - move back to a waiting status (identity, fee, clarification) when the practice asks
///   the requester for something;
/// - go back from ready for review to in progress when the reviewer sends it back;
/// - be completed or partly completed once work has started (in progress or ready for review);
/// - be refused or withdrawn at any point;
/// - be closed without clarification only while awaiting clarification.
/// Closed statuses are final.
public enum RequestStatus: String, Choice {
    case received, awaitingIdentity, awaitingFee, awaitingClarification, inProgress, readyForReview
    case completed, partlyCompleted, refused, withdrawn, closedWithoutClarification

    public var displayName: String {
        switch self {
        case .received: "Received"
        case .awaitingIdentity: "Awaiting identity"
        case .awaitingFee: "Awaiting fee"
        case .awaitingClarification: "Awaiting clarification"
        case .inProgress: "In progress"
        case .readyForReview: "Ready for review"
        case .completed: "Completed"
        case .partlyCompleted: "Partly completed"
        case .refused: "Refused"
        case .withdrawn: "Withdrawn"
        case .closedWithoutClarification: "Closed without clarification"
        }
    }

    public static var fieldName: String { "request status" }

    private static let openOrder: [RequestStatus] = [
        .received, .awaitingIdentity, .awaitingFee, .awaitingClarification, .inProgress, .readyForReview,
    ]

    /// Finished: completed, partly completed, refused, withdrawn or closed without clarification.
    public var isClosed: Bool { !RequestStatus.openOrder.contains(self) }

    /// Waiting on the requester (identity, fee or clarification).
    public var isWaitingOnRequester: Bool {
        self == .awaitingIdentity || self == .awaitingFee || self == .awaitingClarification
    }

    /// The statuses this one may move to, in display order.
    public var allowedNext: [RequestStatus] {
        guard let position = RequestStatus.openOrder.firstIndex(of: self) else { return [] }
        var next: Set<RequestStatus> = Set(RequestStatus.openOrder.dropFirst(position + 1))
        next.formUnion([.awaitingIdentity, .awaitingFee, .awaitingClarification, .refused, .withdrawn])
        if self == .readyForReview { next.insert(.inProgress) }
        if self == .inProgress || self == .readyForReview { next.formUnion([.completed, .partlyCompleted]) }
        if self == .awaitingClarification { next.insert(.closedWithoutClarification) }
        next.remove(self)
        return RequestStatus.allCases.filter(next.contains)
    }

    public func canMove(to next: RequestStatus) -> Bool { allowedNext.contains(next) }

    /// Closing with these needs the reasons recorded: a refusal, what was kept back, or why it was closed unanswered.
    public var needsReason: Bool { self == .refused || self == .partlyCompleted || self == .closedWithoutClarification }

    /// The verb a confirmation asks with: "Refuse", "Withdraw", "Complete" …
    public var closingVerb: String {
        switch self {
        case .completed: "Complete"
        case .partlyCompleted: "Complete in part"
        case .refused: "Refuse"
        case .withdrawn: "Withdraw"
        case .closedWithoutClarification: "Close without clarification"
        default: "Move"
        }
    }

    /// "a request that is completed cannot be moved to in progress; completed is final".
    public static func transitionError(from: RequestStatus, to: RequestStatus) -> ValidationError {
        let base = "a request that is \(from.displayName.lowercased()) cannot be moved to \(to.displayName.lowercased())"
        let hint = from.allowedNext.isEmpty
            ? "\(from.displayName.lowercased()) is final"
            : "it can move to " + TransitionText.list(from.allowedNext.map { $0.displayName.lowercased() })
        return ValidationError(field: "status", message: "\(base); \(hint)")
    }
}
