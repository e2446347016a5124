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
