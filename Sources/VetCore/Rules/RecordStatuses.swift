/// A pet's sex as recorded at registration; unknown until checked.
public enum PetSex: String, Choice {
    case male, female, unknown

    public var displayName: String { rawValue.capitalized }
    public static var fieldName: String { "sex" }
}

/// Whether a pet is still a patient here. Deceased and transferred pets keep their history.
public enum PetStatus: String, Choice {
    case active, deceased, transferred

    public var displayName: String { rawValue.capitalized }
    public static var fieldName: String { "pet status" }
}

/// Whether a client is current. Anonymised clients have had their personal data erased.
public enum ClientStatus: String, Choice {
    case active, ceased, deceased, anonymised

    public var displayName: String { rawValue.capitalized }
    public static var fieldName: String { "client status" }

    /// Ceased, deceased and anonymised clients never appear on marketing lists.
    public var mayReceiveMarketing: Bool { self == .active }
}

/// How a consultation took place. Online consultations record queue minutes.
public enum ConsultationKind: String, Choice {
    case inPerson, video, phone

    public var displayName: String {
        switch self {
        case .inPerson: "In person"
        case .video: "Online video"
        case .phone: "Phone"
        }
    }

    public static var fieldName: String { "consultation kind" }

    /// Video and phone consultations are online.
    public var isOnline: Bool { self != .inPerson }
}
