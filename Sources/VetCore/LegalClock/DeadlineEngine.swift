/// Computes the legal time limit of a data-protection request (§2 of the data-protection rules).
public enum DeadlineEngine {
    /// - Parameters:
    ///   - changes: the practice's one-off holiday table (shipped rows plus the manager's edits).
    ///   - today: the practice's date today; an unanswered clarification is counted up to it.
    /// - Throws: every impossible date in `input`, worded for a manager.
    public static func deadline(
        for input: RequestClockInput,
        changes: [HolidayChange] = HolidayChange.shipped,
        asOf today: LocalDate
    ) throws(ValidationErrors) -> DeadlineResult {
        try input.validateOrder()
        let calendar = HolidayCalendar(region: input.region, changes: changes)
        var steps = DeadlineSteps()
        let t0 = relevantTime(input, steps: &steps)

        let base: LocalDate
        let noticeBase: LocalDate
        if input.region.usesCalendarMonths {
            let months = input.extended ? 3 : 1
            base = t0.adding(months: months)
            noticeBase = t0.adding(months: 1)
            steps.monthStep(from: t0, months: months, result: base)
        } else {
            base = t0.adding(days: input.extended ? 84 : 28)
            noticeBase = t0.adding(days: 28)
            steps.weekStep(from: t0, extended: input.extended, result: base)
        }
        let paused = pausedDays(input, from: t0, today: today, steps: &steps)
        let counted = base.adding(days: paused.days)
        if paused.days > 0 {
            steps.add("Plus \(paused.days) paused \(paused.days == 1 ? "day" : "days"): \(counted.long)")
        }

        var result = DeadlineResult(
            region: input.region, received: input.received, relevantTime: t0,
            pausedDays: paused.days, isPaused: paused.isOpen, isExtended: input.extended,
            countedDate: counted, due: counted,
            extensionNoticeBy: noticeBase.adding(days: paused.days),
            target: counted, explanation: [])
        if input.region.usesCalendarMonths {
            result.due = calendar.nextWorkingDay(onOrAfter: counted)
            steps.rollStep(from: counted, to: result.due, calendar: calendar)
        } else if !calendar.isWorkingDay(counted) {
            let suggestion = calendar.previousWorkingDay(onOrBefore: counted)
            let reason = calendar.nonWorkingReason(counted) ?? "not a working day"
            let warning = "\(counted.long) is \(reason). Jersey law does not move the date, "
                + "so send the reply by the previous working day, \(suggestion.long)."
            result.nonWorkingDayWarning = warning
            result.suggestedDueDate = suggestion
        }
        steps.add(paused.isOpen ? "Due (provisional while the clock is paused): \(result.due.long)"
                                : "Due: \(result.due.long)")
        if let warning = result.nonWorkingDayWarning { steps.add(warning) }

        try checkNotice(input, deadline: result.extensionNoticeBy)
        steps.noticeStep(input, deadline: result.extensionNoticeBy, pausedDays: paused.days)
        let fourWeeks = t0.adding(days: 28 + paused.days)
        result.target = min(fourWeeks, result.due)
        steps.add("Internal target: 28 days after \(t0.long)"
            + (paused.days > 0 ? " plus \(paused.days) paused \(paused.days == 1 ? "day" : "days")" : "")
            + (fourWeeks > result.due ? ", brought back to the due date" : "")
            + ": \(result.target.long)")
        result.explanation = steps.lines
        return result
    }

    /// T0: the latest of received, identity evidence (only if asked for) and fee paid.
    private static func relevantTime(_ input: RequestClockInput, steps: inout DeadlineSteps) -> LocalDate {
        steps.add("Received \(input.received.long) (day one)")
        var t0 = input.received
        if let evidence = input.identityReceived {
            if let asked = input.identityAsked {
                steps.add("Identity evidence asked for \(asked.long), received \(evidence.long)")
                t0 = max(t0, evidence)
            } else {
                steps.add("Identity evidence received \(evidence.long) was not asked for, so it does not move the clock")
            }
        } else if let asked = input.identityAsked {
            steps.add("Identity evidence asked for \(asked.long), not yet received: the clock starts when it arrives")
        }
        if let paid = input.feePaid {
            steps.add("Fee paid \(paid.long)")
            t0 = max(t0, paid)
        } else if let asked = input.feeAsked {
            steps.add("Fee asked for \(asked.long), not yet paid: the clock starts when it is paid")
        }
        steps.add(t0 == input.received ? "Relevant time: the day received, \(t0.long)"
                                       : "Relevant time: \(t0.long), the latest of these dates")
        return t0
    }

    /// Clarification days on or after T0 (days before T0 are not on the clock anyway); an open
    /// pause counts up to `today`.
    private static func pausedDays(
        _ input: RequestClockInput, from t0: LocalDate, today: LocalDate, steps: inout DeadlineSteps
    ) -> (days: Int, isOpen: Bool) {
        var total = 0
        var isOpen = false
        for pause in input.pauses.sorted(by: { $0.asked < $1.asked }) {
            let start = max(pause.asked, t0)
            let end = pause.answered ?? max(today, pause.asked)
            let days = max(0, start.days(until: end) + 1)
            total += days
            steps.pauseStep(pause, counted: days, start: start, end: end)
            if pause.answered == nil { isOpen = true }
        }
        return (total, isOpen)
    }

    private static func checkNotice(_ input: RequestClockInput, deadline: LocalDate) throws(ValidationErrors) {
        guard let sent = input.extensionNoticeSent, sent > deadline else { return }
        let rule = input.region.usesCalendarMonths ? "one month" : "four weeks"
        throw ValidationErrors([ValidationError(
            field: RequestClockInput.Field.extensionNoticeSent,
            message: "The extension notice sent on \(sent.long) is after its deadline, \(deadline.long) "
                + "(\(rule) after the relevant time plus paused days); the time limit can no longer be extended.")])
    }
}
