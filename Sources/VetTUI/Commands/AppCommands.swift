import TUIKit
import VetCore

/// The one table of commands for the whole app. The key map, function bar, help screen and the
/// key reference document are all generated from it, so they never drift apart.
enum AppCommands {
    /// Command ids, so screens never spell them twice.
    enum ID {
        static let help = "app.help"
        static let back = "app.back"
        static let quit = "app.quit"
        static let findClient = "app.findClient"
        static let requestQueue = "app.requestQueue"
        static let logIn = "login.submit"
        static let changePassword = "app.changePassword"
        static let logOut = "app.logOut"
        static let changeSite = "app.changeSite"
        static let chooseSite = "sites.choose"
        static let save = "form.save"
        static let nextField = "form.nextField"
        static let previousField = "form.previousField"
        static let openResult = "search.open"
        static let newClient = "search.newClient"
        static let editClient = "record.edit"
        static let logDisclosure = "record.disclose"
        static let addPet = "record.addPet"
        static let consent = "record.consent"
        static let logCommunication = "record.logCommunication"
        static let logRequest = "record.logRequest"
        static let withdrawMarketing = "record.withdrawMarketing"
        static let nextTab = "record.nextTab"
        static let previousTab = "record.previousTab"
        static let grantConsent = "consent.grant"
        static let withdrawConsent = "consent.withdraw"
        static let consentSource = "consent.source"
        static let toggleKind = "logRequest.toggleKind"
        static let openRequest = "queue.open"
        static let newRequest = "queue.newRequest"
        static let statusFilter = "queue.statusFilter"
        static let kindFilter = "queue.kindFilter"
        static let showClosed = "queue.showClosed"
        static let identityAsked = "request.identityAsked"
        static let identityReceived = "request.identityReceived"
        static let feeAsked = "request.feeAsked"
        static let feePaid = "request.feePaid"
        static let askClarification = "request.askClarification"
        static let answerClarification = "request.answerClarification"
        static let extend = "request.extend"
        static let assign = "request.assign"
        static let changeStatus = "request.changeStatus"
        static let showRow = "list.showRow"
    }

    /// Command-table screen ids.
    enum ScreenID {
        static let login = "login"
        static let setup = "setup"
        static let lock = "lock"
        static let changePassword = "changePassword"
        static let search = "search"
        static let record = "record"
        static let clientForm = "clientForm"
        static let petForm = "petForm"
        static let consent = "consent"
        static let communication = "communication"
        static let logRequest = "logRequest"
        static let requestLogged = "requestLogged"
        static let queue = "queue"
        static let requestDetail = "requestDetail"
        static let requestAction = "requestAction"
        static let help = "help"
        static let rowDetail = "rowDetail"
        static let sitePick = "sitePick"
    }

    static let table = CommandTable(commands: commands, screens: screens,
                                    globalCommandIDs: [ID.help, ID.today, ID.findClient, ID.requestQueue, ID.claimsList, ID.takings,
                                                       ManagerID.menu, DiaryID.open, ReminderID.open, ID.back, ID.quit])

    /// The VetCore permission a command needs, read from the table's permission string.
    static func permission(of command: Command) -> Permission? {
        command.permission.flatMap(Permission.init(rawValue:))
    }

    private static func needs(_ permission: Permission) -> String { permission.rawValue }

    static let commands: [Command] = navigation + editing + record + requests + requestWorkCommands + clinicalCommands + managerCommands
        + priceListCommands + siteCommands + diarySettingsCommands + breachCommands
        + rightsCommands + printCommands + petCommands + mergeCommands + takingsCommands + officeCommands
        + diaryCommands + todayCommands + reminderCommands

    private static let navigation: [Command] = [
        Command(id: ID.help, title: "Help for this screen", group: "Everywhere",
                keys: [.function(1), .character("?")], barLabel: "Help", barPriority: 0),
        Command(id: ID.findClient, title: "Find a client", group: "Everywhere",
                keys: [.function(3), .character("/")], barLabel: "Find", barPriority: 5),
        Command(id: ID.requestQueue, title: "Data-protection request queue", group: "Everywhere",
                keys: [.function(9), .character("r")], barLabel: "Requests", barPriority: 6,
                permission: needs(.workRequest)),
        Command(id: ID.back, title: "Back / cancel (never quits)", group: "Everywhere",
                keys: [.escape], barLabel: "Back", barPriority: 3),
        Command(id: ID.quit, title: "Quit VetDesk (asks if anything is unsaved, or away from the first screen)",
                group: "Everywhere", keys: [.function(10), .character("q")], barLabel: "Quit", barPriority: 1,
                confirm: "Quit VetDesk now? Everything saved stays saved."),
        Command(id: ID.showRow, title: "Show the selected row in full", group: "Lists",
                keys: [.enter], barLabel: "Show", barPriority: 4),
        Command(id: ID.logIn, title: "Log in", group: "Login", keys: [.enter], barLabel: "Log in", barPriority: 1),
        Command(id: ID.changePassword, title: "Change my password", group: "Search",
                keys: [.function(4), .character("K")]),
        Command(id: ID.logOut, title: "Log out, so someone else can log in at this terminal", group: "Search",
                keys: [.function(6), .character("O"), .ctrl("o")]),
        Command(id: ID.changeSite, title: "Change the site this terminal works at", group: "Search",
                keys: [.function(7), .character("W")]),
        Command(id: ID.chooseSite, title: "Work at the selected site", group: "Sites",
                keys: [.enter], barLabel: "Choose", barPriority: 1),
        Command(id: ID.openResult, title: "Open the selected client", group: "Search",
                keys: [.enter], barLabel: "Open", barPriority: 2, permission: needs(.viewClient)),
        Command(id: ID.newClient, title: "Register a new client", group: "Search",
                keys: [.function(2), .character("n"), .ctrl("n")], barLabel: "New client", barPriority: 1,
                permission: needs(.registerClient)),
    ]

    private static let editing: [Command] = [
        Command(id: ID.save, title: "Save", group: "Forms",
                keys: [.function(2), .character("s"), .ctrl("s")], barLabel: "Save", barPriority: 0),
        Command(id: ID.nextField, title: "Next field", group: "Forms", keys: [.tab]),
        Command(id: ID.previousField, title: "Previous field", group: "Forms", keys: [.backTab]),
        Command(id: ID.toggleKind, title: "Tick or untick the highlighted kind", group: "Forms",
                keys: [.character(" ")]),
    ]

    private static let record: [Command] = [
        Command(id: ID.editClient, title: "Edit contact details", group: "Client",
                keys: [.function(4), .character("e")], barLabel: "Edit", barPriority: 1, permission: needs(.editClient)),
        Command(id: ID.addPet, title: "Register a pet", group: "Client",
                keys: [.function(5), .character("p")], barLabel: "Pet", barPriority: 2, permission: needs(.registerPet)),
        Command(id: ID.consent, title: "Marketing consent", group: "Client",
                keys: [.function(6), .character("c")], barLabel: "Consent", barPriority: 2,
                permission: needs(.recordConsent)),
        Command(id: ID.logCommunication, title: "Log a call, email, letter or text", group: "Client",
                keys: [.function(7), .character("m")], barLabel: "Contact", barPriority: 4,
                permission: needs(.logCommunication)),
        Command(id: ID.logDisclosure, title: "Log a disclosure (data sent to an insurer, practice, agency …)", group: "Client",
                keys: [.character("D")], permission: needs(.logDisclosure)),
        Command(id: ID.logRequest, title: "Log a data-protection request", group: "Client",
                keys: [.function(8), .character("d")], barLabel: "DP request", barPriority: 3,
                permission: needs(.logRequest)),
        Command(id: ID.withdrawMarketing, title: "Withdraw all marketing consent", group: "Client",
                keys: [.character("w")], permission: needs(.recordConsent)),
        Command(id: ID.nextTab, title: "Next pane", group: "Client", keys: [.tab, .right]),
        Command(id: ID.previousTab, title: "Previous pane", group: "Client", keys: [.backTab, .left]),
        Command(id: ID.grantConsent, title: "Record consent given", group: "Consent",
                keys: [.function(2), .character("g")], barLabel: "Grant", barPriority: 1,
                permission: needs(.recordConsent)),
        Command(id: ID.withdrawConsent, title: "Withdraw consent", group: "Consent",
                keys: [.function(8), .character("w")], barLabel: "Withdraw", barPriority: 1,
                permission: needs(.recordConsent)),
        Command(id: ID.consentSource, title: "Change how the client told us", group: "Consent",
                keys: [.function(5), .character("h")], barLabel: "How told", barPriority: 2),
    ]

    private static let requests: [Command] = [
        Command(id: ID.openRequest, title: "Open the selected request", group: "Requests",
                keys: [.enter], barLabel: "Open", barPriority: 2, permission: needs(.workRequest)),
        Command(id: ID.newRequest, title: "Log a data-protection request", group: "Requests",
                keys: [.function(2), .character("n")], barLabel: "New", barPriority: 1, permission: needs(.logRequest)),
        Command(id: ID.statusFilter, title: "Filter by status (cycles)", group: "Requests",
                keys: [.function(5), .character("f")], barLabel: "Status", barPriority: 2),
        Command(id: ID.kindFilter, title: "Filter by kind (cycles)", group: "Requests",
                keys: [.function(6), .character("k")], barLabel: "Kind", barPriority: 2),
        Command(id: ID.showClosed, title: "Show or hide closed requests", group: "Requests",
                keys: [.function(7), .character("c")], barLabel: "Closed", barPriority: 4),
        Command(id: ID.changeStatus, title: "Change status", group: "Request actions",
                keys: [.function(2), .character("s")], barLabel: "Status", barPriority: 1,
                permission: needs(.workRequest)),
        Command(id: ID.identityAsked, title: "Identity evidence asked for", group: "Request actions",
                keys: [.character("i")], permission: needs(.workRequest)),
        Command(id: ID.identityReceived, title: "Identity evidence received", group: "Request actions",
                keys: [.character("I")], permission: needs(.workRequest)),
        Command(id: ID.feeAsked, title: "Fee asked for", group: "Request actions",
                keys: [.character("f")], permission: needs(.workRequest)),
        Command(id: ID.feePaid, title: "Fee paid", group: "Request actions",
                keys: [.character("F")], permission: needs(.workRequest)),
        Command(id: ID.askClarification, title: "Ask for clarification (stops the clock)", group: "Request actions",
                keys: [.function(5), .character("a")], barLabel: "Clarify", barPriority: 2, permission: needs(.workRequest)),
        Command(id: ID.answerClarification, title: "Clarification answered (restarts the clock)",
                group: "Request actions", keys: [.character("A")], permission: needs(.workRequest)),
        Command(id: ID.extend, title: "Extend the deadline", group: "Request actions",
                keys: [.function(7), .character("x")], barLabel: "Extend", barPriority: 3,
                permission: needs(.workRequest)),
        Command(id: ID.assign, title: "Assign to a member of staff", group: "Request actions",
                keys: [.function(6), .character("g")], barLabel: "Assign", barPriority: 3,
                permission: needs(.workRequest)),
    ]
}
