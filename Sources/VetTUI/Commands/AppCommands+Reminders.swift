import TUIKit
import VetCore

/// The recall list (reached from everywhere by those who send reminders), sending it, its
/// report, and the manager's reminder settings.
extension AppCommands {
    enum ReminderID {
        static let open = "app.reminders"
        static let openClient = "reminders.openClient"
        static let showFull = "reminders.showFull"
        static let window = "reminders.window"
        static let filter = "reminders.filter"
        static let send = "reminders.send"
        static let settle = "reminders.settle"
        static let settings = "manager.reminderSettings"
        static let channels = "record.reminderChannels"
        static let tickChannel = "reminderChannels.tick"
        static let saveChannels = "reminderChannels.save"
    }

    enum ReminderScreenID {
        static let list = "recallList"
        static let report = "reminderReport"
        static let form = "reminderForm"
        static let channels = "reminderChannels"
    }

    private static func needing(_ permission: Permission) -> String { permission.rawValue }

    static let reminderScreens: [ScreenCommands] = [
        ScreenCommands(id: ReminderScreenID.list, title: "Recall list",
                       commandIDs: [ReminderID.openClient, ReminderID.showFull, ReminderID.window, ReminderID.filter,
                                    ReminderID.send, ReminderID.settle]),
        ScreenCommands(id: ReminderScreenID.report, title: "What the send did", commandIDs: []),
        ScreenCommands(id: ReminderScreenID.channels, title: "Reminder channels",
                       commandIDs: [ReminderID.tickChannel, ReminderID.saveChannels]),
        ScreenCommands(id: ReminderScreenID.form, title: "Reminder forms", commandIDs: [ID.save, ID.nextField, ID.previousField]),
    ]

    static let reminderCommands: [Command] = [
        Command(id: ReminderID.open, title: "Recall list: vaccination, booster and follow-up reminders to send",
                group: "Everywhere", keys: [.ctrl("y"), .character("&")], permission: needing(.sendReminders)),
        Command(id: ReminderID.openClient, title: "Open the client of the selected reminder", group: "Recall list",
                keys: [.enter], barLabel: "Client", barPriority: 2, permission: needing(.viewClient)),
        Command(id: ReminderID.showFull, title: "Show the selected reminder in full", group: "Recall list",
                keys: [.character("i")]),
        Command(id: ReminderID.window, title: "Change how far ahead the list looks (due by)", group: "Recall list",
                keys: [.function(5), .character("d")], barLabel: "Due by", barPriority: 2),
        Command(id: ReminderID.filter, title: "Show all, only those to send, or only those left out (cycles)",
                group: "Recall list", keys: [.function(6), .character("f")], barLabel: "Show", barPriority: 3),
        Command(id: ReminderID.send, title: "Send every reminder to send (asks first, saying what will go)",
                group: "Recall list", keys: [.function(8), .character("s")], barLabel: "Send", barPriority: 1,
                permission: needing(.sendReminders)),
        Command(id: ReminderID.settle, title: "Say whether an unconfirmed hand-over went out", group: "Recall list",
                keys: [.function(7), .character("c")], barLabel: "Went out?", barPriority: 4,
                permission: needing(.sendReminders)),
        Command(id: ReminderID.channels, title: "How the client wants reminders (email, text, letter, or none)",
                group: "Client", keys: [.character("R")], permission: needing(.editClient)),
        Command(id: ReminderID.tickChannel, title: "Tick or untick the highlighted channel", group: "Reminder channels",
                keys: [.character(" ")], barLabel: "Tick", barPriority: 1),
        Command(id: ReminderID.saveChannels, title: "Save the ticked channels (none ticked: no reminders)",
                group: "Reminder channels", keys: [.enter, .function(2), .character("s")], barLabel: "Save", barPriority: 1,
                permission: needing(.editClient)),
        Command(id: ReminderID.settings, title: "Reminder settings", group: "Manager",
                keys: [.character("e")], permission: needing(.editSettings)),
    ]
}
