/// A scrolling view of `HelpContent`; arrows and PgUp/PgDn scroll, everything else is left to
/// the screen (Esc closes help through the command table).
public struct HelpViewState: Hashable, Sendable {
    public let content: HelpContent
    public private(set) var topLine: Int = 0
    /// Visible rows, from the layout.
    public var pageSize: Int = 20

    public init(content: HelpContent) {
        self.content = content
    }

    /// Scroll keys; the line count depends on width, so pass the width the view renders at.
    public mutating func handle(_ key: Key, width: Int) -> KeyHandling {
        guard let moved = ScrollKeys.top(after: key, from: topLine, pageSize: pageSize,
                                         lineCount: content.lines(width: width).count) else { return .notHandled }
        topLine = moved
        return .handled
    }

    /// Draws a boxed title and the visible help lines.
    public func render(into buffer: inout ScreenBuffer, in rect: Rect, boxStyle: BoxStyle = .line) {
        buffer.fill(rect)
        let inside = buffer.drawBox(rect, style: boxStyle, title: content.title)
        let body = Rect(row: inside.row, column: inside.column + 1, height: inside.height, width: inside.width - 2)
        let lines = content.lines(width: body.width)
        let top = min(topLine, max(0, lines.count - body.height))
        for (offset, line) in lines.dropFirst(top).prefix(body.height).enumerated() {
            buffer.write(line.text, row: body.row + offset, column: body.column, role: line.role, maxWidth: body.width)
        }
        // Say on the frame when lines are hidden, so nobody takes the visible part for all of it.
        if top + body.height < lines.count {
            let note = " more below: ↓ or PgDn "
            buffer.write(note, row: rect.bottom - 1, column: rect.column + max(1, rect.width - note.count - 2), role: .label)
        }
        if top > 0 {
            let note = " more above: ↑ or PgUp "
            buffer.write(note, row: rect.row, column: rect.column + max(1, rect.width - note.count - 2), role: .label)
        }
    }
}
