/// Draws a `TextFieldState` into one row and reports where the real terminal cursor belongs,
/// so screen readers and users see the insertion point.
public enum TextField {
    /// Renders the field padded to `rect.width`; returns the cursor position when focused.
    @discardableResult
    public static func render(
        _ state: TextFieldState, into buffer: inout ScreenBuffer, in rect: Rect, focused: Bool
    ) -> CursorPosition? {
        guard !rect.isEmpty else { return nil }
        let role: StyleRole = focused ? .focusedField : .field
        let view = state.viewport(width: rect.width)
        buffer.write(pad(view.text, to: rect.width), row: rect.row, column: rect.column, role: role, maxWidth: rect.width)
        guard focused else { return nil }
        // Selected text is drawn highlighted: the next key typed replaces it.
        if state.isAllSelected { buffer.write(view.text, row: rect.row, column: rect.column, role: .selected, maxWidth: rect.width) }
        return CursorPosition(row: rect.row, column: rect.column + min(view.cursorColumn, rect.width - 1))
    }
}
