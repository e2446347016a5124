import TUIKit
import VetCore

extension HolidaysScreen {
    /// Regions as short column headings, in table order.
    static let regionColumns: [(PracticeRegion, String)] = [
        (.englandWales, "E&W"), (.scotland, "Scot"), (.northernIreland, "NI"), (.jersey, "Jsy"), (.eu, "EU"),
    ]

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let region = calendar?.region.displayName ?? "…"
        let view = showsPreview ? "computed holidays, \(region)" : "one-off changes, all regions"
        buffer.write("Year \(year) (← → changes it)   \(view)", row: rect.row, column: rect.column + 1,
                     role: .label, maxWidth: rect.width - 2)
        let area = Rect(row: rect.row + 2, column: rect.column, height: rect.height - 2, width: rect.width)
        if showsPreview {
            renderPreview(into: &buffer, in: area)
        } else {
            renderTable(into: &buffer, in: area)
        }
        if let confirm { Dialog.render(confirm, into: &buffer, in: rect) }
        return nil
    }

    private func renderTable(into buffer: inout ScreenBuffer, in area: Rect) {
        var columns = [TableColumn("Date", width: .fixed(10)), TableColumn("Change", width: .fixed(9)),
                       TableColumn("Name", width: .flexible())]
        columns += Self.regionColumns.map { TableColumn($0.1, width: .fixed(4)) }
        let rows = changesInYear.map { change in
            TableRow([change.date.iso, change.isHoliday ? "holiday" : "cancelled", change.name]
                        + Self.regionColumns.map { change.regions.contains($0.0) ? "yes" : "-" },
                     role: change.isHoliday ? .normal : .dim)
        }
        let table = TableView(columns: columns, rows: rows,
                              emptyText: "No one-off changes in \(year). F2 adds one; F6 shows the computed calendar.")
        var shown = list
        shown.pageSize = table.pageSize(in: area)
        table.render(into: &buffer, in: area, state: shown)
    }

    /// The computed year as plain lines: nothing to select here, only to check.
    private func renderPreview(into buffer: inout ScreenBuffer, in area: Rect) {
        let holidays = calendar?.holidays(in: year) ?? []
        let column = area.column + 2
        buffer.write(pad("Date", to: 11) + pad("Day", to: 4) + "Holiday", row: area.row, column: column, role: .header,
                     maxWidth: area.width - 4)
        if holidays.isEmpty {
            buffer.write("No holidays computed for \(year).", row: area.row + 1, column: column, role: .dim)
        }
        for (offset, holiday) in holidays.enumerated() where area.row + 1 + offset < area.bottom {
            let line = pad(holiday.date.iso, to: 11) + pad(holiday.date.weekdayName, to: 4) + holiday.name
            buffer.write(line, row: area.row + 1 + offset, column: column, maxWidth: area.width - 4)
        }
    }
}
