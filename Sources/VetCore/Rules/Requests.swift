/// What a data-protection request asks for. One request may carry several kinds.
public enum RequestKind: String, Choice {
    case access, rectification, erasure, restriction, objection, portability, consentWithdrawal, other

    public var displayName: String {
        switch self {
        case .consentWithdrawal: "Consent withdrawal"
        default: rawValue.prefix(1).uppercased() + rawValue.dropFirst()
        }
    }

    public static var fieldName: String { "request kind" }
}

/// How a request reached the practice. Any channel counts; no form is needed.
public enum RequestChannel: String, Choice {
    case inPerson, phone, email, letter, web, other

    public var displayName: String {
        switch self {
        case .inPerson: "In person"
        case .phone: "Phone"
        case .email: "Email"
        case .letter: "Letter"
        case .web: "Web"
        case .other: "Other"
        }
    }

    public static var fieldName: String { "channel" }
}

/// The dates a request's events may carry: none in the future, none before the request arrived,
/// and none before what it answers (an answer after its question, identity received after it was
/// asked for, a person told after what they were told about). A request's history can then be read
/// as it happened.
public enum RequestDateRule {
    /// Refuses `date` for `field` ("identity received date") when it is after `today`, before
    /// `received`, or before `earlier` (its date and what happened then, e.g. "the clarification was asked").
    public static func check(_ date: LocalDate, field: String, received: LocalDate, today: LocalDate,
                             notBefore earlier: (date: LocalDate, what: String)? = nil) throws(ValidationError) {
        if date > today {
            throw ValidationError(field: field, message: "\(field) \(date.iso) is in the future; today is \(today.iso)")
        }
        if date < received {
            throw ValidationError(field: field,
                message: "\(field) \(date.iso) is before the request arrived on \(received.iso)")
        }
        if let earlier, date < earlier.date {
            throw ValidationError(field: field, message: "\(field) \(date.iso) is before \(earlier.what) on \(earlier.date.iso)")
        }
    }

    /// A "told" date: not in the future and not before what the person or recipient was told about.
    public static func checkTold(_ date: LocalDate, field: String, today: LocalDate,
                                 notBefore earlier: (date: LocalDate, what: String)) throws(ValidationError) {
        if date > today {
            throw ValidationError(field: field, message: "\(field) \(date.iso) is in the future; today is \(today.iso)")
        }
        if date < earlier.date {
            throw ValidationError(field: field, message: "\(field) \(date.iso) is before \(earlier.what) on \(earlier.date.iso)")
        }
    }
}

/// The grounds on which restricted data may still be used (UK GDPR article 18(2)), besides storing it.
public enum RestrictionGround: String, Choice {
    case legalClaims, consent, protectOthers, publicInterest

    public var displayName: String {
        switch self {
        case .legalClaims: "Legal claims"
        case .consent: "The person's consent"
        case .protectOthers: "Protecting another person's rights"
        case .publicInterest: "Important public interest"
        }
    }

    public static var fieldName: String { "override ground" }

    /// Reads a ground the way people write it: "legal claim", "consent", "the person's consent" …
    public static func read(_ text: String) -> RestrictionGround? {
        let key = text.lowercased().trimmingCharacters(in: .whitespaces)
        if let exact = try? parse(key) { return exact }
        if key.hasPrefix("legal claim") { return .legalClaims }
        if key.contains("consent") { return .consent }
        if key.contains("another person") || key.contains("others") || key.hasPrefix("protect") { return .protectOthers }
        if key.contains("public interest") { return .publicInterest }
        return nil
    }
}
