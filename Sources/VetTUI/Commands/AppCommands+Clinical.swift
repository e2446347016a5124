import TUIKit
import VetCore

/// The vet, money and insurance commands: consultations, pet history, invoices, the account,
/// policies and claims. Each names the permission it needs, so the bar and help show it
/// disabled with the reason for a role that may not use it (and the store refuses it anyway).
extension AppCommands.ID {
    static let claimsList = "app.claimsList"
    static let openRecordRow = "record.open"
    static let newConsultation = "record.newConsultation"
    static let petPolicies = "record.policies"
    static let account = "record.account"
    static let addTreatment = "consultation.addTreatment"
    static let removeTreatment = "consultation.removeTreatment"
    static let addAddendum = "consultation.addAddendum"
    static let historySearch = "history.search"
    static let addInvoiceLine = "invoice.addLine"
    static let removeInvoiceLine = "invoice.removeLine"
    static let finaliseInvoice = "invoice.finalise"
    static let reverseInvoice = "invoice.reverse"
    static let deleteDraft = "invoice.deleteDraft"
    static let counterSale = "account.counterSale"
    static let closeClaim = "claim.close"
    static let takePayment = "money.payment"
    static let openInvoice = "account.openInvoice"
    static let refund = "account.refund"
    static let creditNote = "account.creditNote"
    static let writeOff = "account.writeOff"
    static let addPolicy = "policies.add"
    static let newClaim = "policies.newClaim"
    static let toggleClaimLine = "newClaim.toggleLine"
    static let submitClaim = "claim.submit"
    static let moveClaim = "claim.move"
    static let paperCopy = "claim.paperCopy"
    static let openClaim = "claims.open"
    static let claimStatusFilter = "claims.statusFilter"
    static let claimInsurerFilter = "claims.insurerFilter"
    static let claimChaseFilter = "claims.chaseFilter"
}

extension AppCommands.ScreenID {
    static let consultation = "consultation"
    static let consultationView = "consultationView"
    static let petHistory = "petHistory"
    static let actionForm = "actionForm"
    static let invoice = "invoice"
    static let account = "account"
    static let policies = "policies"
    static let newClaim = "newClaim"
    static let claim = "claim"
    static let claimsList = "claimsList"
}

extension AppCommands {
    /// The record's own additions: opening what a pane lists, and the clinical and money screens.
    /// They stay off the record's bar (it is full at 80 columns); help lists them.
    static let clinicalRecordCommandIDs = [ID.openRecordRow, ID.newConsultation, ID.petPolicies, ID.account]

    static let clinicalScreens: [ScreenCommands] = [
        ScreenCommands(id: ScreenID.consultation, title: "Consultation",
                       commandIDs: [ID.save, ID.addTreatment, ID.removeTreatment, ID.nextField, ID.previousField]),
        ScreenCommands(id: ScreenID.consultationView, title: "Consultation note", commandIDs: [ID.addAddendum]),
        ScreenCommands(id: ScreenID.petHistory, title: "Pet history",
                       commandIDs: [PriceListID.addAllergy, ID.historySearch]),
        ScreenCommands(id: ScreenID.actionForm, title: "Money and insurance form",
                       commandIDs: [ID.save, ID.nextField, ID.previousField]),
        ScreenCommands(id: ScreenID.draftInvoice, title: "Draft invoice",
                       commandIDs: [ID.finaliseInvoice, ID.addInvoiceLine, ID.removeInvoiceLine, ID.deleteDraft]),
        ScreenCommands(id: ScreenID.invoice, title: "Invoice",
                       commandIDs: [ID.printDocument, ID.takePayment, ID.reverseInvoice]),
        ScreenCommands(id: ScreenID.account, title: "Account",
                       commandIDs: [ID.openInvoice, ID.takePayment, ID.counterSale, ID.printDocument, ID.refund, ID.creditNote,
                                    ID.writeOff]),
        ScreenCommands(id: ScreenID.policies, title: "Insurance policies", commandIDs: [ID.addPolicy, ID.newClaim]),
        ScreenCommands(id: ScreenID.newClaim, title: "New claim",
                       commandIDs: [ID.save, ID.nextField, ID.previousField, ID.toggleClaimLine]),
        ScreenCommands(id: ScreenID.claim, title: "Claim", commandIDs: [ID.submitClaim, ID.moveClaim, ID.closeClaim, ID.paperCopy]),
        ScreenCommands(id: ScreenID.claimsList, title: "Claims list",
                       commandIDs: [ID.openClaim, ID.claimStatusFilter, ID.claimInsurerFilter, ID.claimChaseFilter]),
    ]

    static let clinicalCommands: [Command] = clinicalNavigation + vetCommands + moneyCommands + insuranceCommands

    private static func needing(_ permission: Permission) -> String { permission.rawValue }

    private static let clinicalNavigation: [Command] = [
        Command(id: ID.claimsList, title: "Insurance claims list", group: "Everywhere",
                keys: [.function(11), .character("l")], permission: needing(.manageClaims)),
        Command(id: ID.openRecordRow, title: "Open the selected pet's history, visit, account entry or claim; "
                    + "in other panes, show the row in full",
                group: "Client", keys: [.enter], permission: needing(.viewClient)),
        Command(id: ID.newConsultation, title: "Log a consultation for the selected pet", group: "Client",
                keys: [.character("v")], permission: needing(.logConsultation)),
        Command(id: ID.petPolicies, title: "Insurance policies of the selected pet", group: "Client",
                keys: [.character("i")], permission: needing(.viewClient)),
        Command(id: ID.account, title: "Account: invoices, payments, statement and aged debt", group: "Client",
                keys: [.character("a")], permission: needing(.viewClient)),
    ]

    private static let vetCommands: [Command] = [
        Command(id: ID.addTreatment, title: "Add a treatment from the price list", group: "Consultation",
                keys: [.function(5), .character("t"), .ctrl("t")], barLabel: "Treatment", barPriority: 1,
                permission: needing(.logConsultation)),
        Command(id: ID.removeTreatment, title: "Remove the last treatment line", group: "Consultation",
                keys: [.function(6), .character("x"), .ctrl("x")], barLabel: "Remove", barPriority: 3,
                permission: needing(.logConsultation)),
        Command(id: ID.addAddendum, title: "Add a dated, signed addendum", group: "Consultation",
                keys: [.function(7), .character("a")], barLabel: "Addendum", barPriority: 1,
                permission: needing(.addAddendum)),
        Command(id: ID.historySearch, title: "Search the history (/ also works; n finds the next match)",
                group: "Pet history", keys: [.ctrl("f")], barLabel: "Search", barPriority: 2,
                permission: needing(.viewClient)),
    ]

    private static let moneyCommands: [Command] = [
        Command(id: ID.finaliseInvoice, title: "Finalise: number the invoice and put it on the account", group: "Invoice",
                keys: [.function(2), .character("f")], barLabel: "Finalise", barPriority: 1,
                permission: needing(.finaliseInvoice),
                confirm: "Finalise this invoice? It is numbered and put on the client's account, and it cannot "
                    + "be edited afterwards (only reversed)."),
        Command(id: ID.addInvoiceLine, title: "Add a line from the price list", group: "Invoice",
                keys: [.function(5), .character("t")], barLabel: "Add line", barPriority: 2, permission: needing(.draftInvoice)),
        Command(id: ID.removeInvoiceLine, title: "Remove the selected line", group: "Invoice",
                keys: [.function(6), .character("x")], barLabel: "Remove", barPriority: 3, permission: needing(.draftInvoice)),
        Command(id: ID.reverseInvoice, title: "Reverse this finalised invoice", group: "Invoice",
                keys: [.function(8), .character("v")], barLabel: "Reverse", barPriority: 4, isDestructive: true,
                permission: needing(.reverseInvoice)),
        Command(id: ID.deleteDraft, title: "Delete this draft invoice (nothing goes on the account)", group: "Invoice",
                keys: [.function(4), .character("d")], barLabel: "Delete", barPriority: 5, isDestructive: true,
                permission: needing(.draftInvoice)),
        Command(id: ID.counterSale, title: "Counter sale: pick from the price list, then check out", group: "Money",
                keys: [.function(2), .character("n")], barLabel: "Sale", barPriority: 2, permission: needing(.draftInvoice)),
        Command(id: ID.takePayment, title: "Take a payment", group: "Money",
                keys: [.function(7), .character("p")], barLabel: "Payment", barPriority: 1,
                permission: needing(.recordPayment)),
        Command(id: ID.openInvoice, title: "Open the selected invoice", group: "Money",
                keys: [.enter], barLabel: "Open", barPriority: 2, permission: needing(.viewClient)),
        Command(id: ID.refund, title: "Refund money held in credit", group: "Money",
                keys: [.function(5), .character("u")], barLabel: "Refund", barPriority: 3, permission: needing(.recordRefund)),
        Command(id: ID.creditNote, title: "Issue a credit note", group: "Money",
                keys: [.function(6), .character("c")], barLabel: "Credit", barPriority: 3,
                permission: needing(.issueCreditNote)),
        Command(id: ID.writeOff, title: "Write off bad debt", group: "Money",
                keys: [.function(8), .character("w")], barLabel: "Write off", barPriority: 3,
                permission: needing(.writeOffDebt),
                confirm: "Write off bad debt? The amount you enter next is taken off what the client owes "
                    + "for good; it cannot be undone."),
    ]

    private static let insuranceCommands: [Command] = [
        Command(id: ID.addPolicy, title: "Add a policy", group: "Insurance",
                keys: [.function(2), .character("n")], barLabel: "New policy", barPriority: 1,
                permission: needing(.managePolicies)),
        Command(id: ID.newClaim, title: "New claim on the selected policy", group: "Insurance",
                keys: [.function(5), .character("c")], barLabel: "New claim", barPriority: 1,
                permission: needing(.manageClaims)),
        Command(id: ID.toggleClaimLine, title: "Tick or untick the highlighted invoice line", group: "Insurance",
                keys: [.character(" ")]),
        Command(id: ID.submitClaim, title: "Submit to the insurer (records the disclosure)", group: "Insurance",
                keys: [.function(2), .character("s")], barLabel: "Submit", barPriority: 1, permission: needing(.manageClaims)),
        Command(id: ID.moveClaim, title: "Record the insurer's answer or another status", group: "Insurance",
                keys: [.function(5), .character("m")], barLabel: "Status", barPriority: 1, permission: needing(.manageClaims)),
        Command(id: ID.closeClaim, title: "Close a part-paid claim: the insurer will pay no more", group: "Insurance",
                keys: [.function(7), .character("c")], barLabel: "Close", barPriority: 3, isDestructive: true,
                permission: needing(.manageClaims)),
        Command(id: ID.paperCopy, title: "Where the paper copy is filed", group: "Insurance",
                keys: [.function(6), .character("f")], barLabel: "Paper copy", barPriority: 2,
                permission: needing(.manageClaims)),
        Command(id: ID.openClaim, title: "Open the selected claim", group: "Insurance",
                keys: [.enter], barLabel: "Open", barPriority: 1, permission: needing(.manageClaims)),
        Command(id: ID.claimStatusFilter, title: "Filter by status (cycles)", group: "Insurance",
                keys: [.function(5), .character("f")], barLabel: "Status", barPriority: 2),
        Command(id: ID.claimInsurerFilter, title: "Filter by insurer (cycles)", group: "Insurance",
                keys: [.function(6), .character("i")], barLabel: "Insurer", barPriority: 2),
        Command(id: ID.claimChaseFilter, title: "Only claims submitted more than 30 days ago", group: "Insurance",
                keys: [.function(7), .character("o")], barLabel: "Over 30 days", barPriority: 3),
    ]
}

extension AppCommands.ID {
    static let takings = "app.takings"
    static let takingsSite = "takings.site"
    static let takingsPeriod = "takings.period"
    static let takingsEarlier = "takings.earlier"
    static let takingsLater = "takings.later"
    static let takingsToday = "takings.today"
}

extension AppCommands.ScreenID {
    static let takings = "takings"
}

extension AppCommands {
    static let takingsScreens = [
        ScreenCommands(id: ScreenID.takings, title: "Takings",
                       commandIDs: [ID.takingsSite, ID.takingsPeriod, ID.takingsEarlier, ID.takingsLater, ID.takingsToday]),
    ]

    /// Cashing up: reachable from everywhere by those who take money.
    static let takingsCommands: [Command] = [
        Command(id: ID.takings, title: "Takings: payments less refunds by day, site and method", group: "Everywhere",
                keys: [.ctrl("b"), .character("$")], permission: Permission.viewTakings.rawValue),
        Command(id: ID.takingsSite, title: "Show another site, or every site", group: "Takings",
                keys: [.function(5), .character("s")], barLabel: "Site", barPriority: 1),
        Command(id: ID.takingsPeriod, title: "Show a day, a week or a month", group: "Takings",
                keys: [.function(6), .character("p")], barLabel: "Period", barPriority: 2),
        Command(id: ID.takingsEarlier, title: "The period before", group: "Takings",
                keys: [.left, .character("[")], barLabel: "Earlier", barPriority: 3),
        Command(id: ID.takingsLater, title: "The period after", group: "Takings",
                keys: [.right, .character("]")], barLabel: "Later", barPriority: 4),
        Command(id: ID.takingsToday, title: "Back to today", group: "Takings", keys: [.character("t")]),
    ]
}
