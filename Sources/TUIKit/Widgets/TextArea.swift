/// Draws a `TextAreaState` into a rectangle and reports the cursor position when focused.
public enum TextArea {
    /// Draws the wrapped rows from the state's top row; a "↓" in the last column says more
    /// text follows below the box.
    @discardableResult
    public static func render(
        _ state: TextAreaState, into buffer: inout ScreenBuffer, in rect: Rect, focused: Bool
    ) -> CursorPosition? {
        guard !rect.isEmpty else { return nil }
        let role: StyleRole = focused ? .focusedField : .field
        let rows = state.rows
        let cursorRow = state.cursorRow
        // A box drawn smaller than the state's height still shows the cursor's row.
        let top = min(state.topRow, cursorRow) < cursorRow - rect.height + 1 ? cursorRow - rect.height + 1 : min(state.topRow, cursorRow)
        var cursor: CursorPosition?
        for offset in 0..<rect.height {
            let index = top + offset
            var shown = ""
            if rows.indices.contains(index) {
                let row = rows[index]
                let line = Array(state.lines[row.line])
                shown = String(line[row.start..<row.end])
                if focused, index == cursorRow {
                    let before = String(line[row.start..<max(row.start, min(state.cursorColumn, row.end))])
                    cursor = CursorPosition(row: rect.row + offset, column: rect.column + min(displayWidth(before), rect.width - 1))
                }
            }
            buffer.write(pad(clip(shown, to: rect.width), to: rect.width), row: rect.row + offset, column: rect.column, role: role)
        }
        if top + rect.height < rows.count {
            buffer.write("↓", row: rect.bottom - 1, column: rect.right - 1, role: .dim)
        }
        return cursor
    }
}
