/// A staff member's job, which decides what they may do. Roles are enforced in the core,
/// not just hidden in the UI.
public enum Role: String, Choice {
    case receptionist, vet, manager

    public var displayName: String {
        switch self {
        case .receptionist: "Receptionist"
        case .vet: "Vet"
        case .manager: "Practice manager"
        }
    }

    public static var fieldName: String { "role" }

    /// "a receptionist", "a vet", "a practice manager": for sentences.
    var withArticle: String { "a " + displayName.lowercased() }
}

/// Every business action that is allowed or refused by role.
public enum Permission: String, Choice {
    case viewClient, registerClient, editClient
    case registerPet, editPet, transferPet, correctPetDeath
    case logConsultation, addAddendum
    case editPriceList, draftInvoice, finaliseInvoice, reverseInvoice
    case recordPayment, recordRefund, issueCreditNote, writeOffDebt
    case managePolicies, manageClaims
    case recordConsent, logCommunication, logDisclosure
    case logRequest, workRequest, fulfilRights, runRetention, exportMarketingList
    case manageUsers, manageSites, editSettings, editHolidays, viewAudit, viewTakings, manageBreaches
    case viewDiary, bookAppointment, manageDiary
    case sendReminders

    /// The action as a verb phrase: "write off debt".
    public var displayName: String {
        switch self {
        case .viewClient: "view clients"
        case .registerClient: "register a client"
        case .editClient: "edit a client"
        case .registerPet: "register a pet"
        case .editPet: "edit a pet"
        case .transferPet: "transfer a pet to another client"
        case .correctPetDeath: "correct a recorded death"
        case .logConsultation: "log a consultation"
        case .addAddendum: "add an addendum"
        case .editPriceList: "edit the price list"
        case .draftInvoice: "draft an invoice"
        case .finaliseInvoice: "finalise an invoice"
        case .reverseInvoice: "reverse an invoice"
        case .recordPayment: "record a payment"
        case .recordRefund: "record a refund"
        case .issueCreditNote: "issue a credit note"
        case .writeOffDebt: "write off debt"
        case .managePolicies: "manage insurance policies"
        case .manageClaims: "manage insurance claims"
        case .recordConsent: "record marketing consent"
        case .logCommunication: "log a communication"
        case .logDisclosure: "log a disclosure"
        case .logRequest: "log a data-protection request"
        case .workRequest: "work a data-protection request"
        case .fulfilRights: "carry out a data-protection right"
        case .runRetention: "run the retention review"
        case .exportMarketingList: "export a marketing list"
        case .manageUsers: "manage staff logins"
        case .manageSites: "manage the practice's sites"
        case .editSettings: "edit practice settings"
        case .editHolidays: "edit the holiday table"
        case .viewAudit: "view the audit trail"
        case .viewTakings: "view the takings"
        case .viewDiary: "view the diary"
        case .bookAppointment: "book appointments"
        case .manageDiary: "set the diary's hours, rooms and absences"
        case .manageBreaches: "keep the breach register"
        case .sendReminders: "see and send the recall list"
        }
    }

    public static var fieldName: String { "permission" }
}
