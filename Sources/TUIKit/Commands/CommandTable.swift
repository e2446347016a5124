/// The single table of commands and of which screen offers which. Screens never test raw keys
/// for actions; they ask the table which command a key means here.
public struct CommandTable: Sendable {
    public let commands: [Command]
    public let screens: [ScreenCommands]
    /// Commands offered on every screen (help, quit), listed after the screen's own.
    public let globalCommandIDs: [String]
    private let commandsByID: [String: Command]

    public init(commands: [Command], screens: [ScreenCommands], globalCommandIDs: [String] = []) {
        self.commands = commands
        self.screens = screens
        self.globalCommandIDs = globalCommandIDs
        self.commandsByID = Dictionary(commands.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The command with `id`, if the table defines it.
    public func command(id: String) -> Command? {
        commandsByID[id]
    }

    /// The screen entry with `id`.
    public func screen(id: String) -> ScreenCommands? {
        screens.first { $0.id == id }
    }

    /// Commands active on a screen: its own, then the global ones, without duplicates.
    public func commands(onScreen screenID: String) -> [Command] {
        let own = screen(id: screenID)?.commandIDs ?? []
        var seen = Set<String>()
        return (own + globalCommandIDs).compactMap { id in
            guard seen.insert(id).inserted else { return nil }
            return commandsByID[id]
        }
    }

    /// The command a key means on a screen. While text is being typed, plain printable keys
    /// belong to the field, so only F-keys, control keys and the like resolve to commands.
    public func command(for key: Key, onScreen screenID: String, textEntryActive: Bool = false) -> Command? {
        if textEntryActive, key.isPrintable { return nil }
        return commands(onScreen: screenID).first { $0.keys.contains(key) }
    }

    /// What pressing `key` should do: run a command, explain why it cannot, or nothing.
    public func resolve(
        _ key: Key, onScreen screenID: String, textEntryActive: Bool = false,
        availability: (Command) -> Availability = { _ in .enabled }
    ) -> CommandResolution {
        guard let command = command(for: key, onScreen: screenID, textEntryActive: textEntryActive) else {
            return .none
        }
        switch availability(command) {
        case .enabled: return .run(command)
        case .disabled(let reason): return .disabled(command, reason: reason)
        }
    }
}

/// The outcome of looking a key up in the command table.
public enum CommandResolution: Hashable, Sendable {
    case run(Command)
    /// Show the reason in the status line instead of doing nothing silently.
    case disabled(Command, reason: String)
    case none
}
