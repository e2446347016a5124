import TUIKit
import VetCore
import VetStore

extension RequestQueueScreen {
    /// Below 100 columns the received date moves to the detail screen so names stay readable.
    static func columns(width: Int) -> [TableColumn] {
        var columns = [TableColumn("Urgency", width: .fixed(11)), TableColumn("Reference", width: .fixed(13)),
                       TableColumn("Kinds", width: .flexible(weight: 3)), TableColumn("Client", width: .flexible(weight: 4))]
        if width >= 100 { columns.append(TableColumn("Received", width: .fixed(10))) }
        columns += [TableColumn("Due", width: .fixed(10)), TableColumn("Left", width: .fixed(4), alignment: .trailing),
                    TableColumn("Status", width: .flexible(weight: 3))]
        return columns
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let filters = "Status: \(statusFilter?.displayName ?? "all open")   Kind: \(kindFilter?.displayName ?? "all")"
            + "   Closed: \(includeClosed ? "shown" : "hidden")   Today: \(context.today.iso)"
        buffer.write(filters, row: rect.row, column: rect.column + 1, role: .label, maxWidth: rect.width - 2)
        if !breaches.isEmpty {
            let overdue = breaches.contains { if case .overdue = $0.state { true } else { false } }
            let clocks = breaches.map { "\($0.reference) \($0.needsTelling && !$0.state.isOpen ? "tell the people affected" : $0.clockText)" }
            buffer.write("Breaches: " + clocks.joined(separator: "; ") + " (breach register: M, b)", row: rect.row + 1,
                         column: rect.column + 1, role: overdue ? .overdue : .dueSoon, maxWidth: rect.width - 2)
        }
        let wide = rect.width >= 100
        let rows = items.map { item -> TableRow in
            var cells = [item.urgency.label, item.reference, item.kinds, item.client]
            if wide { cells.append(item.received.iso) }
            cells += [item.due.iso, String(item.daysLeft), item.status.displayName]
            return TableRow(cells, role: Self.role(for: item.urgency))
        }
        let area = Rect(row: rect.row + 2, column: rect.column, height: rect.height - 2, width: rect.width)
        let table = TableView(columns: Self.columns(width: rect.width), rows: rows,
                              emptyText: "No requests match these filters.")
        var shown = list
        shown.pageSize = table.pageSize(in: area)
        table.render(into: &buffer, in: area, state: shown)
        return nil
    }

    static func role(for urgency: RequestQueueItem.Urgency) -> StyleRole {
        switch urgency {
        case .overdue: .overdue
        case .dueSoon: .dueSoon
        case .onTrack: .normal
        case .closed: .dim
        }
    }
}
