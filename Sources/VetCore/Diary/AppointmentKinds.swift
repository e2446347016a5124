/// What an appointment is for: decides its usual length and whether it is online.
public enum AppointmentKind: String, Choice {
    case consultation, vaccination, operation, nurseClinic, video, phone

    public var displayName: String {
        switch self {
        case .consultation: "Consultation"
        case .vaccination: "Vaccination"
        case .operation: "Operation"
        case .nurseClinic: "Nurse clinic"
        case .video: "Video"
        case .phone: "Phone"
        }
    }

    public static var fieldName: String { "type" }

    /// The length a new booking of this kind starts at.
    public var usualMinutes: Int {
        switch self {
        case .consultation, .vaccination, .nurseClinic: 15
        case .video, .phone: 10
        case .operation: 60
        }
    }

    /// The kind of consultation note an appointment of this kind becomes.
    public var consultationKind: ConsultationKind {
        switch self {
        case .video: .video
        case .phone: .phone
        default: .inPerson
        }
    }
}

/// Where an appointment is in the day. Booked → arrived → in consultation → finished, or
/// cancelled (with a reason) or a no-show instead.
public enum AppointmentState: String, Choice {
    case booked, arrived, inConsultation, finished, cancelled, noShow

    public var displayName: String {
        switch self {
        case .booked: "Booked"
        case .arrived: "Arrived"
        case .inConsultation: "In consultation"
        case .finished: "Finished"
        case .cancelled: "Cancelled"
        case .noShow: "Did not attend"
        }
    }

    public static var fieldName: String { "state" }

    /// Whether the appointment still holds its slot in the diary.
    public var holdsSlot: Bool { self != .cancelled && self != .noShow }

    /// Whether the appointment is over, one way or another, and can no longer change.
    public var isClosed: Bool { self == .finished || self == .cancelled || self == .noShow }

    /// The states a person may move an appointment to from this one. Finishing happens by
    /// saving the consultation note, not by picking a state.
    public var next: [AppointmentState] {
        switch self {
        case .booked: [.arrived, .inConsultation, .noShow, .cancelled]
        case .arrived: [.inConsultation, .booked, .noShow, .cancelled]
        case .inConsultation: [.arrived]
        case .finished, .cancelled, .noShow: []
        }
    }

    /// A one-letter mark for the diary grid, so the state reads without colour.
    public var mark: String {
        switch self {
        case .booked: " "
        case .arrived: "A"
        case .inConsultation: "C"
        case .finished: "✓"
        case .cancelled: "x"
        case .noShow: "N"
        }
    }
}

/// Where a client waiting for an online consultation is in the queue.
public enum QueueState: String, Choice {
    case waiting, taken, finished, left

    public var displayName: String {
        switch self {
        case .waiting: "Waiting"
        case .taken: "With a vet"
        case .finished: "Finished"
        case .left: "Left the queue"
        }
    }

    public static var fieldName: String { "queue state" }
}
