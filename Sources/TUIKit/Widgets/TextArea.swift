/// Draws a `TextAreaState` into a rectangle and reports the cursor position when focused.
public enum TextArea {
    /// Lines scrolled horizontally together (by character) so the cursor line stays in view.
    @discardableResult
    public static func render(
        _ state: TextAreaState, into buffer: inout ScreenBuffer, in rect: Rect, focused: Bool
    ) -> CursorPosition? {
        guard !rect.isEmpty else { return nil }
        let role: StyleRole = focused ? .focusedField : .field
        var cursor: CursorPosition?
        for offset in 0..<rect.height {
            let lineIndex = state.topLine + offset
            let line = lineIndex < state.lines.count ? Array(state.lines[lineIndex]) : []
            let visible = state.leftColumn < line.count ? String(line[state.leftColumn...]) : ""
            buffer.write(pad(clip(visible, to: rect.width), to: rect.width), row: rect.row + offset, column: rect.column, role: role)
            if focused, lineIndex == state.cursorLine {
                let before = String(line[min(state.leftColumn, state.cursorColumn)..<state.cursorColumn])
                cursor = CursorPosition(row: rect.row + offset, column: rect.column + min(displayWidth(before), rect.width - 1))
            }
        }
        return cursor
    }
}
