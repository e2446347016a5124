import TUIKit

/// A small table shaped like VetDesk's, for exercising the command machinery.
enum SampleCommands {
    static let commands: [Command] = [
        Command(id: "app.help", title: "Show help", group: "General", keys: [.function(1), .character("?")], barLabel: "Help", barPriority: 0),
        Command(id: "app.quit", title: "Quit VetDesk", group: "General", keys: [.function(10), .character("q")], barLabel: "Quit", barPriority: 1),
        Command(id: "app.back", title: "Go back or cancel", group: "General", keys: [.escape]),
        Command(id: "client.save", title: "Save client", group: "Editing", keys: [.function(2), .ctrl("s"), .character("s")], barLabel: "Save", barPriority: 2),
        Command(id: "client.search", title: "Search clients", group: "Finding", keys: [.function(3), .character("/")], barLabel: "Search", barPriority: 3),
        Command(id: "client.edit", title: "Edit client", group: "Editing", keys: [.function(4), .character("e")], barLabel: "Edit", barPriority: 4),
        Command(id: "client.refresh", title: "Refresh", group: "Finding", keys: [.function(5), .character("r")], barLabel: "Refresh", barPriority: 9),
        Command(id: "client.pets", title: "Show pets", group: "Navigation", keys: [.function(6), .character("p")], barLabel: "Pets", barPriority: 6),
        Command(id: "client.new", title: "New client", group: "Editing", keys: [.function(7), .character("n")], barLabel: "New", barPriority: 5),
        Command(
            id: "client.erase", title: "Erase client (data-protection request)", group: "Data protection",
            keys: [.function(8), .character("x")], barLabel: "Erase", barPriority: 8, isDestructive: true, permission: "clients.erase"),
        Command(id: "client.open", title: "Open client", group: "Navigation", keys: [.enter], barLabel: "Open", barPriority: 7),
    ]

    static let screens: [ScreenCommands] = [
        ScreenCommands(
            id: "clientSearch", title: "Client search",
            commandIDs: ["client.open", "client.search", "client.new", "client.refresh", "client.pets", "client.erase", "app.back"]),
        ScreenCommands(id: "clientForm", title: "Client form", commandIDs: ["client.save", "app.back"]),
    ]

    static let table = CommandTable(commands: commands, screens: screens, globalCommandIDs: ["app.help", "app.quit"])
}
