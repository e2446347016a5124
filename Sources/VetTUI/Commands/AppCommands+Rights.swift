import TUIKit
import VetCore

/// The manager's data-protection tools: the retention review, the marketing-list export and the
/// rights carried out from a request. Each names its permission, so other roles see it disabled
/// with the reason in the bar and help, and the store refuses it anyway.
extension AppCommands {
    /// Command ids of the data-protection tools.
    enum RightsID {
        static let retention = "manager.retention"
        static let marketingExport = "manager.marketingExport"
        static let anonymise = "retention.anonymise"
        static let tick = "retention.tick"
        static let tickAll = "retention.tickAll"
        static let writeList = "marketing.write"
        static let nextChannel = "marketing.channel"
        static let nextPurpose = "marketing.purpose"
        static let softOptInPeriod = "marketing.softOptInPeriod"
        static let addWording = "marketing.addWording"
        static let accessPack = "rights.accessPack"
        static let portability = "rights.portability"
        static let rectify = "rights.rectify"
        static let recipients = "rights.recipients"
        static let erase = "rights.erase"
        static let restrict = "rights.restrict"
        static let liftRestriction = "rights.liftRestriction"
        static let objectToMarketing = "rights.objectToMarketing"
        static let objectToProcessing = "rights.objectToProcessing"
        static let decideObjection = "rights.decideObjection"
        static let markTold = "recipients.markTold"
        static let redactHit = "freeText.redact"
        static let redactAllHits = "freeText.redactAll"
        static let keepHit = "freeText.keep"
        static let carryOut = "freeText.carryOut"
        static let keepRequester = "freeText.keepRequester"
    }

    /// Screen ids of the data-protection tools.
    enum RightsScreenID {
        static let retention = "retention"
        static let marketingExport = "marketingExport"
        static let rightsForm = "rightsForm"
        static let rightsPage = "rightsPage"
        static let recipients = "recipients"
        static let freeTextReview = "freeTextReview"
    }

    /// The rights offered on the request detail screen, in help order. They stay off its bar,
    /// which is full at 80 columns; the page lists them with their keys.
    static let requestRightsCommandIDs = [
        RightsID.accessPack, RightsID.portability, RightsID.rectify, RightsID.recipients, RightsID.erase,
        RightsID.restrict, RightsID.liftRestriction, RightsID.objectToMarketing, RightsID.objectToProcessing,
        RightsID.decideObjection,
    ]

    private static func rights(_ permission: Permission) -> String { permission.rawValue }

    static let rightsCommands: [Command] = rightsMenu + rightsTools + requestRights

    private static let rightsMenu: [Command] = [
        Command(id: RightsID.retention, title: "Retention review", group: "Manager",
                keys: [.character("t")], permission: rights(.runRetention)),
        Command(id: RightsID.marketingExport, title: "Marketing list export", group: "Manager",
                keys: [.character("m")], permission: rights(.exportMarketingList)),
    ]

    private static let rightsTools: [Command] = [
        Command(id: RightsID.anonymise, title: "Anonymise the ticked items (asks twice)", group: "Retention",
                keys: [.function(8), .character("x")], barLabel: "Anonymise", barPriority: 1, isDestructive: true,
                permission: rights(.runRetention)),
        Command(id: RightsID.tick, title: "Tick or untick the selected item", group: "Retention",
                keys: [.character(" ")], barLabel: "Tick", barPriority: 1, permission: rights(.runRetention)),
        Command(id: RightsID.tickAll, title: "Tick every item due and not held (again: untick all)", group: "Retention",
                keys: [.character("a")], barLabel: "Tick all", barPriority: 1, permission: rights(.runRetention)),
        Command(id: RightsID.writeList, title: "Write the list to a CSV file readable only by you", group: "Marketing",
                keys: [.function(2), .character("w")], barLabel: "Write CSV", barPriority: 1, isDestructive: true,
                permission: rights(.exportMarketingList)),
        Command(id: RightsID.nextChannel, title: "Next channel (email, SMS, post, phone)", group: "Marketing",
                keys: [.function(5), .character("c")], barLabel: "Channel", barPriority: 2),
        Command(id: RightsID.nextPurpose, title: "Next purpose (practice's own, third-party)", group: "Marketing",
                keys: [.function(6), .character("p")], barLabel: "Purpose", barPriority: 2),
        Command(id: RightsID.softOptInPeriod, title: "Set how many months with no sale a soft opt-in lasts", group: "Marketing",
                keys: [.character("o")], permission: rights(.editSettings)),
        Command(id: RightsID.addWording, title: "Add a new version of the consent wording", group: "Marketing",
                keys: [.character("v")], permission: rights(.editSettings)),
        Command(id: RightsID.markTold, title: "Mark the selected recipient told, with the date", group: "Rights",
                keys: [.function(5), .character("t"), .enter], barLabel: "Told", barPriority: 1,
                permission: rights(.fulfilRights)),
        Command(id: RightsID.redactHit, title: "Redact the selected match (it becomes [redacted])", group: "Names in kept records",
                keys: [.character("d")], barLabel: "Redact", barPriority: 1),
        Command(id: RightsID.redactAllHits, title: "Redact every undecided match", group: "Names in kept records",
                keys: [.character("a")], barLabel: "Redact all", barPriority: 1),
        Command(id: RightsID.keepHit, title: "Keep the selected match or microchip, with a reason", group: "Names in kept records",
                keys: [.character("k")], barLabel: "Keep", barPriority: 1),
        Command(id: RightsID.keepRequester, title: "Keep the requester's name on the register after the response (date and reason)",
                group: "Names in kept records", keys: [.character("n")], barLabel: "Requester", barPriority: 2),
        Command(id: RightsID.carryOut, title: "Carry out the erasure or anonymisation with these decisions",
                group: "Names in kept records", keys: [.function(8), .character("g")], barLabel: "Go on", barPriority: 1, isDestructive: true),
    ]

    private static let requestRights: [Command] = [
        Command(id: RightsID.accessPack, title: "Write the access pack into a folder", group: "Rights",
                keys: [.character("p")], permission: rights(.fulfilRights)),
        Command(id: RightsID.portability, title: "Write the portability export (JSON and CSV)", group: "Rights",
                keys: [.character("P")], permission: rights(.fulfilRights)),
        Command(id: RightsID.rectify, title: "Rectify contact details, then tell recipients", group: "Rights",
                keys: [.character("e")], permission: rights(.fulfilRights)),
        Command(id: RightsID.recipients, title: "Recipients to tell of a correction or erasure", group: "Rights",
                keys: [.character("t")], permission: rights(.fulfilRights)),
        Command(id: RightsID.erase, title: "Erase the client's data (asks first)", group: "Rights",
                keys: [.character("E")], isDestructive: true, permission: rights(.fulfilRights)),
        Command(id: RightsID.restrict, title: "Restrict processing", group: "Rights",
                keys: [.character("R")], permission: rights(.fulfilRights)),
        Command(id: RightsID.liftRestriction, title: "Lift the restriction (asks when the person was told)",
                group: "Rights", keys: [.character("L")], permission: rights(.fulfilRights)),
        Command(id: RightsID.objectToMarketing, title: "Objection to direct marketing: stop it now, for good",
                group: "Rights", keys: [.character("m")], permission: rights(.fulfilRights)),
        Command(id: RightsID.objectToProcessing, title: "Objection to other processing: restrict while deciding",
                group: "Rights", keys: [.character("o")], permission: rights(.fulfilRights)),
        Command(id: RightsID.decideObjection, title: "Record the decision on the objection", group: "Rights",
                keys: [.character("D")], permission: rights(.fulfilRights)),
    ]

    static let rightsScreens: [ScreenCommands] = [
        ScreenCommands(id: RightsScreenID.retention, title: "Retention review",
                       commandIDs: [RightsID.tick, RightsID.tickAll, RightsID.anonymise]),
        ScreenCommands(id: RightsScreenID.marketingExport, title: "Marketing list export",
                       commandIDs: [RightsID.writeList, RightsID.nextChannel, RightsID.nextPurpose, RightsID.softOptInPeriod,
                                    RightsID.addWording]),
        ScreenCommands(id: RightsScreenID.rightsForm, title: "Data-protection form",
                       commandIDs: [ID.save, ID.nextField, ID.previousField]),
        ScreenCommands(id: RightsScreenID.rightsPage, title: "Data-protection result", commandIDs: []),
        ScreenCommands(id: RightsScreenID.recipients, title: "Recipients to tell", commandIDs: [RightsID.markTold]),
        ScreenCommands(id: RightsScreenID.freeTextReview, title: "Names in the records that are kept",
                       commandIDs: [RightsID.redactHit, RightsID.redactAllHits, RightsID.keepHit, RightsID.keepRequester,
                                    RightsID.carryOut]),
    ]
}
