extension RequestClockInput {
    /// Field names used in `ValidationError.field`, so a form or command can place each message.
    public enum Field {
        public static let identityAsked = "identityAsked"
        public static let identityReceived = "identityReceived"
        public static let feeAsked = "feeAsked"
        public static let feePaid = "feePaid"
        public static let pause = "pause"
        public static let extensionNoticeSent = "extensionNoticeSent"
    }

    /// Refuses dates that cannot have happened in this order, all at once so the manager can
    /// fix them in one pass. The extension-notice deadline is checked by the engine, which knows it.
    public func validateOrder() throws(ValidationErrors) {
        var validator = Validator()
        let arrival = "the request was received on \(received.long)"
        if let asked = identityAsked, asked < received {
            validator.add(.init(field: Field.identityAsked,
                                message: "Identity evidence was asked for on \(asked.long), before \(arrival)."))
        }
        if let evidence = identityReceived {
            if evidence < received {
                validator.add(.init(field: Field.identityReceived,
                                    message: "Identity evidence received on \(evidence.long) is before \(arrival)."))
            } else if let asked = identityAsked, evidence < asked {
                validator.add(.init(field: Field.identityReceived, message:
                    "Identity evidence received on \(evidence.long) is before it was asked for on \(asked.long)."))
            }
        }
        if let asked = feeAsked, asked < received {
            validator.add(.init(field: Field.feeAsked,
                                message: "The fee was asked for on \(asked.long), before \(arrival)."))
        }
        if let paid = feePaid {
            if let asked = feeAsked {
                if paid < asked {
                    validator.add(.init(field: Field.feePaid,
                                        message: "The fee paid on \(paid.long) is before it was asked for on \(asked.long)."))
                }
            } else {
                validator.add(.init(field: Field.feePaid, message:
                    "The fee paid on \(paid.long) has no date it was asked for; enter the date the fee was asked for."))
            }
        }
        checkPauses(into: &validator)
        if let notice = extensionNoticeSent, notice < received {
            validator.add(.init(field: Field.extensionNoticeSent,
                                message: "The extension notice sent on \(notice.long) is before \(arrival)."))
        }
        try validator.finish()
    }

    private func checkPauses(into validator: inout Validator) {
        for pause in pauses {
            if pause.asked < received {
                validator.add(.init(field: Field.pause, message:
                    "The clarification asked for on \(pause.asked.long) is before the request was received on \(received.long)."))
            }
            if let answered = pause.answered, answered < pause.asked {
                validator.add(.init(field: Field.pause, message:
                    "The clarification asked for on \(pause.asked.long) was answered on \(answered.long), before it was asked."))
            }
        }
        let ordered = pauses.sorted { $0.asked < $1.asked }
        for (earlier, later) in zip(ordered, ordered.dropFirst()) {
            guard let answered = earlier.answered else {
                validator.add(.init(field: Field.pause, message:
                    "The clarification asked for on \(later.asked.long) overlaps the one asked for on "
                    + "\(earlier.asked.long), which has no answer yet; one clarification at a time."))
                continue
            }
            if later.asked <= answered {
                validator.add(.init(field: Field.pause, message:
                    "The clarification asked for on \(later.asked.long) overlaps the one asked for on "
                    + "\(earlier.asked.long) and answered on \(answered.long); a day cannot be paused twice."))
            }
        }
    }
}
