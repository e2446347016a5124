/// A list of options each ticked or not, for choosing a set from a closed list (the sites a
/// login works at, the kinds of data a breach touched): arrows move the highlight, Space ticks
/// or unticks it. Screens that own a whole page of ticks and the form's tick-list field share it.
public struct TickListState: Hashable, Sendable {
    public let options: [ChoiceOption]
    /// Values of the ticked options.
    public private(set) var ticked: Set<String>
    public var list: ListState

    /// Ticks the options whose value is in `ticked`; values no longer offered are dropped.
    public init(options: [ChoiceOption], ticked: Set<String>) {
        self.options = options
        self.ticked = ticked.intersection(options.map(\.value))
        list = ListState(itemCount: options.count, selectedIndex: options.isEmpty ? nil : 0)
    }

    /// The ticked values in the list's own order.
    public var tickedValues: [String] { options.map(\.value).filter(ticked.contains) }

    /// The ticked options in the list's own order.
    public var tickedOptions: [ChoiceOption] { options.filter { ticked.contains($0.value) } }

    /// The highlighted option, if the list has any.
    public var highlighted: ChoiceOption? {
        list.selectedIndex.flatMap { options.indices.contains($0) ? options[$0] : nil }
    }

    /// Ticks the highlighted option, or unticks it when it is ticked.
    public mutating func toggleHighlighted() {
        guard let value = highlighted?.value else { return }
        if ticked.contains(value) { ticked.remove(value) } else { ticked.insert(value) }
    }

    /// Arrows and paging move the highlight; a letter moves it to the first option with a word
    /// starting so; Space ticks. Enter and Esc are left to the owner, which decides what they mean.
    public mutating func handle(_ key: Key) -> KeyHandling {
        switch key {
        case .character(" "):
            toggleHighlighted()
            return .handled
        case .character(let character) where key.isPrintable:
            if let index = ChoiceFieldState.firstMatch(String(character), in: options.map(\.label)) { list.select(index) }
            return .handled
        default:
            return list.handle(key)
        }
    }
}

/// Draws a `TickListState` one option a row: "> [x] Label" for the highlighted ticked one.
public enum TickList {
    /// Renders the rows that fit in `rect`, scrolled to show the highlight; returns the cursor
    /// position on the highlighted box.
    @discardableResult
    public static func render(_ state: TickListState, into buffer: inout ScreenBuffer, in rect: Rect,
                              role: StyleRole = .normal) -> CursorPosition? {
        guard !rect.isEmpty else { return nil }
        var cursor: CursorPosition?
        for (offset, index) in state.list.visibleRange(height: rect.height).enumerated() {
            let option = state.options[index]
            let row = rect.row + offset
            let selected = index == state.list.selectedIndex
            let box = state.ticked.contains(option.value) ? "[x] " : "[ ] "
            let lineRole: StyleRole = selected ? .selected : role
            buffer.fill(Rect(row: row, column: rect.column, height: 1, width: rect.width), role: lineRole)
            buffer.write((selected ? "> " : "  ") + box + option.label, row: row, column: rect.column, role: lineRole,
                         maxWidth: rect.width)
            if selected { cursor = CursorPosition(row: row, column: rect.column + 3) }
        }
        return cursor
    }
}
