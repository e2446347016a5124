import Foundation
import TUIKit
import VetCore
import VetStore

extension AuditTrailScreen {
    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        guard let page else {
            buffer.write("Reading the audit trail and checking its chain…", row: rect.row + 1, column: rect.column + 2, role: .dim)
            return nil
        }
        let chain: (String, StyleRole) = page.chainProblems.first.map {
            ("!! Audit chain BROKEN: \($0). Run vetdesk check.", .error)
        } ?? ("Audit chain intact: all \(page.entriesChecked) entries check out.", .ok)
        buffer.write(chain.0, row: rect.row, column: rect.column + 1, role: chain.1, maxWidth: rect.width - 2)
        let count = page.isCapped ? "newest \(page.rows.count) shown; narrow the filter to see older"
            : "\(page.rows.count) entries, newest first"
        buffer.write(filter.summary + "   (\(count))", row: rect.row + 1, column: rect.column + 1, role: .label,
                     maxWidth: rect.width - 2)
        let area = Rect(row: rect.row + 3, column: rect.column, height: max(1, rect.height - 5), width: rect.width)
        let table = table(zone: context.store.clock.timeZone)
        var shown = list
        shown.pageSize = table.pageSize(in: area)
        table.render(into: &buffer, in: area, state: shown)
        if let selected = selectedRow {
            let parts = ["#\(selected.id)", selected.userName ?? "(command line)", selected.action, Self.recordLabel(selected),
                         selected.clientName ?? "", selected.detail]
            let full = parts.filter { !$0.isEmpty }.joined(separator: " · ")
            buffer.write(full, row: rect.bottom - 1, column: rect.column + 1, role: .dim, maxWidth: rect.width - 2)
        }
        return nil
    }

    /// The entries as a table; Enter opens the selected one in full.
    func table(zone: TimeZone) -> TableView {
        let rows = (page?.rows ?? []).map { row in
            TableRow([DisplayFormat.dateTime(row.at, zone: zone), row.userName ?? "(command line)", row.action,
                      Self.recordLabel(row), row.clientName ?? "", row.detail])
        }
        return TableView(columns: Self.columns, rows: rows, emptyText: "No audit entries match this filter.")
    }

    /// "login #3", "request #2", "client #1": the record in the words staff use.
    static func recordLabel(_ row: AuditRow) -> String {
        let words = ["staff_user": "login", "dsr_request": "request", "holiday_change": "holiday"]
        let kind = words[row.recordType] ?? row.recordType.replacingOccurrences(of: "_", with: " ")
        return row.recordID.map { "\(kind) #\($0)" } ?? kind
    }

    static let columns = [
        TableColumn("Time", width: .fixed(17)), TableColumn("User", width: .flexible(weight: 2)),
        TableColumn("Action", width: .flexible(weight: 3)), TableColumn("Record", width: .flexible(weight: 2)),
        TableColumn("Client", width: .flexible(weight: 3)), TableColumn("Detail", width: .flexible(weight: 2)),
    ]
}
