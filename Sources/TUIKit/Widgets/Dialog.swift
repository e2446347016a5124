/// Draws a `DialogState` as a centred box over whatever is underneath.
public enum Dialog {
    /// Renders the dialog centred in `area`; the selected button is bracketed ("[ No ]") so the
    /// default is visible without colour.
    public static func render(_ state: DialogState, into buffer: inout ScreenBuffer, in area: Rect, boxStyle: BoxStyle = .line) {
        let maxInner = max(10, min(60, area.width - 4))
        let buttonsText = state.buttons.enumerated().map { index, button in
            index == state.selectedIndex ? "[ \(button.label) ]" : "  \(button.label)  "
        }
        let buttonsWidth = buttonsText.reduce(0) { $0 + displayWidth($1) } + max(0, buttonsText.count - 1)
        let lines = wrap(state.message, to: maxInner)
        let inner = min(maxInner, max(buttonsWidth, displayWidth(state.title) + 2, lines.map { displayWidth($0) }.max() ?? 0))
        let rect = area.centered(height: lines.count + 4, width: inner + 4)
        buffer.fill(rect, role: .dialog)
        let titleRole: StyleRole = state.isDestructive ? .warning : .title
        let inside = buffer.drawBox(rect, style: boxStyle, role: .dialog, title: state.title, titleRole: titleRole)
        for (offset, line) in lines.enumerated() where offset < inside.height - 2 {
            buffer.write(line, row: inside.row + offset, column: inside.column + 1, role: .dialog, maxWidth: inside.width - 2)
        }
        var column = inside.column + max(1, (inside.width - buttonsWidth) / 2)
        let buttonRow = inside.bottom - 1
        for (index, text) in buttonsText.enumerated() {
            let role: StyleRole = index == state.selectedIndex ? .selected : .dialog
            column += buffer.write(text, row: buttonRow, column: column, role: role, maxWidth: inside.right - column) + 1
        }
    }
}
