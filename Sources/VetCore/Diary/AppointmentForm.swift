/// A column of the diary: a vet, or a room where the practice books rooms (a nurse clinic, an
/// operating theatre).
public enum DiaryColumnID: Hashable, Sendable, Codable {
    case staff(Int64)
    case room(Int64)
}

/// An appointment as a person types it, before validation.
public struct AppointmentForm: Hashable, Sendable {
    public var clientID: Int64?
    public var petID: Int64?
    public var column: DiaryColumnID?
    /// `YYYY-MM-DD HH:MM`.
    public var start = ""
    public var minutes = ""
    public var kind: AppointmentKind = .consultation
    public var reason = ""
    public var notes = ""
    /// The consultation whose follow-up this appointment books.
    public var followUpOf: Int64?

    public init() {}

    /// The appointment as it will be stored: times on five-minute marks, 5 minutes to 8 hours
    /// long, a reason, and short notes. Every broken rule is reported at once, by field.
    public func validated() throws(ValidationErrors) -> AppointmentDetails {
        var check = Validator()
        if clientID == nil { check.add(ValidationError(field: "client", message: "client: choose who the appointment is for")) }
        if petID == nil { check.add(ValidationError(field: "pet", message: "pet: choose the pet to be seen")) }
        if column == nil { check.add(ValidationError(field: "with", message: "with: choose the vet or room")) }
        let start = check.check { () throws(ValidationError) in try LocalDateTime(parsing: self.start, field: "start") }
        if let start, start.minute % 5 != 0 {
            check.add(ValidationError(field: "start", message: "start \(start) must be on a five-minute mark, such as \(start.adding(minutes: -(start.minute % 5)).time)"))
        }
        let minutes = check.check { () throws(ValidationError) in try Self.length(self.minutes) }
        let reason = check.check { () throws(ValidationError) in try TextRule.required(self.reason, field: "reason", maxLength: 200) }
        let notes = check.check { () throws(ValidationError) in
            try TextRule.optional(self.notes, field: "notes", maxLength: 2000, lines: .multiple)
        }
        try check.finish()
        guard let clientID, let petID, let column, let start, let minutes, let reason else { throw ValidationErrors(check.errors) }
        return AppointmentDetails(clientID: clientID, petID: petID, column: column, start: start, minutes: minutes,
                                  kind: kind, reason: reason, notes: (notes ?? nil) ?? "", followUpOf: followUpOf)
    }

    /// A typed length in minutes: a whole number of five-minute steps from 5 to 480.
    public static func length(_ text: String, field: String = "length") throws(ValidationError) -> Int {
        let shown = ValueText.trimmed(text)
        guard ValueText.isDigits(shown), let value = Int(shown), (5...480).contains(value), value % 5 == 0 else {
            throw ValidationError(field: field, message: "\(field) must be minutes from 5 to 480 in steps of 5, not '\(shown)'")
        }
        return value
    }
}

/// A validated appointment, ready for the diary to check against what is already booked.
public struct AppointmentDetails: Hashable, Sendable {
    public var clientID: Int64
    public var petID: Int64
    public var column: DiaryColumnID
    public var start: LocalDateTime
    public var minutes: Int
    public var kind: AppointmentKind
    public var reason: String
    public var notes: String
    public var followUpOf: Int64?

    public init(clientID: Int64, petID: Int64, column: DiaryColumnID, start: LocalDateTime, minutes: Int,
                kind: AppointmentKind, reason: String, notes: String = "", followUpOf: Int64? = nil) {
        self.clientID = clientID
        self.petID = petID
        self.column = column
        self.start = start
        self.minutes = minutes
        self.kind = kind
        self.reason = reason
        self.notes = notes
        self.followUpOf = followUpOf
    }

    public var end: LocalDateTime { start.adding(minutes: minutes) }
}
