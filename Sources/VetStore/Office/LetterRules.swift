import VetCore

/// When each letter may go: what the request must already record for the letter to say, and
/// the clock's legal deadline for it. An extension notice after its deadline is refused, as the
/// extension itself is; a fee request or refusal after the due date still goes, marked late.
enum LetterRules {
    static func check(_ kind: LetterKind, _ request: DataRequest, pauses: [RequestPause], on date: LocalDate) throws -> String? {
        let reference = request.reference
        let status = request.status.displayName.lowercased()
        switch kind {
        case .acknowledgement, .identity, .clarification, .fee, .extension:
            if request.status.isClosed { throw StoreError.refused("\(reference) is \(status); no \(kind.displayName.lowercased()) can be sent") }
        case .refusal, .completion:
            break
        }
        switch kind {
        case .acknowledgement:
            return nil
        case .identity:
            if request.identityReceivedOn != nil || request.identityWaivedReason != nil {
                throw StoreError.refused("\(reference) needs no identity request: identity is already settled")
            }
            return nil
        case .clarification:
            guard pauses.contains(where: { $0.answeredOn == nil }) else {
                throw StoreError.refused("\(reference) has no clarification waiting for an answer; record the question first")
            }
            return nil
        case .fee:
            guard request.feeAskedOn != nil, request.feePaidOn == nil else {
                throw StoreError.refused("\(reference) has no fee waiting to be paid; record the fee asked for first")
            }
            return late(date, by: request.dueOn, "a fee request")
        case .extension:
            guard request.extended, request.extensionReason != nil else {
                throw StoreError.refused("\(reference) is not extended; record the extension with its reasons first")
            }
            if date > request.extensionNoticeBy {
                throw StoreError.refused("the extension notice for \(reference) had to be sent by "
                    + "\(request.extensionNoticeBy.long); on \(date.long) the time limit can no longer be extended")
            }
            return nil
        case .refusal:
            guard request.status == .refused, request.outcome?.isEmpty == false else {
                throw StoreError.refused("\(reference) is \(status), not refused; record the refusal with its reasons first")
            }
            return late(date, by: request.dueOn, "a refusal")
        case .completion:
            let allowed: [RequestStatus] = [.inProgress, .readyForReview, .completed, .partlyCompleted]
            guard allowed.contains(request.status) else {
                throw StoreError.refused("\(reference) is \(status); a completion letter goes with a response "
                    + "(in progress, ready for review, completed or partly completed)")
            }
            return late(date, by: request.dueOn, "the response")
        }
    }

    private static func late(_ date: LocalDate, by due: LocalDate, _ what: String) -> String? {
        guard date > due else { return nil }
        return "sent \(due.days(until: date)) days after the due date, \(due.long): \(what) must go within the time limit"
    }
}
