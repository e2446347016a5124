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
