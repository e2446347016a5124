/// What the record already says about a pet's life, which a new death or transfer date must fit.
public struct PetLifeFacts: Hashable, Sendable {
    public var name: String
    public var birth: DateOfBirth?
    /// The day of its last consultation, if it has been seen.
    public var lastSeen: LocalDate?
    /// The day it came to its current owner by a transfer, if it did.
    public var cameToOwnerOn: LocalDate?

    public init(name: String, birth: DateOfBirth?, lastSeen: LocalDate?, cameToOwnerOn: LocalDate?) {
        self.name = name
        self.birth = birth
        self.lastSeen = lastSeen
        self.cameToOwnerOn = cameToOwnerOn
    }
}

/// The date rules for a pet's death and its transfer to a new owner. A consultation on the
/// same day as either is allowed (an animal put to sleep at the end of a visit, a pet seen
/// on the morning it is rehomed), but a date before the last consultation is refused: the
/// record would then show the pet seen after it died, or seen for its old owner after it left.
public enum PetLifeRules {
    /// Checks a date of death recorded on `today`.
    public static func checkDeath(on date: LocalDate, facts: PetLifeFacts, today: LocalDate) throws(ValidationError) {
        let field = "date of death"
        try notFuture(date, field: field, today: today)
        try notBeforeBirth(date, field: field, facts: facts, event: "died")
        if let seen = facts.lastSeen, date < seen {
            throw ValidationError(field: field, message: "\(field) \(date.iso) is before \(facts.name)'s last "
                + "consultation on \(seen.long); a pet cannot be seen after it died, so use that day or later")
        }
        if let came = facts.cameToOwnerOn, date < came {
            throw ValidationError(field: field, message: "\(field) \(date.iso) is before \(facts.name) came to "
                + "this owner on \(came.long); use that day or later")
        }
    }

    /// Checks a transfer date recorded on `today`.
    public static func checkTransfer(on date: LocalDate, facts: PetLifeFacts, today: LocalDate) throws(ValidationError) {
        let field = "transfer date"
        try notFuture(date, field: field, today: today)
        try notBeforeBirth(date, field: field, facts: facts, event: "changed owner")
        if let seen = facts.lastSeen, date < seen {
            throw ValidationError(field: field, message: "\(field) \(date.iso) is before \(facts.name)'s last "
                + "consultation on \(seen.long); visits up to the transfer stay on the old owner's record, "
                + "so use that day or later")
        }
        if let came = facts.cameToOwnerOn, date < came {
            throw ValidationError(field: field, message: "\(field) \(date.iso) is before \(facts.name) came to "
                + "the current owner on \(came.long); use that day or later")
        }
    }

    private static func notFuture(_ date: LocalDate, field: String, today: LocalDate) throws(ValidationError) {
        if date > today {
            throw ValidationError(field: field, message: "\(field) \(date.iso) is in the future; today is \(today.iso)")
        }
    }

    /// An approximate birthday ("about 3 years") is only a guess at the year, so only a date
    /// in an earlier year is refused; an exact one refuses any earlier day.
    private static func notBeforeBirth(_ date: LocalDate, field: String, facts: PetLifeFacts,
                                       event: String) throws(ValidationError) {
        guard let birth = facts.birth else { return }
        let tooEarly = birth.isApproximate ? date.year < birth.date.year : date < birth.date
        if tooEarly {
            throw ValidationError(field: field, message: "\(field) \(date.iso) is before \(facts.name) was born "
                + "(\(birth.formatted)); a pet cannot have \(event) before its birth")
        }
    }
}
