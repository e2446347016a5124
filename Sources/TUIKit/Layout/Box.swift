/// Characters for drawing boxes; ASCII works on any terminal and font.
public struct BoxStyle: Hashable, Sendable {
    public let horizontal: Character
    public let vertical: Character
    public let topLeft: Character
    public let topRight: Character
    public let bottomLeft: Character
    public let bottomRight: Character

    public init(
        horizontal: Character, vertical: Character, topLeft: Character, topRight: Character,
        bottomLeft: Character, bottomRight: Character
    ) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
    }

    /// Unicode line drawing: ┌─┐│└┘.
    public static let line = BoxStyle(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘")
    /// Plain ASCII: +-+|.
    public static let ascii = BoxStyle(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+")
}

extension ScreenBuffer {
    /// Draws a border around `rect` with an optional title in the top edge; returns the inside.
    @discardableResult
    public mutating func drawBox(
        _ rect: Rect, style: BoxStyle = .line, role: StyleRole = .border, title: String? = nil,
        titleRole: StyleRole = .title
    ) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(row: rect.row, column: rect.column, height: 0, width: 0) }
        let top = rect.row
        let bottom = rect.bottom - 1
        let left = rect.column
        let right = rect.right - 1
        fill(Rect(row: top, column: left + 1, height: 1, width: rect.width - 2), with: style.horizontal, role: role)
        fill(Rect(row: bottom, column: left + 1, height: 1, width: rect.width - 2), with: style.horizontal, role: role)
        fill(Rect(row: top + 1, column: left, height: rect.height - 2, width: 1), with: style.vertical, role: role)
        fill(Rect(row: top + 1, column: right, height: rect.height - 2, width: 1), with: style.vertical, role: role)
        write(String(style.topLeft), row: top, column: left, role: role)
        write(String(style.topRight), row: top, column: right, role: role)
        write(String(style.bottomLeft), row: bottom, column: left, role: role)
        write(String(style.bottomRight), row: bottom, column: right, role: role)
        if let title, rect.width > 4 {
            write(" " + truncate(title, to: rect.width - 6) + " ", row: top, column: left + 2, role: titleRole)
        }
        return rect.inset(by: 1)
    }
}
