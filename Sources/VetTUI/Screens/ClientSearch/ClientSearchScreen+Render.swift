import TUIKit
import VetStore

extension ClientSearchScreen {
    static let columns = [
        TableColumn("Name", width: .flexible(weight: 3)),
        TableColumn("Postcode", width: .fixed(9)),
        TableColumn("Phone", width: .fixed(14)),
        TableColumn("Pets", width: .flexible(weight: 2)),
        TableColumn("Matched", width: .fixed(9)),
    ]

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        buffer.write("Find:", row: rect.row + 1, column: rect.column + 2, role: .label)
        let boxWidth = min(50, rect.width - 10)
        let cursor = TextField.render(query, into: &buffer,
                                      in: Rect(row: rect.row + 1, column: rect.column + 8, height: 1, width: boxWidth),
                                      focused: true)
        let help = picking.map { "Choose \($0.purpose): name, phone, postcode or email; ↑↓ then Enter chooses." }
            ?? "Name, phone, postcode, email, pet or microchip; ↑↓ then Enter opens."
        // The hint wraps rather than losing its end; the list starts below whatever it needs.
        var row = rect.row + 2
        for line in wrap(help, to: max(1, rect.width - 10)) {
            buffer.write(line, row: row, column: rect.column + 8, role: .dim, maxWidth: rect.width - 10)
            row += 1
        }
        if matched.hasMore {
            buffer.write("\(matched.shownOfTotal) shown — type more to narrow", row: row,
                         column: rect.column + 8, role: .warning, maxWidth: rect.width - 10)
            row += 1
        }
        let top = max(rect.row + 4, row)
        let tableRect = Rect(row: top, column: rect.column, height: rect.height - (top - rect.row), width: rect.width)
        let rows = hits.map { hit in
            TableRow([hit.name + (hit.status == "active" ? "" : " (\(hit.status))"), hit.postcode,
                      hit.phones.first ?? "", hit.pets.joined(separator: ", "), hit.matchedOn])
        }
        let empty = searchedFor.isEmpty ? "Start typing to search." : "No clients match '\(searchedFor)'. F2 registers a new client."
        var shownList = list
        let table = TableView(columns: Self.columns, rows: rows, emptyText: empty)
        shownList.pageSize = table.pageSize(in: tableRect)
        table.render(into: &buffer, in: tableRect, state: shownList)
        return cursor
    }
}
