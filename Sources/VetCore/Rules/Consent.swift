import Foundation

/// How marketing reaches a client. Email and SMS are electronic marketing (PECR).
public enum ConsentChannel: String, Choice {
    case email, sms, post, phone

    public var displayName: String {
        switch self {
        case .email: "Email"
        case .sms: "SMS"
        case .post: "Post"
        case .phone: "Phone"
        }
    }

    public static var fieldName: String { "channel" }

    /// Email and SMS, where the soft opt-in can apply.
    public var isElectronic: Bool { self == .email || self == .sms }
}

/// Whose marketing: the practice's own, or a third party's.
public enum ConsentPurpose: String, Choice {
    case practice, thirdParty

    public var displayName: String {
        switch self {
        case .practice: "Practice marketing"
        case .thirdParty: "Third-party marketing"
        }
    }

    public static var fieldName: String { "purpose" }
}

/// What a consent event did.
public enum ConsentAction: String, Choice {
    case granted, withdrawn

    public var displayName: String { rawValue.capitalized }
    public static var fieldName: String { "action" }
}

/// Why marketing is allowed: the client's consent, or the soft opt-in (details given
/// during a sale, own similar services only, with a free refusal offered).
public enum ConsentBasis: String, Choice {
    case consent, softOptIn

    public var displayName: String {
        switch self {
        case .consent: "Consent"
        case .softOptIn: "Soft opt-in"
        }
    }

    public static var fieldName: String { "basis" }
}

/// How the client told us.
public enum ConsentSource: String, Choice {
    case inPerson, phone, webForm, email, letter

    public var displayName: String {
        switch self {
        case .inPerson: "In person"
        case .phone: "Phone"
        case .webForm: "Web form"
        case .email: "Email"
        case .letter: "Letter"
        }
    }

    public static var fieldName: String { "source" }
}

/// The marketing-basis rule.
public enum ConsentRules {
    /// The soft opt-in covers only the practice's own marketing by email or SMS; everything
    /// else (third-party marketing, post and phone) is recorded on consent in VetDesk.
    public static func validate(basis: ConsentBasis, channel: ConsentChannel,
                                purpose: ConsentPurpose) throws(ValidationError) {
        guard basis == .softOptIn else { return }
        if purpose == .thirdParty {
            throw ValidationError(
                field: "basis",
                message: "basis 'soft opt-in' cannot be used for third-party marketing; it always needs the client's consent")
        }
        if !channel.isElectronic {
            throw ValidationError(
                field: "basis",
                message: "basis 'soft opt-in' applies only to email and SMS; \(channel.displayName.lowercased()) marketing needs the client's consent")
        }
    }
}

/// One entry in a client's append-only consent log.
public struct ConsentEventValue: Hashable, Sendable, Codable {
    public var channel: ConsentChannel
    public var purpose: ConsentPurpose
    public var action: ConsentAction
    public var basis: ConsentBasis
    public var at: Date

    public init(channel: ConsentChannel, purpose: ConsentPurpose, action: ConsentAction,
                basis: ConsentBasis, at: Date) {
        self.channel = channel
        self.purpose = purpose
        self.action = action
        self.basis = basis
        self.at = at
    }

    /// Positional form: `ConsentEventValue(.email, .practice, .granted, .consent, at: now)`.
    public init(_ channel: ConsentChannel, _ purpose: ConsentPurpose, _ action: ConsentAction,
                _ basis: ConsentBasis, at: Date) {
        self.init(channel: channel, purpose: purpose, action: action, basis: basis, at: at)
    }
}

/// A client's current marketing position per channel × purpose: the latest event wins
/// (by time; of two events at the same instant, the one later in the log). No event
/// means no basis.
public struct ConsentState: Hashable, Sendable, Codable {
    /// A channel and purpose together: one cell of the consent grid.
    public struct Key: Hashable, Sendable, Codable {
        public var channel: ConsentChannel
        public var purpose: ConsentPurpose
        public init(channel: ConsentChannel, purpose: ConsentPurpose) {
            self.channel = channel
            self.purpose = purpose
        }
    }

    /// The latest event for each cell that has one.
    public private(set) var latest: [Key: ConsentEventValue] = [:]

    public init(events: [ConsentEventValue]) {
        for event in events {
            let key = Key(channel: event.channel, purpose: event.purpose)
            if let current = latest[key], current.at > event.at { continue }
            latest[key] = event
        }
    }

    /// The latest event for `channel` and `purpose`, if any.
    public func event(channel: ConsentChannel, purpose: ConsentPurpose) -> ConsentEventValue? {
        latest[Key(channel: channel, purpose: purpose)]
    }

    /// The current basis, or nil when never granted or last withdrawn.
    public func basis(channel: ConsentChannel, purpose: ConsentPurpose) -> ConsentBasis? {
        guard let event = event(channel: channel, purpose: purpose), event.action == .granted else { return nil }
        return event.basis
    }

    /// True when marketing on `channel` for `purpose` currently has a basis.
    public func isGranted(channel: ConsentChannel, purpose: ConsentPurpose) -> Bool {
        basis(channel: channel, purpose: purpose) != nil
    }
}
