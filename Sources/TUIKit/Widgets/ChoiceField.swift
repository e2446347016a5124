/// Draws a `ChoiceFieldState`: the chosen label with a "▾" so it reads as a list, and, while
/// open, the entries in a box under (or above) the field with the highlighted one marked ">".
public enum ChoiceField {
    /// Most entries shown at once; the list scrolls to keep the highlighted one in view.
    static let listRows = 6

    /// Renders the closed field; returns the cursor position when focused.
    @discardableResult
    public static func render(
        _ state: ChoiceFieldState, into buffer: inout ScreenBuffer, in rect: Rect, focused: Bool
    ) -> CursorPosition? {
        guard !rect.isEmpty else { return nil }
        if let free = state.freeText, let other = state.otherLabel {
            let prefix = clip(other + " ", to: rect.width / 2)
            let used = buffer.write(prefix, row: rect.row, column: rect.column, role: .label)
            let textRect = Rect(row: rect.row, column: rect.column + used, height: 1, width: rect.width - used)
            return TextField.render(free, into: &buffer, in: textRect, focused: focused)
        }
        let role: StyleRole = focused ? .focusedField : .field
        let marker = " ▾"
        let shown = pad(clip(state.label, to: max(0, rect.width - displayWidth(marker))), to: rect.width - displayWidth(marker))
        buffer.write(shown + marker, row: rect.row, column: rect.column, role: role, maxWidth: rect.width)
        guard focused else { return nil }
        return CursorPosition(row: rect.row, column: rect.column + min(displayWidth(state.label), rect.width - 1))
    }

    /// Draws the open list next to `field`, inside `bounds`: below when it fits, else above.
    public static func renderList(_ state: ChoiceFieldState, into buffer: inout ScreenBuffer, under field: Rect, within bounds: Rect) {
        let entries = state.entries
        guard state.isOpen, state.freeText == nil, !entries.isEmpty else { return }
        let visible = min(entries.count, listRows)
        let height = visible + 2
        let width = min(field.width, bounds.right - field.column)
        guard width > 4 else { return }
        let below = field.row + 1
        let row = below + height <= bounds.bottom ? below : max(bounds.row, field.row - height)
        let box = Rect(row: row, column: field.column, height: min(height, bounds.bottom - row), width: width)
        buffer.fill(box, role: .dialog)
        let inside = buffer.drawBox(box, style: .line, role: .dialog)
        let selected = state.selectedIndex ?? 0
        let top = min(max(0, selected - visible + 1), max(0, entries.count - visible))
        for (offset, index) in (top..<min(entries.count, top + inside.height)).enumerated() {
            let isSelected = index == state.selectedIndex
            let text = (isSelected ? ">" : " ") + entries[index]
            buffer.write(pad(clip(text, to: inside.width), to: inside.width), row: inside.row + offset, column: inside.column,
                         role: isSelected ? .selected : .dialog)
        }
    }
}
