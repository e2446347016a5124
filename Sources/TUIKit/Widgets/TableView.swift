/// A column of a table: heading, width and alignment.
public struct TableColumn: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable { case leading, trailing }

    public let title: String
    public let width: LayoutLength
    public let alignment: Alignment

    public init(_ title: String, width: LayoutLength = .flexible(), alignment: Alignment = .leading) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// One table row: cell texts plus the role they are drawn in (overdue, disabled …).
public struct TableRow: Hashable, Sendable {
    public let cells: [String]
    public let role: StyleRole

    public init(_ cells: [String], role: StyleRole = .normal) {
        self.cells = cells
        self.role = role
    }
}

/// A scrolling, selectable table (or a one-column list) rendered from a `ListState`.
public struct TableView: Sendable {
    public let columns: [TableColumn]
    public let rows: [TableRow]
    /// Shown when there are no rows, e.g. "No clients match 'smyth'."
    public let emptyText: String
    public let showsHeader: Bool

    public init(columns: [TableColumn], rows: [TableRow], emptyText: String = "Nothing to show.", showsHeader: Bool = true) {
        self.columns = columns
        self.rows = rows
        self.emptyText = emptyText
        self.showsHeader = showsHeader
    }

    /// Rows available for items once the header is drawn; screens set `ListState.pageSize` to it.
    public func pageSize(in rect: Rect) -> Int {
        max(1, rect.height - (showsHeader ? 1 : 0))
    }

    /// Draws the header, the visible rows and the selection bar; a ">" marks the selected row so
    /// it is visible without colour.
    public func render(into buffer: inout ScreenBuffer, in rect: Rect, state: ListState, focused: Bool = true) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect)
        let body = Rect(row: rect.row, column: rect.column + 2, height: rect.height, width: rect.width - 2)
        let columnRects = body.splitColumns(columns.map(\.width), gap: 1)
        var row = rect.row
        if showsHeader {
            for (column, area) in zip(columns, columnRects) {
                buffer.write(aligned(column.title, column, area.width), row: row, column: area.column, role: .header)
            }
            row += 1
        }
        guard !rows.isEmpty else {
            buffer.write(emptyText, row: row, column: body.column, role: .dim, maxWidth: body.width)
            return
        }
        for index in state.visibleRange(height: rect.bottom - row) {
            let isSelected = index == state.selectedIndex
            let role: StyleRole = isSelected && focused ? .selected : rows[index].role
            buffer.fill(Rect(row: row, column: rect.column, height: 1, width: rect.width), role: role)
            if isSelected { buffer.write(">", row: row, column: rect.column, role: role) }
            for (offset, area) in columnRects.enumerated() {
                let text = offset < rows[index].cells.count ? rows[index].cells[offset] : ""
                buffer.write(aligned(text, columns[offset], area.width), row: row, column: area.column, role: role)
            }
            row += 1
        }
    }

    private func aligned(_ text: String, _ column: TableColumn, _ width: Int) -> String {
        column.alignment == .leading ? pad(text, to: width) : padLeading(text, to: width)
    }
}
