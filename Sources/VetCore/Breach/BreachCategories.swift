/// What kinds of personal data a breach touched: a closed set, so the register can be read
/// and counted, and the regulator's form answered, without re-reading every description.
public enum BreachDataCategory: String, Choice {
    case contactDetails, clinical, financial, insurance, requests, marketing, communications, logins, specialCategory, other

    public var displayName: String {
        switch self {
        case .contactDetails: "Contact details"
        case .clinical: "Pets and clinical records"
        case .financial: "Invoices and payments"
        case .insurance: "Insurance and claims"
        case .requests: "Data-protection requests"
        case .marketing: "Marketing preferences"
        case .communications: "Messages and calls"
        case .logins: "Staff logins"
        case .specialCategory: "Special category data"
        case .other: "Other"
        }
    }

    public static var fieldName: String { "data categories" }
}

/// Whose data a breach touched.
public enum BreachPeopleCategory: String, Choice {
    case clients, formerClients, staff, suppliers, otherPeople

    public var displayName: String {
        switch self {
        case .clients: "Clients"
        case .formerClients: "Former clients"
        case .staff: "Staff"
        case .suppliers: "Suppliers and contacts"
        case .otherPeople: "Other people"
        }
    }

    public static var fieldName: String { "people categories" }
}

/// The decision whether the regulator must be told.
public enum BreachReporting: String, Choice {
    case undecided, report, notReportable

    public var displayName: String {
        switch self {
        case .undecided: "Not yet decided"
        case .report: "Report"
        case .notReportable: "Not reportable"
        }
    }

    public static var fieldName: String { "decision" }
}

/// Several choices typed as one comma-separated text, or stored as comma-separated raw values.
public enum ChoiceList {
    /// Parses "clinical, contact details" into choices (each as `Choice.parse` accepts it, no
    /// repeats, in the set's own order); an empty text is an empty list.
    public static func parse<C: Choice>(_ text: String, as type: C.Type, field: String) throws(ValidationError) -> [C] {
        var chosen: Set<C> = []
        for part in text.split(separator: ",") where !ValueText.trimmed(String(part)).isEmpty {
            chosen.insert(try C.parse(String(part), field: field))
        }
        return C.allCases.filter { chosen.contains($0) }
    }

    /// The stored form: raw values joined by commas.
    public static func stored<C: Choice>(_ choices: [C]) -> String { choices.map(\.rawValue).joined(separator: ",") }

    /// Reads the stored form, skipping anything no longer known.
    public static func read<C: Choice>(_ stored: String, as type: C.Type) -> [C] {
        stored.split(separator: ",").compactMap { C(rawValue: String($0)) }
    }

    /// "Contact details, Pets and clinical records".
    public static func text<C: Choice>(_ choices: [C]) -> String { choices.map(\.displayName).joined(separator: ", ") }
}
