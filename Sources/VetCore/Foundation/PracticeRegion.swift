/// Where the practice is: selects the data-protection law and the holiday calendar.
public enum PracticeRegion: String, CaseIterable, Codable, Sendable {
    case englandWales = "england-wales"
    case scotland
    case northernIreland = "northern-ireland"
    case jersey
    case eu

    /// Jersey counts four weeks; the UK and EU count calendar months.
    public var usesCalendarMonths: Bool { self != .jersey }

    public var displayName: String {
        switch self {
        case .englandWales: "England and Wales"
        case .scotland: "Scotland"
        case .northernIreland: "Northern Ireland"
        case .jersey: "Jersey"
        case .eu: "European Union"
        }
    }

    /// The supervisory authority a person may complain to.
    public var regulator: String {
        switch self {
        case .jersey: "the Jersey Office of the Information Commissioner (jerseyoic.org)"
        case .eu: "the data protection supervisory authority of your member state"
        default: "the Information Commissioner's Office (ico.org.uk, 0303 123 1113)"
        }
    }

    /// Parses a region name, with a message listing the valid names.
    public static func parse(_ text: String) throws(ValidationError) -> PracticeRegion {
        if let region = PracticeRegion(rawValue: text.lowercased()) { return region }
        let names = allCases.map(\.rawValue).joined(separator: ", ")
        throw ValidationError(field: "region", message: "region '\(text)' is not known; use one of \(names)")
    }
}
