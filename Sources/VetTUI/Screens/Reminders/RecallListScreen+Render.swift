import TUIKit
import VetCore
import VetStore

/// Drawing the recall list: a summary line, the table with week headings, and the highlighted
/// reminder in full underneath, so nothing the columns cut is lost.
extension RecallListScreen {
    /// Rows kept under the table for the highlighted reminder.
    static let detailRows = 3

    static let columns = [
        TableColumn("Due", width: .fixed(10)), TableColumn("Pet", width: .flexible(weight: 2)),
        TableColumn("Client", width: .flexible(weight: 3)), TableColumn("For", width: .flexible(weight: 3)),
        TableColumn("By", width: .flexible(weight: 2)), TableColumn("Status", width: .flexible(weight: 4)),
    ]

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let left = rect.column + 1
        let width = rect.width - 2
        guard let recall else {
            buffer.write(loadError ?? "Reading the recall list…", row: rect.row, column: left,
                         role: loadError == nil ? .dim : .error, maxWidth: width)
            return nil
        }
        let summary = "Due by \(recall.dueBy.long) · \(recall.toSend.count) to send of \(recall.reminders.count) · "
            + "showing \(filter.label)"
        buffer.write(summary, row: rect.row, column: left, role: .label, maxWidth: width)
        let detailTop = rect.bottom - Self.detailRows
        buffer.fill(Rect(row: detailTop - 1, column: left, height: 1, width: width), with: "─", role: .dim)
        for (offset, line) in detailLines(width: width, context: context).enumerated() {
            buffer.write(line, row: detailTop + offset, column: left, role: .normal, maxWidth: width)
        }
        let area = Rect(row: rect.row + 2, column: rect.column, height: detailTop - 1 - (rect.row + 2), width: rect.width)
        renderTable(into: &buffer, in: area, today: context.today)
        if let asking { Dialog.render(asking, into: &buffer, in: rect) }
        return nil
    }

    private func renderTable(into buffer: inout ScreenBuffer, in area: Rect, today: LocalDate) {
        let body = Rect(row: area.row, column: area.column + 2, height: area.height, width: area.width - 3)
        let cells = body.splitColumns(Self.columns.map(\.width), gap: 1)
        for (column, cell) in zip(Self.columns, cells) {
            buffer.write(pad(column.title, to: cell.width), row: area.row, column: cell.column, role: .header)
        }
        guard !lines.isEmpty else {
            let empty = filter == .all ? "Nothing is due by then. F5 looks further ahead."
                : "No reminders are \(filter.label). F6 shows the others."
            buffer.write(empty, row: area.row + 1, column: body.column, role: .dim, maxWidth: body.width)
            return
        }
        var shown = list
        shown.pageSize = max(1, area.height - 1)
        for (offset, index) in shown.visibleRange(height: area.height - 1).enumerated() {
            let row = area.row + 1 + offset
            let isSelected = index == shown.selectedIndex
            switch lines[index] {
            case .week(let heading):
                let role: StyleRole = isSelected ? .selected : .title
                buffer.fill(Rect(row: row, column: area.column, height: 1, width: area.width - 1), role: role)
                buffer.write((isSelected ? "> " : "  ") + heading, row: row, column: area.column, role: role,
                             maxWidth: area.width - 1)
            case .reminder(let reminder):
                let role: StyleRole = isSelected ? .selected : RecallText.role(reminder, today: today)
                buffer.fill(Rect(row: row, column: area.column, height: 1, width: area.width - 1), role: role)
                if isSelected { buffer.write(">", row: row, column: area.column, role: role) }
                let texts = [reminder.dueOn.iso, reminder.recipient.petName, reminder.recipient.clientName,
                             reminder.reason.subject, RecallText.channels(reminder), reminder.status.phrase]
                for (text, cell) in zip(texts, cells) {
                    buffer.write(pad(text, to: cell.width), row: row, column: cell.column, role: role)
                }
            }
        }
    }

    /// The highlighted reminder in words, whole when it fits; otherwise the last line says how to read it all.
    func detailLines(width: Int, context: AppContext) -> [String] {
        guard let reminder = selected else {
            return wrap("↑↓ choose a reminder; Enter opens its client, i shows it in full, F8 sends, F5 due by, F6 show.",
                        to: width)
        }
        let items = RecallText.detail(reminder, zone: context.store.clock.timeZone)
        let text = items.prefix(2).map(\.text).joined(separator: " · ") + ". "
            + (items.dropFirst(2).map { "\($0.label): \($0.text)" }.joined(separator: ". "))
        var lines = wrap(text, to: width)
        if lines.count > Self.detailRows {
            lines = Array(lines.prefix(Self.detailRows))
            let more = " … i shows it all"
            lines[lines.count - 1] = truncate(lines[lines.count - 1], to: width - displayWidth(more)) + more
        }
        return lines
    }
}
