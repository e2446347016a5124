/// A dialog button; `shortcut` is the letter that chooses it directly (y / n).
public struct DialogButton: Hashable, Sendable {
    public let id: String
    public let label: String
    public let shortcut: Character?

    public init(id: String, label: String, shortcut: Character? = nil) {
        self.id = id
        self.label = label
        self.shortcut = shortcut
    }

    public static let yes = DialogButton(id: "yes", label: "Yes", shortcut: "y")
    public static let no = DialogButton(id: "no", label: "No", shortcut: "n")
    public static let ok = DialogButton(id: "ok", label: "OK", shortcut: "o")
}

/// What a key did to a dialog.
public enum DialogOutcome: Hashable, Sendable {
    /// The key was not for the dialog (it stays open; the screen ignores the key).
    case ignored
    /// Selection moved; redraw.
    case moved
    /// A button was chosen; close the dialog and act on its id.
    case chose(String)
    /// Esc: close without acting.
    case cancelled
}

/// A modal message with buttons. Destructive confirmations name the thing and start on "No",
/// so a reflexive Enter never destroys anything.
public struct DialogState: Hashable, Sendable {
    public let title: String
    public let message: String
    public let buttons: [DialogButton]
    public let isDestructive: Bool
    public private(set) var selectedIndex: Int

    public init(title: String, message: String, buttons: [DialogButton], defaultButtonID: String? = nil, isDestructive: Bool = false) {
        self.title = title
        self.message = message
        self.buttons = buttons
        self.isDestructive = isDestructive
        self.selectedIndex = buttons.firstIndex { $0.id == defaultButtonID } ?? 0
    }

    /// "Erase client Zoë Ó Briain?" with No selected.
    public static func confirmDestructive(action: String, thing: String, consequence: String = "This cannot be undone.") -> DialogState {
        DialogState(
            title: action, message: "\(action) \(thing)?\n\(consequence)", buttons: [.no, .yes],
            defaultButtonID: DialogButton.no.id, isDestructive: true)
    }

    /// The unsaved-changes guard: leave and lose edits, or stay.
    public static func discardChanges(of thing: String) -> DialogState {
        DialogState(
            title: "Unsaved changes", message: "Discard your changes to \(thing)?", buttons: [.no, .yes],
            defaultButtonID: DialogButton.no.id, isDestructive: true)
    }

    /// An information message with a single OK.
    public static func notice(title: String, message: String) -> DialogState {
        DialogState(title: title, message: message, buttons: [.ok])
    }

    public var selectedButton: DialogButton? { buttons.indices.contains(selectedIndex) ? buttons[selectedIndex] : nil }

    /// Left/Right/Tab move, Enter chooses the selection, a shortcut letter chooses its button,
    /// Esc cancels.
    public mutating func handle(_ key: Key) -> DialogOutcome {
        guard !buttons.isEmpty else { return key == .escape || key == .enter ? .cancelled : .ignored }
        switch key {
        case .left, .backTab: selectedIndex = (selectedIndex + buttons.count - 1) % buttons.count; return .moved
        case .right, .tab: selectedIndex = (selectedIndex + 1) % buttons.count; return .moved
        case .enter: return selectedButton.map { .chose($0.id) } ?? .ignored
        case .escape: return .cancelled
        case .character(let character):
            let lower = Character(character.lowercased())
            return buttons.first { $0.shortcut == lower }.map { .chose($0.id) } ?? .ignored
        default: return .ignored
        }
    }
}
