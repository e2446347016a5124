/// The legal clock of one request, with the steps that reached it so a manager can check them.
public struct DeadlineResult: Hashable, Sendable {
    public var region: PracticeRegion
    public var received: LocalDate
    /// T0: the latest of received, identity evidence received (if asked for) and fee paid.
    public var relevantTime: LocalDate
    /// Days the clock stood still for clarification, counted from the relevant time onwards.
    public var pausedDays: Int
    /// A clarification has no answer yet. `due` and the other dates are then provisional: they
    /// count the pause as if answered on the `asOf` day, and move one day later for each further day.
    public var isPaused: Bool
    public var isExtended: Bool
    /// The limit before any working-day roll: one (or three) months after T0 in the UK and EU,
    /// 28 (or 84) days in Jersey, plus paused days.
    public var countedDate: LocalDate
    /// The date the reply must be sent by.
    public var due: LocalDate
    /// The last day to tell the requester that the time limit is extended, with reasons.
    public var extensionNoticeBy: LocalDate
    /// The practice's own aim: T0 + 28 days plus paused days, never later than `due`.
    public var target: LocalDate
    /// Jersey only: the due date is not a working day and is not moved by law.
    public var nonWorkingDayWarning: String?
    /// Jersey only, with the warning: the working day before the due date.
    public var suggestedDueDate: LocalDate?
    /// Plain-English steps, in order, from the received date to the due date.
    public var explanation: [String]
}
