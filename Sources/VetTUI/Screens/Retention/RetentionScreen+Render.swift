import Foundation
import TUIKit
import VetCore
import VetStore

extension RetentionScreen {
    static let columns = [
        TableColumn("Tick", width: .fixed(4)), TableColumn("What", width: .fixed(6)), TableColumn("Name", width: .flexible(weight: 3)),
        TableColumn("Due since", width: .fixed(10)), TableColumn("Held because", width: .flexible(weight: 4)),
    ]

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        guard let items else {
            buffer.write("Reading the whole practice against the retention periods…", row: rect.row + 1,
                         column: rect.column + 2, role: .dim)
            return nil
        }
        let summary = items.isEmpty ? "Nothing has passed its retention period on \(context.today.iso)."
            : "\(items.count) past retention on \(context.today.iso): \(chosen.count) of \(due.count) ticked, "
                + "\(held.count) held (Space ticks, a all)."
        buffer.write(summary, row: rect.row, column: rect.column + 1, role: .label, maxWidth: rect.width - 2)
        let detailHeight = rect.height >= 30 ? 8 : 5
        let area = Rect(row: rect.row + 2, column: rect.column, height: max(1, rect.height - 3 - detailHeight),
                        width: rect.width)
        let rows = items.map { item in
            TableRow([item.heldBecause != nil ? "" : ticked.contains(item.key) ? "[x]" : "[ ]", item.kind.rawValue, item.name, item.dueOn.iso, item.heldBecause.map { "HELD: " + $0 } ?? "—"],
                     role: item.heldBecause == nil ? .normal : .dim)
        }
        let table = TableView(columns: Self.columns, rows: rows, emptyText: "No client or pet is due for anonymising.")
        var shown = list
        shown.pageSize = table.pageSize(in: area)
        table.render(into: &buffer, in: area, state: shown)
        if let item = selected {
            var row = rect.bottom - detailHeight
            for line in Self.detailLines(item, width: rect.width - 2).prefix(detailHeight) {
                buffer.write(line, row: row, column: rect.column + 1, role: .dim)
                row += 1
            }
        }
        renderConfirmation(into: &buffer, in: rect)
        return confirmationCursor(in: rect)
    }

    /// The selected item's reasons, one per period, and the dry run of what anonymising removes.
    static func detailLines(_ item: RetentionItem, width: Int) -> [String] {
        var lines = ["Why \(item.name) is due:"] + item.reasons.flatMap { wrap("  " + $0, to: width) }
        if let held = item.heldBecause { lines += wrap("Held: \(held).", to: width) }
        if !item.removes.isEmpty { lines += wrap("Anonymising removes: " + item.removes.joined(separator: ", ") + ".", to: width) }
        return lines
    }

    /// The typing box: the explanation, a blank line and the field, inside a border.
    private func confirmationRect(in rect: Rect) -> Rect {
        let width = min(66, rect.width - 4)
        let textLines = wrap(confirmationText, to: width - 4).count
        return rect.centered(height: textLines + 4, width: width)
    }

    private var confirmationText: String {
        "Type \(Self.confirmationWord) and press Enter to anonymise \(Self.describe(chosen)). "
            + "Typing the word, not just pressing a key, means no stray keypress can remove anyone's identity. "
            + "Esc cancels."
    }

    private func renderConfirmation(into buffer: inout ScreenBuffer, in rect: Rect) {
        switch stage {
        case .browsing: return
        case .asking(let dialog): Dialog.render(dialog, into: &buffer, in: rect)
        case .typing(let field):
            let box = confirmationRect(in: rect)
            buffer.fill(box, role: .dialog)
            let inside = buffer.drawBox(box, role: .dialog, title: "Confirm by typing", titleRole: .warning)
            for (offset, line) in wrap(confirmationText, to: inside.width - 2).prefix(inside.height - 2).enumerated() {
                buffer.write(line, row: inside.row + offset, column: inside.column + 1, role: .dialog)
            }
            TextField.render(field, into: &buffer, in: fieldRect(inside), focused: true)
        }
    }

    private func fieldRect(_ inside: Rect) -> Rect {
        Rect(row: inside.bottom - 1, column: inside.column + 1, height: 1, width: min(24, inside.width - 2))
    }

    private func confirmationCursor(in rect: Rect) -> CursorPosition? {
        guard case .typing(let field) = stage else { return nil }
        let inside = confirmationRect(in: rect).inset(by: 1)
        let area = fieldRect(inside)
        return CursorPosition(row: area.row, column: area.column + min(field.viewport(width: area.width).cursorColumn,
                                                                       area.width - 1))
    }

    /// The result page: what was anonymised, what was held and why, and the audit note written.
    static func appliedLines(_ applied: RetentionApplied, by name: String, at now: Date, zone: TimeZone) -> [PageLine] {
        var lines = [PageLine("Retention review applied", .title), .blank,
                     PageLine("Anonymised (\(applied.anonymised.count))", .header)]
        lines += applied.anonymised.isEmpty ? [PageLine("  nothing")]
            : applied.anonymised.map { PageLine("  \($0.kind.rawValue) \($0.name) — due since \($0.dueOn.iso)") }
        if !applied.notSelected.isEmpty {
            lines += [.blank, PageLine("Not ticked, left as they are (\(applied.notSelected.count))", .header)]
            lines += applied.notSelected.map { PageLine("  \($0.kind.rawValue) \($0.name) — due since \($0.dueOn.iso)", .dim) }
        }
        lines += [.blank, PageLine("Held, left as they are (\(applied.held.count))", .header)]
        lines += applied.held.isEmpty ? [PageLine("  nothing")]
            : applied.held.map { PageLine("  \($0.kind.rawValue) \($0.name) — \($0.heldBecause ?? "held")", .dim) }
        lines += [.blank, PageLine("Audit note", .header),
                  PageLine("  'apply retention review' recorded by \(name) at \(DisplayFormat.dateTime(now, zone: zone)): "
                      + "\(applied.anonymised.count) anonymised, \(applied.held.count) held. Each anonymised record has "
                      + "its own audit entry."),
                  .blank, PageLine("Esc goes back to the review.", .dim)]
        return lines
    }
}
