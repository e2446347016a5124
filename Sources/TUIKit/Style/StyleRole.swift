/// What a piece of text *means* on screen. Screens pick roles; the theme picks colours, so the
/// same screen works in colour, in a light terminal and in monochrome (`NO_COLOR`).
public enum StyleRole: String, CaseIterable, Hashable, Sendable {
    case normal
    case title
    case header
    case label
    case selected
    case field
    case focusedField
    case error
    case warning
    case overdue
    case dueSoon
    case ok
    case disabled
    case keyLabel
    case keyText
    case statusBar
    case badge
    case dim
    case border
    case dialog
}

/// The eight classic terminal colours plus the terminal's own default, which is what works
/// over SSH on any emulator.
public enum TerminalColor: Int, CaseIterable, Hashable, Sendable {
    case terminalDefault = -1
    case black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// How one role is drawn: colours plus attributes. Attributes alone must carry the meaning in
/// monochrome, so every theme is readable without colour.
public struct Style: Hashable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(
        foreground: TerminalColor = .terminalDefault, background: TerminalColor = .terminalDefault,
        bold: Bool = false, underline: Bool = false, reverse: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
    }

    /// The terminal's default look.
    public static let plain = Style()

    /// True when this style asks for any colour at all.
    public var usesColor: Bool { foreground != .terminalDefault || background != .terminalDefault }
}
