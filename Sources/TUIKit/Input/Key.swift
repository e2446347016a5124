/// One key press, already decoded from terminal escape sequences.
public enum Key: Hashable, Sendable {
    case character(Character)
    case enter
    case tab
    case backTab
    case escape
    case backspace
    case delete
    case insert
    case up, down, left, right
    case home, end
    case pageUp, pageDown
    case function(Int)
    /// Control plus a letter, always stored lower-case: `.ctrl("u")`.
    case ctrl(Character)

    /// A control key, normalising the letter to lower case so tables and terminals agree.
    public static func control(_ letter: Character) -> Key {
        .ctrl(Character(letter.lowercased()))
    }

    /// True for the printable characters a text field inserts.
    public var isPrintable: Bool {
        guard case .character(let character) = self else { return false }
        return !character.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// True for F-keys, which some terminals swallow and so always need a letter twin.
    public var isFunctionKey: Bool {
        if case .function = self { return true }
        return false
    }

    /// How the key is written on the function bar, in help and in `docs/keys.md`.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .insert: "Ins"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .function(let number): "F\(number)"
        case .ctrl(let letter): "Ctrl-\(letter.uppercased())"
        }
    }
}

/// Something the application loop reacts to.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    /// The terminal changed size; lay out again and redraw.
    case resize(TerminalSize)
    /// Time passed with no input: refresh countdowns, re-query shared data, check idle lock.
    case tick
    /// Text pasted in one piece (bracketed paste), inserted without running commands.
    case paste(String)
    /// The process was asked to stop (Ctrl-C or Ctrl-\, SIGTERM, SIGHUP); the loop decides how.
    case signal(TerminalSignal)
}

/// Why the process was asked to stop; a hangup means the terminal has gone away.
public enum TerminalSignal: String, Hashable, Sendable {
    /// Ctrl-C or Ctrl-\ (SIGINT, SIGQUIT): the user asked to quit.
    case interrupt
    case terminate
    case hangup
}
