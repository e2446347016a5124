/// A table row opened in full: every column's heading and its whole text, wrapped, in a box
/// that scrolls. Tables cut long cells to fit their columns; this is where they are read.
public struct RowDetailState: Hashable, Sendable {
    public struct Item: Hashable, Sendable {
        public let label: String
        public let text: String

        public init(label: String, text: String) {
            self.label = label
            self.text = text
        }
    }

    public let title: String
    public let items: [Item]
    public private(set) var topLine: Int = 0
    /// Visible rows, from the layout.
    public var pageSize: Int = 10

    public init(title: String, items: [Item]) {
        self.title = title
        self.items = items
    }

    /// Each item as its label on one line and its text wrapped and indented below it, with a
    /// blank line between items; line breaks in the text are kept.
    public func lines(width: Int) -> [(text: String, role: StyleRole)] {
        var lines: [(String, StyleRole)] = []
        for item in items {
            if !lines.isEmpty { lines.append(("", .normal)) }
            lines.append((item.label, .header))
            let body = item.text.isEmpty ? ["—"] : wrap(item.text, to: max(1, width - 2))
            lines += body.map { ("  " + $0, .normal) }
        }
        return lines
    }

    /// Arrows, PgUp/PgDn, Home/End scroll; the rest (Esc, Enter) is left to the screen.
    public mutating func handle(_ key: Key, width: Int) -> KeyHandling {
        guard let moved = ScrollKeys.top(after: key, from: topLine, pageSize: pageSize,
                                         lineCount: lines(width: width).count) else { return .notHandled }
        topLine = moved
        return .handled
    }

    /// Width of the text inside the box drawn in `rect`, for `handle(_:width:)`.
    public static func bodyWidth(in rect: Rect) -> Int { max(1, rect.width - 4) }

    /// Draws the box with the title in its top edge and the visible lines.
    public func render(into buffer: inout ScreenBuffer, in rect: Rect, boxStyle: BoxStyle = .line) {
        buffer.fill(rect)
        let inside = buffer.drawBox(rect, style: boxStyle, title: title)
        let body = Rect(row: inside.row, column: inside.column + 1, height: inside.height, width: inside.width - 2)
        let lines = lines(width: body.width)
        let top = min(topLine, max(0, lines.count - body.height))
        for (offset, line) in lines.dropFirst(top).prefix(body.height).enumerated() {
            buffer.write(line.text, row: body.row + offset, column: body.column, role: line.role, maxWidth: body.width)
        }
    }
}

extension TableView {
    /// Row `index` in full, labelled by the column headings, for a `RowDetailState`.
    public func detail(ofRow index: Int, title: String) -> RowDetailState? {
        guard rows.indices.contains(index) else { return nil }
        let cells = rows[index].cells
        let items = columns.indices.map { column in
            RowDetailState.Item(label: columns[column].title.isEmpty ? "Column \(column + 1)" : columns[column].title,
                                text: column < cells.count ? cells[column] : "")
        }
        return RowDetailState(title: title, items: items)
    }
}
