/// The lawful bases of UK GDPR and DPJL Art 6 (a closed list): every activity in the record of
/// processing names exactly one.
public enum LawfulBasis: String, Choice {
    case consent, contract, legalObligation, vitalInterests, publicTask, legitimateInterests

    public var displayName: String {
        switch self {
        case .consent: "Consent"
        case .contract: "Contract"
        case .legalObligation: "Legal obligation"
        case .vitalInterests: "Vital interests"
        case .publicTask: "Public task"
        case .legitimateInterests: "Legitimate interests"
        }
    }

    /// The basis as a notice explains it to a client.
    public var plainWords: String {
        switch self {
        case .consent: "your consent, which you can withdraw at any time"
        case .contract: "our contract with you, to provide the service you asked for"
        case .legalObligation: "a legal obligation we must meet"
        case .vitalInterests: "to protect someone's life"
        case .publicTask: "a task in the public interest"
        case .legitimateInterests: "our legitimate interests, which do not override your rights"
        }
    }

    public static var fieldName: String { "lawful basis" }
}

/// How long an activity's data is kept. The clinical and financial periods are the practice's
/// settings, so the record and the notice never state a period twice.
public enum RetentionRule: String, Choice {
    case clinical, financial, untilWithdrawn, custom

    public var displayName: String {
        switch self {
        case .clinical: "Clinical retention period (settings)"
        case .financial: "Financial retention period (settings)"
        case .untilWithdrawn: "Until consent is withdrawn or the person objects"
        case .custom: "As described"
        }
    }

    public static var fieldName: String { "retention" }

    /// The period in words, from the practice's settings.
    public func text(settings: PracticeSettings, note: String) -> String {
        switch self {
        case .clinical: "\(settings.clinicalRetentionYears) years after the animal was last seen"
        case .financial: "\(settings.financialRetentionYears) years after the transaction (tax law)"
        case .untilWithdrawn: "until consent is withdrawn or the person objects; a do-not-market entry is then kept "
            + "so that they are never contacted again"
        case .custom: note
        }
    }
}

/// One activity of the record of processing as a manager types it, before it is stored.
public struct ProcessingActivityDetails: Hashable, Sendable, Codable {
    public var name: String
    public var purpose: String
    public var lawfulBasis: LawfulBasis
    /// The interest pursued, required when the basis is legitimate interests (and only then).
    public var legitimateInterest: String
    public var peopleCategories: String
    public var dataCategories: String
    /// Kinds of recipient, as the disclosure log names them (`insurer`, `referral` …), comma-separated.
    public var recipientKinds: [String]
    public var recipientsNote: String
    /// Transfers outside the UK and Jersey; empty when there are none.
    public var transfers: String
    public var transferSafeguards: String
    public var retention: RetentionRule
    public var retentionNote: String
    /// Paper records the practice keeps for this activity (where they are filed); empty when none.
    public var paperRecords: String
    public var securityMeasures: String

    public init(name: String, purpose: String, lawfulBasis: LawfulBasis, legitimateInterest: String = "",
                peopleCategories: String, dataCategories: String, recipientKinds: [String] = [], recipientsNote: String = "",
                transfers: String = "", transferSafeguards: String = "", retention: RetentionRule, retentionNote: String = "",
                paperRecords: String = "", securityMeasures: String) {
        self.name = name
        self.purpose = purpose
        self.lawfulBasis = lawfulBasis
        self.legitimateInterest = legitimateInterest
        self.peopleCategories = peopleCategories
        self.dataCategories = dataCategories
        self.recipientKinds = recipientKinds
        self.recipientsNote = recipientsNote
        self.transfers = transfers
        self.transferSafeguards = transferSafeguards
        self.retention = retention
        self.retentionNote = retentionNote
        self.paperRecords = paperRecords
        self.securityMeasures = securityMeasures
    }

    /// The kinds of recipient the disclosure log knows.
    public static let knownRecipientKinds = ["insurer", "practice", "referral", "debtCollector", "regulator", "servicePartner",
                                             "other"]

    /// Refuses an activity a regulator could not read: every field named with its rule.
    public func validated() throws(ValidationErrors) -> ProcessingActivityDetails {
        var check = Validator()
        var result = self
        func text(_ value: String, _ field: String, _ max: Int, required: Bool = true) -> String {
            let checked = check.check { () throws(ValidationError) -> String in
                if required { return try TextRule.required(value, field: field, maxLength: max, lines: .multiple) }
                return try TextRule.optional(value, field: field, maxLength: max, lines: .multiple) ?? ""
            }
            return checked ?? value
        }
        result.name = text(name, "activity", 120)
        result.purpose = text(purpose, "purpose", 1000)
        result.legitimateInterest = text(legitimateInterest, "legitimate interest", 1000, required: false)
        result.peopleCategories = text(peopleCategories, "categories of people", 1000)
        result.dataCategories = text(dataCategories, "categories of data", 1000)
        result.recipientsNote = text(recipientsNote, "recipients note", 1000, required: false)
        result.transfers = text(transfers, "transfers", 1000, required: false)
        result.transferSafeguards = text(transferSafeguards, "transfer safeguards", 1000, required: false)
        result.retentionNote = text(retentionNote, "retention note", 1000, required: false)
        result.paperRecords = text(paperRecords, "paper records", 1000, required: false)
        result.securityMeasures = text(securityMeasures, "security measures", 2000)
        if lawfulBasis == .legitimateInterests, result.legitimateInterest.isEmpty {
            check.add(ValidationError(field: "legitimate interest",
                                      message: "legitimate interest must say which interest is pursued when the basis is legitimate interests"))
        }
        if lawfulBasis != .legitimateInterests, !result.legitimateInterest.isEmpty {
            check.add(ValidationError(field: "legitimate interest",
                                      message: "legitimate interest is given only when the basis is legitimate interests"))
        }
        if !result.transfers.isEmpty, result.transferSafeguards.isEmpty {
            check.add(ValidationError(field: "transfer safeguards",
                                      message: "transfer safeguards must be given for a transfer outside the UK and Jersey"))
        }
        if retention == .custom, result.retentionNote.isEmpty {
            check.add(ValidationError(field: "retention note", message: "retention note must describe the period when retention is 'as described'"))
        }
        for kind in recipientKinds where !Self.knownRecipientKinds.contains(kind) {
            check.add(ValidationError(field: "recipient kinds", message: "recipient kind '\(kind)' is not one of "
                + Self.knownRecipientKinds.joined(separator: ", ")))
        }
        result.recipientKinds = Self.knownRecipientKinds.filter(recipientKinds.contains)
        try check.finish()
        return result
    }
}
