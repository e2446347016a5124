/// Why a due reminder will not be sent: each says in plain words what stops it.
public enum ReminderExclusion: String, Choice {
    case clientRestricted, clientNotCurrent, petDeceased, petTransferred, noReminders
    case noEmailAddress, noMobileNumber, noPostalAddress

    public var displayName: String {
        switch self {
        case .clientRestricted: "client's processing is restricted"
        case .clientNotCurrent: "no longer a client"
        case .petDeceased: "pet has died"
        case .petTransferred: "pet transferred away"
        case .noReminders: "client wants no reminders"
        case .noEmailAddress: "no email address for email reminders"
        case .noMobileNumber: "no mobile number for text reminders"
        case .noPostalAddress: "no postal address for letters"
        }
    }

    public static var fieldName: String { "exclusion" }

    /// The exclusion a missing contact detail for `channel` gives.
    public static func missing(_ channel: ReminderChannel) -> ReminderExclusion {
        switch channel {
        case .email: .noEmailAddress
        case .sms: .noMobileNumber
        case .letter: .noPostalAddress
        }
    }
}

/// Whom reminders may go to at all, before channels: the rules that hold whatever the client
/// chose. Restriction comes first (it stops every use of the data but storage).
public struct ReminderEligibility: Hashable, Sendable {
    public var clientRestricted: Bool
    public var clientStatus: ClientStatus
    public var petStatus: PetStatus

    public init(clientRestricted: Bool, clientStatus: ClientStatus, petStatus: PetStatus) {
        self.clientRestricted = clientRestricted
        self.clientStatus = clientStatus
        self.petStatus = petStatus
    }

    public var exclusion: ReminderExclusion? {
        if clientRestricted { return .clientRestricted }
        if clientStatus != .active { return .clientNotCurrent }
        switch petStatus {
        case .deceased: return .petDeceased
        case .transferred: return .petTransferred
        case .active: return nil
        }
    }
}
