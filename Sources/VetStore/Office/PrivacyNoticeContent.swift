import VetCore

/// The practice's privacy notice as headed sections, built only from the record of processing
/// and the settings, so that the notice cannot say what the record does not.
public struct PrivacyNoticeContent: Sendable, Hashable {
    public struct Section: Sendable, Hashable {
        public var heading: String
        public var paragraphs: [String]
        public var bullets: [String]
    }

    public var title: String
    public var sections: [Section]

    public init(record: ProcessingRecord) {
        let settings = record.settings
        let law = RegionLaw(region: settings.region)
        let contact = settings.dataProtectionContact.isEmpty ? settings.name : settings.dataProtectionContact
        let place = settings.region == .jersey ? "Jersey" : "the UK"
        title = "\(settings.name): how we use your personal data"
        var sections: [Section] = []
        sections.append(Section(heading: "Who we are", paragraphs: [
            "\(settings.name)\(settings.address.isEmpty ? "" : ", \(settings.address),") is the controller of your personal "
                + "data under \(law.law). To ask about your data or to exercise your rights, contact \(contact).",
        ], bullets: []))
        sections.append(Section(heading: "What we collect and why", paragraphs: [
            "For each thing we do with personal data: why, about whom, what data, and the lawful basis we rely on.",
        ], bullets: record.activities.map { activity in
            let basis = activity.lawfulBasis == .legitimateInterests
                ? "\(activity.lawfulBasis.plainWords): \(activity.legitimateInterest)"
                : activity.lawfulBasis.plainWords
            return "\(activity.name): \(activity.purpose). About: \(activity.peopleCategories). Data: \(activity.dataCategories). "
                + "Lawful basis: \(activity.lawfulBasis.displayName) (\(basis))."
        }))
        var recipients = record.recipientKinds.map { kind in
            let notes = record.activities.filter { $0.recipientKindList.contains(kind) && !$0.recipientsNote.isEmpty }
            return RecipientKindName.plural(kind) + (notes.isEmpty ? "" : " (\(notes.map(\.name).joined(separator: ", ")))")
        }
        if recipients.isEmpty { recipients = ["No one outside the practice."] }
        let transfers = record.activities.filter { !$0.transfers.isEmpty }
        sections.append(Section(heading: "Who receives it", paragraphs: [
            "We share personal data only as the record of our processing lists. We send it to:",
        ] , bullets: recipients + (transfers.isEmpty
            ? ["We do not transfer your personal data outside \(place)."]
            : transfers.map { "Transfer outside \(place) for \($0.name.lowercased()): \($0.transfers), protected by \($0.transferSafeguards)." })))
        sections.append(Section(heading: "How long we keep it", paragraphs: [
            "After these periods your data is anonymised or deleted:",
        ], bullets: record.activities.map { "\($0.name): \(record.retentionText($0))." }))
        let paper = record.activities.filter { !$0.paperRecords.isEmpty }
        if !paper.isEmpty {
            sections.append(Section(heading: "Paper records", paragraphs: [
                "Some records are also kept on paper, with the same protection and for the same periods:",
            ], bullets: paper.map { "\($0.name): \($0.paperRecords)." }))
        }
        sections.append(Section(heading: "Your rights", paragraphs: [
            "You have these rights, free of charge in most cases. We answer within \(law.timeLimit), or tell you within "
                + "that time if we need \(law.extensionPeriod):",
        ], bullets: Self.rights))
        sections.append(Section(heading: "Withdrawing consent", paragraphs: [
            "Where we rely on your consent (such as marketing emails and texts), you can withdraw it at any time, as easily "
                + "as you gave it: tell us at the desk, by phone, or by replying to any message. Withdrawing does not affect "
                + "what we did before.",
        ], bullets: []))
        sections.append(Section(heading: "Complaints", paragraphs: [
            "Please tell us first (\(contact)) and we will try to put things right. You have the right to complain to "
                + "\(law.regulator), and to seek a remedy through \(law.court).",
        ], bullets: []))
        sections.append(Section(heading: "Automated decisions", paragraphs: [
            "We make no decisions about you by automated means, and we do no profiling.",
        ], bullets: []))
        self.sections = sections
    }

    static let rights = [
        "Access: to be told what we hold about you and to receive a copy.",
        "Rectification: to have inaccurate data corrected and incomplete data completed.",
        "Erasure: to have your data deleted where we have no reason to keep it.",
        "Restriction: to have us keep your data but stop using it while a question is settled.",
        "Objection: to object to what we do on the basis of legitimate interests, and to stop direct marketing at any time.",
        "Portability: to receive the data you gave us in a machine-readable form, or have it sent to someone else.",
        "Not to be subject to decisions made only by automated means.",
    ]
}

extension RecipientKindName {
    /// The kind as a notice lists it: "insurers", "debt collectors".
    public static func plural(_ kind: String) -> String {
        switch kind {
        case "insurer": "Insurers"
        case "practice": "Other veterinary practices"
        case "referral": "Referral centres"
        case "debtCollector": "Debt collectors"
        case "regulator": "Regulators and authorities"
        case "servicePartner": "Service partners"
        default: "Other recipients"
        }
    }
}
