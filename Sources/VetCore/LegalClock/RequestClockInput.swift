/// A period in which the practice waits for the requester to clarify the request; the legal
/// clock stops from the day asked to the day answered, both inclusive.
public struct ClarificationPause: Hashable, Sendable, Codable {
    public var asked: LocalDate
    /// Nil while no answer has arrived: the clock is still stopped.
    public var answered: LocalDate?

    public init(asked: LocalDate, answered: LocalDate? = nil) {
        self.asked = asked
        self.answered = answered
    }
}

/// The dates of one request that the legal clock depends on (§2), as recorded by the practice.
public struct RequestClockInput: Hashable, Sendable, Codable {
    /// Day one, whatever the channel and whether or not it was a working day.
    public var received: LocalDate
    public var region: PracticeRegion
    public var identityAsked: LocalDate?
    /// Moves the relevant time only when identity evidence was asked for.
    public var identityReceived: LocalDate?
    public var feeAsked: LocalDate?
    public var feePaid: LocalDate?
    public var pauses: [ClarificationPause]
    /// Three months instead of one (UK, EU); twelve weeks instead of four (Jersey).
    public var extended: Bool
    public var extensionNoticeSent: LocalDate?

    public init(
        received: LocalDate,
        region: PracticeRegion,
        identityAsked: LocalDate? = nil,
        identityReceived: LocalDate? = nil,
        feeAsked: LocalDate? = nil,
        feePaid: LocalDate? = nil,
        pauses: [ClarificationPause] = [],
        extended: Bool = false,
        extensionNoticeSent: LocalDate? = nil
    ) {
        self.received = received
        self.region = region
        self.identityAsked = identityAsked
        self.identityReceived = identityReceived
        self.feeAsked = feeAsked
        self.feePaid = feePaid
        self.pauses = pauses
        self.extended = extended
        self.extensionNoticeSent = extensionNoticeSent
    }
}
