import TUIKit
import VetCore
import VetStore

extension PriceListScreen {
    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let left = rect.column + 1
        guard let loaded else {
            buffer.write("Loading…", row: rect.row + 1, column: left, role: .dim)
            return nil
        }
        let retired = loaded.items.filter { !$0.active }.count
        let summary = "\(loaded.items.count - retired) items on offer, \(retired) retired"
            + (showRetired ? " (shown dimmed)" : " (F6 or v shows them)")
            + ". Prices are those in force today."
        // Two rows are kept for the summary, so at 80 columns it wraps instead of losing its end.
        for (offset, line) in wrap(summary, to: max(1, rect.width - 2)).prefix(2).enumerated() {
            buffer.write(line, row: rect.row + offset, column: left, role: .label, maxWidth: rect.width - 2)
        }
        let columns = [TableColumn("Code", width: .fixed(7)), TableColumn("Name", width: .flexible()),
                       TableColumn("Class", width: .fixed(13)),
                       TableColumn("Price", width: .fixed(9), alignment: .trailing),
                       TableColumn("VAT", width: .fixed(6), alignment: .trailing),
                       TableColumn("Next change", width: .fixed(18))]
        let rows = shown.map { item in
            TableRow([item.code, item.name + (item.active ? "" : " (retired)") + recallNote(item),
                      item.drugClass?.displayName ?? item.itemKind.displayName.lowercased(),
                      item.unitPrice.formatted, item.vatRate.formatted, nextChange(item, today: context.today)],
                     role: item.active ? .normal : .dim)
        }
        let area = Rect(row: rect.row + 2, column: rect.column, height: rect.height - 2, width: rect.width)
        let table = TableView(columns: columns, rows: rows,
                              emptyText: "No items on the price list yet. F2 or n adds one.")
        var state = list
        state.pageSize = table.pageSize(in: area)
        table.render(into: &buffer, in: area, state: state)
        if let notice { Dialog.render(notice, into: &buffer, in: rect) }
        return nil
    }

    /// " · recall 12 months": the recall an item starts, in the name column (Enter shows it whole).
    func recallNote(_ item: PriceItem) -> String {
        guard let id = item.id, let rule = loaded?.recalls[id] else { return "" }
        return " · recall \(rule.interval)"
    }

    /// The first dated price still to come: "2027-01-01 £52.00".
    func nextChange(_ item: PriceItem, today: LocalDate) -> String {
        guard let id = item.id, let next = loaded?.history[id]?.first(where: { $0.effectiveFrom > today }) else { return "" }
        let vat = next.vatBasisPoints == item.vatBasisPoints ? "" : " \(next.vatRate.formatted)"
        return "\(next.effectiveFrom.iso) \(next.unitPrice.formatted)\(vat)"
    }
}
