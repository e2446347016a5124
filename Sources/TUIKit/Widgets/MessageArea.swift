/// The message line above the function bar, grown to as many rows as the message needs (up to
/// `maxRows`), so a refusal keeps its reason, a conflict keeps its time and next step, and
/// nothing is cut off at the screen edge. The kind word comes first so it reads without colour.
public enum MessageArea {
    /// More rows than this would push the screen itself away; longer texts end in "…".
    public static let maxRows = 4

    /// The message wrapped for `width` columns (one column of margin each side).
    public static func lines(for message: StatusMessage?, width: Int) -> [String] {
        guard let message, width > 2 else { return [] }
        let wrapped = wrap(message.prefix + message.text, to: width - 2)
        guard wrapped.count > maxRows else { return wrapped }
        var kept = Array(wrapped.prefix(maxRows))
        kept[maxRows - 1] = truncate(kept[maxRows - 1] + " " + wrapped[maxRows], to: width - 2)
        return kept
    }

    /// Whether `message` is too long for the area at `width`: the shell then shows it whole in a
    /// dialog instead, so no part of it is lost.
    public static func overflows(_ message: StatusMessage?, width: Int) -> Bool {
        guard let message, width > 2 else { return false }
        return wrap(message.prefix + message.text, to: width - 2).count > maxRows
    }

    /// The dialog that shows an overflowing message in full, titled by its kind.
    public static func dialog(for message: StatusMessage) -> DialogState {
        let title = switch message.kind {
        case .info: "Message"
        case .success: "Done"
        case .warning: "Warning"
        case .error: "Error"
        }
        return DialogState(title: title, message: message.text, buttons: [.ok], defaultButtonID: DialogButton.ok.id,
                           isDestructive: message.kind == .error || message.kind == .warning)
    }

    /// Rows to reserve for `message`: at least one, so the layout does not jump for short ones.
    public static func height(for message: StatusMessage?, width: Int) -> Int {
        max(1, lines(for: message, width: width).count)
    }

    /// Draws the message into `rect`, one wrapped line per row.
    public static func render(_ message: StatusMessage?, into buffer: inout ScreenBuffer, in rect: Rect) {
        guard let message else { return }
        let role: StyleRole = message.kind == .info ? .normal : message.role
        for (offset, line) in lines(for: message, width: rect.width).prefix(rect.height).enumerated() {
            buffer.write(line, row: rect.row + offset, column: rect.column + 1, role: role, maxWidth: rect.width - 2)
        }
    }
}
