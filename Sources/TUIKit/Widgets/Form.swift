/// Draws a `FormState`: labels in a column, editors beside them, each error wrapped on the lines
/// below its field marked with "!" so it reads without colour and is never cut short. Scrolls to
/// keep the focused field shown; an open pick list is drawn over the fields below it.
public enum Form {
    /// Renders the form and returns the cursor position of the focused field.
    @discardableResult
    public static func render(_ state: FormState, into buffer: inout ScreenBuffer, in rect: Rect) -> CursorPosition? {
        guard !rect.isEmpty else { return nil }
        buffer.fill(rect)
        let labelWidth = labelWidth(state, in: rect)
        let editorColumn = rect.column + labelWidth + 1
        let editorWidth = editorWidth(state, in: rect)
        let errorLines = state.fields.map { field in field.error.map { wrap("! " + $0, to: editorWidth) } ?? [] }
        let heights = state.fields.indices.map { state.fields[$0].editor.height + errorLines[$0].count }
        let firstShown = firstVisibleField(heights: heights, focused: state.focusedIndex, available: rect.height)
        var row = rect.row
        var cursor: CursorPosition?
        var openList: (ChoiceFieldState, Rect)?
        var openTicks: (TickFieldState, Rect)?
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
                case .choice(let editor): ChoiceField.render(editor, into: &buffer, in: editorRect, focused: focused)
                case .ticks(let editor): TickField.render(editor, into: &buffer, in: editorRect, focused: focused)
                }
            if focused {
                cursor = fieldCursor
                if case .choice(let editor) = field.editor, editor.isOpen { openList = (editor, editorRect) }
                if case .ticks(let editor) = field.editor, editor.isOpen { openTicks = (editor, editorRect) }
            }
            row += field.editor.height
            for line in errorLines[index] {
                buffer.write(line, row: row, column: editorColumn, role: .error, maxWidth: editorWidth)
                row += 1
            }
        }
        if let (editor, editorRect) = openList {
            ChoiceField.renderList(editor, into: &buffer, under: editorRect, within: rect)
        }
        if let (editor, editorRect) = openTicks {
            TickField.renderList(editor, into: &buffer, under: editorRect, within: rect)
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
