import TUIKit

/// Shared behaviour of screens built around a `FormState`.
enum FormSupport {
    /// Width of every editor: wide enough for an address line, narrow enough for 80 columns.
    static let editorWidth = 44

    /// Tab and Shift-Tab commands move focus; returns nil for other commands.
    static func moveFocus(_ form: inout FormState, for command: Command) -> Outcome? {
        switch command.id {
        case AppCommands.ID.nextField: _ = form.handle(.tab); return .handled
        case AppCommands.ID.previousField: _ = form.handle(.backTab); return .handled
        default: return nil
        }
    }

    /// A text field sized for the standard form layout.
    static func field(_ id: String, _ label: String, value: String = "", maxLength: Int? = nil,
                      masked: Bool = false) -> FormField {
        FormField(id: id, label: label, editor: .line(TextFieldState(text: value, maxLength: maxLength, isMasked: masked,
                                                                      visibleWidth: editorWidth)))
    }

    /// Draws a heading, a blank line and the form below it, at most `editorWidth` wide editors.
    static func render(_ form: FormState, heading: String, note: String? = nil, into buffer: inout ScreenBuffer,
                       in rect: Rect) -> CursorPosition? {
        buffer.write(heading, row: rect.row + 1, column: rect.column + 2, role: .title, maxWidth: rect.width - 4)
        var top = rect.row + 3
        if let note {
            for line in wrap(note, to: rect.width - 4) {
                buffer.write(line, row: top, column: rect.column + 2, role: .dim)
                top += 1
            }
            top += 1
        }
        let labelWidth = (form.fields.map { displayWidth($0.label) }.max() ?? 0) + 1
        let width = min(rect.width - 4, labelWidth + 1 + editorWidth)
        let area = Rect(row: top, column: rect.column + 2, height: rect.bottom - top, width: width)
        return Form.render(form, into: &buffer, in: area)
    }

    /// Maps store field names ("first name") onto form field ids, leaving the rest for the message line.
    static func applyErrors(_ messages: [String: String], to form: inout FormState,
                            fieldIDs: [String: String]) -> [String] {
        var placed: [String: String] = [:]
        var unplaced: [String] = []
        for (field, message) in messages.sorted(by: { $0.key < $1.key }) {
            if let id = fieldIDs[field] ?? (form.value(of: field) != nil ? field : nil) {
                placed[id] = message
            } else {
                unplaced.append(message)
            }
        }
        form.setErrors(placed)
        return unplaced
    }
}
