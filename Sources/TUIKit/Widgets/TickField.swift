/// A form field for choosing several options of a closed set. Closed, it shows the chosen
/// labels in full, wrapped over as many rows as they need. Enter (or Space) opens the list;
/// there Space ticks or unticks, Enter accepts the ticks and Esc closes it leaving the field
/// as it was. Its text is the chosen values joined by commas, in the list's order.
public struct TickFieldState: Hashable, Sendable {
    public let options: [ChoiceOption]
    /// The accepted values, in the list's order.
    public private(set) var chosen: [String]
    /// The ticks being changed while the list is open; nil when closed.
    public private(set) var picking: TickListState?
    /// Visible columns, set by the form from its layout; the chosen labels wrap to it.
    public var visibleWidth: Int {
        didSet { visibleWidth = max(1, visibleWidth) }
    }
    /// Shown when nothing is chosen.
    public static let noneChosen = "none (Enter to choose)"

    /// Chooses the options named in `value`, a comma-separated list of values or labels.
    public init(options: [ChoiceOption], value: String = "", visibleWidth: Int = 20) {
        self.options = options
        self.visibleWidth = max(1, visibleWidth)
        chosen = []
        setValue(value)
    }

    /// The stored value: the chosen values joined by commas, or "" when none is chosen.
    public var text: String { chosen.joined(separator: ",") }

    /// True while the list is open.
    public var isOpen: Bool { picking != nil }

    /// The chosen labels, joined for reading.
    public var summary: String {
        options.filter { chosen.contains($0.value) }.map(\.label).joined(separator: ", ")
    }

    /// The closed field's rows: every chosen label in full, wrapped.
    public var lines: [String] {
        let shown = summary.isEmpty ? Self.noneChosen : summary
        return wrap(shown, to: max(1, visibleWidth - 2))
    }

    public var height: Int { max(1, lines.count) }

    /// Chooses by value or label (loading a record); anything not offered is dropped.
    public mutating func setValue(_ value: String) {
        picking = nil
        let named = Set(value.split(separator: ",").map(Self.folded))
        chosen = options.filter { named.contains($0.value.lowercased()) || named.contains($0.label.lowercased()) }.map(\.value)
    }

    /// " Contact details " → "contact details", to match a value or label.
    private static func folded(_ part: Substring) -> String {
        var text = part
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return text.lowercased()
    }

    /// Focus leaves: an open list closes unchanged, as with Esc.
    public mutating func leave() { picking = nil }

    /// Closed: Enter or Space opens the list. Open: the list's keys; Enter accepts the ticks and
    /// Esc closes the list leaving the field as it was (the form's screen is modal meanwhile, so
    /// Esc reaches the field rather than leaving the form).
    public mutating func handle(_ key: Key) -> KeyHandling {
        guard var open = picking else {
            guard key == .enter || key == .character(" ") else { return .notHandled }
            picking = TickListState(options: options, ticked: Set(chosen))
            return .handled
        }
        if key == .enter || key == .escape {
            if key == .enter { chosen = open.tickedValues }
            picking = nil
            return .handled
        }
        if key == .tab || key == .backTab { return .notHandled }
        let result = open.handle(key)
        picking = open
        return result
    }

    /// Pasted text is not a choice: it is refused.
    public func insert(_ typed: String) -> Bool { false }
}

/// Draws a `TickFieldState`: the chosen labels wrapped, a "▾" after the last so it reads as a list, and,
/// while open, the tick list in a box under (or above) the field.
public enum TickField {
    /// What the open list says at its foot.
    static let keys = "Space ticks, Enter accepts, Esc cancels"

    @discardableResult
    public static func render(_ state: TickFieldState, into buffer: inout ScreenBuffer, in rect: Rect,
                              focused: Bool) -> CursorPosition? {
        guard !rect.isEmpty else { return nil }
        let role: StyleRole = focused ? .focusedField : .field
        let lines = Array(state.lines.prefix(rect.height))
        for (offset, line) in lines.enumerated() {
            let marker = offset == lines.count - 1 ? " ▾" : "  "
            buffer.write(pad(line, to: rect.width - 2) + marker, row: rect.row + offset, column: rect.column, role: role,
                         maxWidth: rect.width)
        }
        guard focused else { return nil }
        return CursorPosition(row: rect.row, column: rect.column)
    }

    /// Draws the open list next to `field`, inside `bounds`: below when it fits, else above;
    /// when neither side holds every option, on the roomier side with the list scrolling, so
    /// the field itself stays in sight.
    public static func renderList(_ state: TickFieldState, into buffer: inout ScreenBuffer, under field: Rect, within bounds: Rect) {
        guard var open = state.picking, !open.options.isEmpty else { return }
        let width = min(field.width, bounds.right - field.column)
        guard width > 8 else { return }
        let wanted = open.options.count + 2
        let below = field.bottom
        let roomBelow = bounds.bottom - below
        let roomAbove = field.row - bounds.row
        let height: Int
        let row: Int
        if roomBelow >= wanted {
            (row, height) = (below, wanted)
        } else if roomAbove >= wanted {
            (row, height) = (field.row - wanted, wanted)
        } else if max(roomBelow, roomAbove) >= 3 {
            (row, height) = roomBelow >= roomAbove ? (below, roomBelow) : (bounds.row, roomAbove)
        } else {
            (row, height) = (bounds.row, min(wanted, bounds.height))
        }
        let box = Rect(row: row, column: field.column, height: height, width: width)
        buffer.fill(box, role: .dialog)
        let inside = buffer.drawBox(box, style: .line, role: .dialog)
        open.list.pageSize = max(1, inside.height)
        TickList.render(open, into: &buffer, in: inside, role: .dialog)
        buffer.write(" " + clip(keys, to: max(0, width - 4)) + " ", row: box.bottom - 1, column: box.column + 1, role: .dialog,
                     maxWidth: width - 2)
    }
}
