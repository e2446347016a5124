import VetCore

/// How the law of the practice's region is named in letters and notices: the statute, the
/// time limit and its extension, the regulator a person may complain to, and the court.
struct RegionLaw {
    let region: PracticeRegion

    var law: String {
        switch region {
        case .jersey: "the Data Protection (Jersey) Law 2018"
        case .eu: "the General Data Protection Regulation"
        default: "the UK General Data Protection Regulation and the Data Protection Act 2018"
        }
    }

    var timeLimit: String { region.usesCalendarMonths ? "one month" : "four weeks" }

    var extensionPeriod: String { region.usesCalendarMonths ? "a further two months" : "a further eight weeks" }

    /// The regulator with how to reach it.
    var regulator: String {
        switch region {
        case .jersey: "the Jersey Office of the Information Commissioner, for the Jersey Data Protection Authority "
            + "(jerseyoic.org, +44 (0)1534 716530, enquiries@jerseyoic.org)"
        default: region.regulator
        }
    }

    /// The regulator's short name, as a notice's heading or a test names it.
    var regulatorName: String {
        switch region {
        case .jersey: "Jersey Office of the Information Commissioner"
        case .eu: "supervisory authority"
        default: "Information Commissioner's Office"
        }
    }

    var court: String { region == .jersey ? "the Royal Court of Jersey" : "the courts" }
}
