/// One action the user can take, described once. The key map, function bar, help screen and
/// `docs/keys.md` are all generated from these, so they cannot drift apart.
public struct Command: Hashable, Sendable, Identifiable {
    /// Stable identifier screens use to offer and run the command, e.g. "client.save".
    public let id: String
    /// What the command does, in a few words: "Save client".
    public let title: String
    /// The heading it is listed under in help and docs: "Editing", "Navigation".
    public let group: String
    /// Default keys. Every F-key is paired with a plain key, as some terminals swallow F-keys.
    public let keys: [Key]
    /// Short label for the function bar ("Save"); defaults to the title.
    public let barLabel: String
    /// Bar position priority: lower numbers survive when the terminal is narrow; nil keeps
    /// the command off the bar (it still appears in help).
    public let barPriority: Int?
    /// True when the command destroys or discloses data; the screen must confirm first.
    public let isDestructive: Bool
    /// Permission the app maps to staff roles ("clients.erase"); nil means everyone may run it.
    public let permission: String?
    /// The question asked before the command runs, for what cannot be undone ("Finalise this
    /// invoice? It cannot be edited afterwards."). The shell asks it, with No as the default;
    /// nil runs at once.
    public let confirmation: String?

    public init(
        id: String, title: String, group: String, keys: [Key], barLabel: String? = nil,
        barPriority: Int? = nil, isDestructive: Bool = false, permission: String? = nil, confirm: String? = nil
    ) {
        self.id = id
        self.title = title
        self.group = group
        self.keys = keys
        self.barLabel = barLabel ?? title
        self.barPriority = barPriority
        self.isDestructive = isDestructive
        self.permission = permission
        self.confirmation = confirm
    }

    /// The confirmation dialog for this command: its title, the question (with `subject`, such as
    /// the record on screen, put first when given), No selected, Esc meaning No.
    public func confirmationDialog(subject: String? = nil) -> DialogState? {
        guard let confirmation else { return nil }
        let message = subject.map { "\($0)\n\(confirmation)" } ?? confirmation
        return DialogState(title: barLabel, message: message, buttons: [.no, .yes],
                           defaultButtonID: DialogButton.no.id, isDestructive: true)
    }

    /// The key shown on the function bar: the first F-key, else the first key.
    public var primaryKey: Key? {
        keys.first(where: \.isFunctionKey) ?? keys.first
    }

    /// All keys as "F2 / s", for help and docs.
    public var keysLabel: String {
        keys.map(\.label).joined(separator: " / ")
    }
}

/// Whether a command can run right now; screens compute this from their state so the bar and
/// help can say *why* something is unavailable instead of silently ignoring the key.
public enum Availability: Hashable, Sendable {
    case enabled
    case disabled(reason: String)

    public var isEnabled: Bool { self == .enabled }

    /// The reason shown to the user, or nil when enabled.
    public var reason: String? {
        if case .disabled(let reason) = self { return reason }
        return nil
    }
}

/// The commands a screen offers, in the order they appear on its bar and help.
public struct ScreenCommands: Hashable, Sendable, Identifiable {
    public let id: String
    public let title: String
    public let commandIDs: [String]

    public init(id: String, title: String, commandIDs: [String]) {
        self.id = id
        self.title = title
        self.commandIDs = commandIDs
    }
}
