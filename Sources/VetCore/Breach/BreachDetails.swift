import Foundation

/// A breach as a manager types it: the facts of what happened. Times are typed as the
/// practice's local `YYYY-MM-DD HH:MM` and stored as instants.
public struct BreachDetails: Hashable, Sendable {
    /// When it happened; empty when not known.
    public var occurredAt: String
    /// True when `occurredAt` is an estimate.
    public var occurredApproximate: Bool
    /// When the practice became aware: the 72 hours run from here.
    public var awareAt: String
    /// Login of the person who found it; empty means the person logging it (or, on a change, whoever was recorded).
    public var foundBy: String
    public var whatHappened: String
    /// Comma-separated `BreachDataCategory` names.
    public var dataCategories: String
    /// Comma-separated `BreachPeopleCategory` names.
    public var peopleCategories: String
    public var peopleCount: String
    public var recordCount: String
    public var consequences: String
    public var measures: String
    /// Comma-separated client numbers of the clients affected.
    public var clients: String

    public init(occurredAt: String = "", occurredApproximate: Bool = false, awareAt: String, foundBy: String = "",
                whatHappened: String, dataCategories: String = "", peopleCategories: String = "",
                peopleCount: String = "", recordCount: String = "", consequences: String = "", measures: String = "",
                clients: String = "") {
        self.occurredAt = occurredAt
        self.occurredApproximate = occurredApproximate
        self.awareAt = awareAt
        self.foundBy = foundBy
        self.whatHappened = whatHappened
        self.dataCategories = dataCategories
        self.peopleCategories = peopleCategories
        self.peopleCount = peopleCount
        self.recordCount = recordCount
        self.consequences = consequences
        self.measures = measures
        self.clients = clients
    }

    public static let textLimit = 2000
    public static let countLimit = 100_000_000

    /// Checks every field, reporting all that are wrong at once: times must be real, not in the
    /// future, and the practice cannot have become aware before the breach happened.
    public func validated(now: Date, zone: TimeZone) throws(ValidationErrors) -> ValidBreachDetails {
        var check = Validator()
        let aware = check.check { () throws(ValidationError) in
            try BreachTime.past(awareAt, field: "aware at", now: now, zone: zone)
        }
        let occurred = check.check { () throws(ValidationError) -> Date? in
            ValueText.trimmed(occurredAt).isEmpty ? nil : try BreachTime.past(occurredAt, field: "occurred at", now: now, zone: zone)
        }
        if let aware, let occurred = occurred ?? nil, aware < occurred {
            check.add(ValidationError(field: "aware at", message: "aware at \(LocalInstant.text(aware, in: zone)) is before "
                + "occurred at \(LocalInstant.text(occurred, in: zone)); the practice cannot know of a breach before it happens"))
        }
        let what = check.check { () throws(ValidationError) in
            try TextRule.required(whatHappened, field: "what happened", maxLength: Self.textLimit, lines: .multiple)
        }
        let data = check.check { () throws(ValidationError) in
            try ChoiceList.parse(dataCategories, as: BreachDataCategory.self, field: "data categories")
        }
        let people = check.check { () throws(ValidationError) in
            try ChoiceList.parse(peopleCategories, as: BreachPeopleCategory.self, field: "people categories")
        }
        let peopleNumber = check.check { () throws(ValidationError) in try Self.count(peopleCount, field: "number of people") }
        let recordNumber = check.check { () throws(ValidationError) in try Self.count(recordCount, field: "number of records") }
        let consequenceText = check.check { () throws(ValidationError) in
            try TextRule.optional(consequences, field: "likely consequences", maxLength: Self.textLimit, lines: .multiple)
        }
        let measureText = check.check { () throws(ValidationError) in
            try TextRule.optional(measures, field: "measures taken", maxLength: Self.textLimit, lines: .multiple)
        }
        let finder = check.check { () throws(ValidationError) in
            try TextRule.optional(foundBy, field: "found by", maxLength: 60)
        }
        let clientIDs = check.check { () throws(ValidationError) in try Self.clientNumbers(clients) }
        try check.finish()
        return ValidBreachDetails(
            occurredAt: occurred ?? nil, occurredApproximate: occurredApproximate && (occurred ?? nil) != nil,
            awareAt: aware ?? now, foundBy: finder ?? nil, whatHappened: what ?? "", dataCategories: data ?? [],
            peopleCategories: people ?? [], peopleCount: peopleNumber ?? nil, recordCount: recordNumber ?? nil,
            consequences: (consequenceText ?? nil) ?? "", measures: (measureText ?? nil) ?? "", clientIDs: clientIDs ?? [])
    }

    /// An approximate number: empty, or a whole number from 0 up to the limit.
    static func count(_ text: String, field: String) throws(ValidationError) -> Int? {
        let typed = ValueText.trimmed(text).replacingOccurrences(of: ",", with: "")
        if typed.isEmpty { return nil }
        guard ValueText.isDigits(typed), typed.count <= 9, let value = Int(typed), value <= countLimit else {
            throw ValidationError(field: field, message: "\(field) '\(ValueText.trimmed(text))' must be a whole number "
                + "from 0 to \(ValueText.grouped(countLimit))")
        }
        return value
    }

    /// "12, 40": client numbers, each a positive whole number.
    static func clientNumbers(_ text: String) throws(ValidationError) -> [Int64] {
        var numbers: [Int64] = []
        for part in text.split(whereSeparator: { $0 == "," || $0 == " " }) {
            guard ValueText.isDigits(part), part.count <= 15, let number = Int64(part), number > 0 else {
                throw ValidationError(field: "clients", message: "clients: '\(part)' is not a client number; "
                    + "give client numbers separated by commas")
            }
            if !numbers.contains(number) { numbers.append(number) }
        }
        return numbers
    }
}

/// A breach's facts as stored.
public struct ValidBreachDetails: Hashable, Sendable {
    public var occurredAt: Date?
    public var occurredApproximate: Bool
    public var awareAt: Date
    public var foundBy: String?
    public var whatHappened: String
    public var dataCategories: [BreachDataCategory]
    public var peopleCategories: [BreachPeopleCategory]
    public var peopleCount: Int?
    public var recordCount: Int?
    public var consequences: String
    public var measures: String
    public var clientIDs: [Int64]
}

/// Typed times of a breach.
public enum BreachTime {
    /// The instant `text` names in `zone`, refused when it is after `now`.
    public static func past(_ text: String, field: String, now: Date, zone: TimeZone) throws(ValidationError) -> Date {
        let instant = try LocalDateTime(parsing: text, field: field).instant(in: zone)
        if instant > now {
            throw ValidationError(field: field, message: "\(field) \(LocalInstant.text(instant, in: zone)) is in the future; "
                + "it is now \(LocalInstant.text(now, in: zone))")
        }
        return instant
    }

    /// As `past`, and not before `aware` (nothing is reported or told before the practice knew).
    public static func afterAware(_ text: String, field: String, aware: Date, now: Date,
                                  zone: TimeZone) throws(ValidationError) -> Date {
        let instant = try past(text, field: field, now: now, zone: zone)
        if instant < aware {
            throw ValidationError(field: field, message: "\(field) \(LocalInstant.text(instant, in: zone)) is before the "
                + "practice became aware (\(LocalInstant.text(aware, in: zone)))")
        }
        return instant
    }
}
