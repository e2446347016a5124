/// Draws a `FormState`: labels in a column, editors beside them, each error on the line below
/// its field marked with "!" so it reads without colour. Scrolls to keep the focused field shown.
public enum Form {
    /// Renders the form and returns the cursor position of the focused field.
    @discardableResult
    public static func render(_ state: FormState, into buffer: inout ScreenBuffer, in rect: Rect) -> CursorPosition? {
        guard !rect.isEmpty else { return nil }
        buffer.fill(rect)
        let labelWidth = labelWidth(state, in: rect)
        let editorColumn = rect.column + labelWidth + 1
        let editorWidth = editorWidth(state, in: rect)
        let heights = state.fields.map { $0.editor.height + ($0.error == nil ? 0 : 1) }
        let firstShown = firstVisibleField(heights: heights, focused: state.focusedIndex, available: rect.height)
        var row = rect.row
        var cursor: CursorPosition?
        for index in state.fields.indices.dropFirst(firstShown) {
            let field = state.fields[index]
            guard row + heights[index] <= rect.bottom else { break }
            let focused = index == state.focusedIndex
            buffer.write(truncate(field.label + ":", to: labelWidth), row: row, column: rect.column, role: focused ? .title : .label)
            let editorRect = Rect(row: row, column: editorColumn, height: field.editor.height, width: editorWidth)
            let fieldCursor: CursorPosition? =
                switch field.editor {
                case .line(let editor): TextField.render(editor, into: &buffer, in: editorRect, focused: focused)
                case .area(let editor): TextArea.render(editor, into: &buffer, in: editorRect, focused: focused)
                }
            if focused { cursor = fieldCursor }
            row += field.editor.height
            if let error = field.error {
                buffer.write(truncate("! " + error, to: editorWidth), row: row, column: editorColumn, role: .error)
                row += 1
            }
        }
        return cursor
    }

    /// Columns each editor gets in `rect`; pass it to `FormState.setFieldWidth(_:)` after a
    /// resize so horizontal scrolling matches what is drawn.
    public static func editorWidth(_ state: FormState, in rect: Rect) -> Int {
        max(1, rect.width - labelWidth(state, in: rect) - 1)
    }

    private static func labelWidth(_ state: FormState, in rect: Rect) -> Int {
        min(rect.width / 3, (state.fields.map { displayWidth($0.label) }.max() ?? 0) + 1)
    }

    /// The first field to draw so that the focused one fits in `available` rows.
    private static func firstVisibleField(heights: [Int], focused: Int, available: Int) -> Int {
        guard heights.indices.contains(focused) else { return 0 }
        var first = 0
        while first < focused, heights[first...focused].reduce(0, +) > available { first += 1 }
        return first
    }
}
