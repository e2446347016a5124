import Testing
import TUIKit

@Suite("List state and table view")
struct ListAndTableTests {
    @Test func arrowsPagesAndEndsMoveTheSelection() {
        var list = ListState(itemCount: 50, pageSize: 10)
        #expect(list.selectedIndex == 0)
        #expect(list.handle(.down) == .handled)
        #expect(list.selectedIndex == 1)
        _ = list.handle(.pageDown)
        #expect(list.selectedIndex == 11)
        #expect(list.scrollOffset == 2)
        _ = list.handle(.end)
        #expect(list.selectedIndex == 49 && list.scrollOffset == 40)
        _ = list.handle(.pageUp)
        #expect(list.selectedIndex == 39 && list.scrollOffset == 39)
        _ = list.handle(.home)
        #expect(list.selectedIndex == 0 && list.scrollOffset == 0)
        _ = list.handle(.up)
        #expect(list.selectedIndex == 0)
        #expect(list.handle(.enter) == .notHandled)
        #expect(list.handle(.character("x")) == .notHandled)
    }

    @Test func emptyListHasNoSelection() {
        var list = ListState(itemCount: 0)
        #expect(list.selectedIndex == nil)
        #expect(list.handle(.down) == .handled)
        list.setItemCount(3)
        #expect(list.selectedIndex == 0)
        list.select(2)
        list.setItemCount(1)
        #expect(list.selectedIndex == 0)
    }

    @Test func visibleRangeAlwaysContainsTheSelection() {
        var list = ListState(itemCount: 30, pageSize: 20)
        list.select(25)
        #expect(list.visibleRange(height: 5).contains(25))
        #expect(list.visibleRange(height: 5) == 21..<26)
    }

    static let columns = [TableColumn("Client", width: .flexible()), TableColumn("Pet", width: .fixed(8)), TableColumn("Owes", width: .fixed(7), alignment: .trailing)]

    @Test func rendersHeaderRowsAndSelection() {
        let rows = [
            TableRow(["Zoë Ó Briain", "Biscuit", "£12.50"]),
            TableRow(["王小明", "小白🐶", "£0.00"]),
            TableRow(["Łukasz Nguyễn-Smythe-Jones", "Mr Whiskers", "£1,204.00"], role: .overdue),
        ]
        let table = TableView(columns: Self.columns, rows: rows)
        var list = ListState(itemCount: rows.count)
        _ = list.handle(.down)
        var buffer = ScreenBuffer(rows: 5, columns: 40)
        table.render(into: &buffer, in: buffer.bounds, state: list)
        #expect(buffer.text == """
              Client                Pet         Owes
              Zoë Ó Briain          Biscuit   £12.50
            > 王小明                小白🐶     £0.00
              Łukasz Nguyễn-Smythe… Mr Whis… £1,204…

            """)
        #expect(buffer[2, 10].role == .selected)
        #expect(buffer[3, 3].role == .overdue)
        #expect(buffer[1, 2].role == .normal)
    }

    @Test func scrollsToKeepTheSelectionVisible() {
        let rows = (1...20).map { TableRow(["Client \($0)", "", ""]) }
        let table = TableView(columns: Self.columns, rows: rows, showsHeader: false)
        var buffer = ScreenBuffer(rows: 3, columns: 30)
        var list = ListState(itemCount: rows.count, pageSize: table.pageSize(in: buffer.bounds))
        for _ in 0..<5 { _ = list.handle(.down) }
        table.render(into: &buffer, in: buffer.bounds, state: list)
        #expect(buffer.rows.map { $0.prefix(11) } == ["  Client 4 ", "  Client 5 ", "> Client 6 "])
    }

    @Test func showsEmptyStateText() {
        let table = TableView(columns: Self.columns, rows: [], emptyText: "No clients match 'smyth'.")
        var buffer = ScreenBuffer(rows: 3, columns: 40)
        table.render(into: &buffer, in: buffer.bounds, state: ListState())
        #expect(buffer.rows[1] == pad("  No clients match 'smyth'.", to: 40))
        #expect(buffer[1, 2].role == .dim)
    }
}
