import VetCore

/// The information an access response must carry besides the data itself (UK GDPR Art 15(1)–(2),
/// DPJL Art 28): purposes and bases, categories, recipients, retention, rights, complaints,
/// sources, and automated decision-making.
struct SupplementaryInformation {
    let settings: PracticeSettings
    let sections: [PackSection]

    static let purposes: [(purpose: String, basis: String)] = [
        ("Providing veterinary care to your animals and keeping their clinical records",
         "Contract with you; legal obligation (veterinary record-keeping and medicines rules)"),
        ("Invoicing, taking payment and keeping accounts", "Contract; legal obligation (tax and accounting records)"),
        ("Preparing insurance claims you ask us to make", "Contract; your request"),
        ("Recovering unpaid fees", "Legitimate interests (being paid for work done)"),
        ("Reminders for vaccinations, check-ups and appointments", "Legitimate interests (your animals' health)"),
        ("Marketing of our own services and, where you agreed, others' offers",
         "Your consent, or the soft opt-in for our own similar services; you can refuse at any time"),
        ("Answering data-protection requests and keeping an audit trail", "Legal obligation"),
    ]

    var categories: [String] {
        sections.filter { !$0.rows.isEmpty && $0.table != "audit_entry" }.map { "\($0.title) (\($0.rows.count))" }
    }

    /// Distinct recipients from the disclosure log: who, what kind, what data, why, basis.
    var recipients: [[String]] {
        guard let log = sections.first(where: { $0.table == "disclosure" }) else { return [] }
        var seen = Set<[String]>()
        var result: [[String]] = []
        for row in log.rows {
            let entry = ["recipient", "recipient_kind", "categories", "purpose", "lawful_basis"].map { log.value($0, in: row).text }
            if seen.insert(entry).inserted { result.append(entry) }
        }
        return result
    }

    var retention: [String] {
        ["Clinical records: \(settings.clinicalRetentionYears) years after your animal was last seen.",
         "Financial records: \(settings.financialRetentionYears) years after the transaction (tax law).",
         "Insurance claims: with the financial records they were paid from.",
         "Contact details and notes: while you are a client, then until the periods above have passed; "
            + "then they are anonymised.",
         "Marketing preferences: while you are a client; a do-not-market entry (email and phone only) is kept "
            + "for as long as we market, so that we never contact you again after you object.",
         "Data-protection requests and the audit trail: kept as evidence that we handled your data lawfully."]
    }

    static let rights = [
        "to be told what we hold and to receive a copy (this pack)",
        "to have inaccurate data corrected",
        "to have data erased where we have no reason to keep it",
        "to restrict how we use your data",
        "to object to processing based on legitimate interests, and to object to direct marketing at any time",
        "to receive the data you gave us in a machine-readable form (portability)",
        "to withdraw consent at any time, as easily as you gave it",
    ]

    var complaint: String {
        let contact = settings.dataProtectionContact.isEmpty ? "the practice" : settings.dataProtectionContact
        let regulator = switch settings.region {
        case .jersey: "the Jersey Office of the Information Commissioner (Information Commissioner, "
            + "jerseyoic.org, +44 (0)1534 716530, enquiries@jerseyoic.org)"
        default: settings.region.regulator
        }
        return "You can complain to us first (\(contact)), and you have the right to complain to \(regulator) "
            + "and to seek a remedy through the courts."
    }

    static let sources = [
        "You, when you registered, visited, called or wrote to us.",
        "Our vets and staff, who write consultation notes and records.",
        "Your insurer, about claims we submitted for you.",
        "Other veterinary practices, when a pet's records were transferred or referred.",
        "A previous owner, when a pet's history came with it on transfer.",
    ]

    static let automatedDecisions = "We make no decisions about you by automated means, and we do no profiling."
}
