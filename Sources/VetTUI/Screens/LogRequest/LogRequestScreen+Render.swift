import TUIKit
import VetCore

extension LogRequestScreen {
    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let left = rect.column + 2
        let about = client.map { "About: \($0.fullName) (\($0.postcode))" } ?? "About: client not yet identified"
        buffer.write("Log a data-protection request", row: rect.row + 1, column: left, role: .title)
        buffer.write(about, row: rect.row + 2, column: left, maxWidth: rect.width - 4)
        buffer.write("Kinds:", row: rect.row + 4, column: left, role: focus == 0 ? .title : .label)
        var cursor: CursorPosition?
        for (index, kind) in RequestKind.allCases.enumerated() {
            let row = rect.row + 4 + index / 3
            let column = left + 10 + (index % 3) * 22
            let box = kinds.contains(kind) ? "[x] " : "[ ] "
            let highlighted = focus == 0 && index == highlightedKind
            buffer.write(truncate(box + kind.displayName, to: 21), row: row, column: column, role: highlighted ? .focusedField : .normal,
                         maxWidth: 21)
            if highlighted { cursor = CursorPosition(row: row, column: column + 1) }
        }
        buffer.write("Channel:", row: rect.row + 8, column: left, role: focus == 1 ? .title : .label)
        let channels = RequestChannel.allCases.map { $0 == channel ? "(•) \($0.displayName)" : "( ) \($0.displayName)" }
        buffer.write(channels.joined(separator: " "), row: rect.row + 8, column: left + 10,
                     role: focus == 1 ? .focusedField : .normal, maxWidth: rect.width - 14)
        if focus == 1 { cursor = CursorPosition(row: rect.row + 8, column: left + 11) }
        let hint = "Type a name to find it · Space ticks · ←→ move · Tab next field · F2 saves"
        buffer.write(hint, row: rect.row + 9, column: left, role: .dim, maxWidth: rect.width - 4)
        let labelWidth = (form.fields.map { displayWidth($0.label) }.max() ?? 0) + 1
        let area = Rect(row: rect.row + 11, column: left, height: rect.bottom - rect.row - 11,
                        width: min(rect.width - 4, labelWidth + 1 + FormSupport.editorWidth))
        var shown = form
        if focus < 2 { shown.focus("__none__") }
        let formCursor = Form.render(shown, into: &buffer, in: area)
        discard.render(into: &buffer, in: rect)
        if discard.isOpen { return nil }
        return focus >= 2 ? formCursor : cursor
    }
}
