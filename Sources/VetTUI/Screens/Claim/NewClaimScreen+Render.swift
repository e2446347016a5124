import TUIKit
import VetCore
import VetStore

extension NewClaimScreen {
    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let left = rect.column + 2
        let width = rect.width - 4
        buffer.write("Claim for \(pet.name) on \(insurerName) policy \(policy.policyNumber) (excess "
            + "\(Pence(policy.excessPence).formatted))", row: rect.row + 1, column: left, role: .title, maxWidth: width)
        let formRect = Rect(row: rect.row + 3, column: left, height: 4, width: min(width, 24 + FormSupport.editorWidth))
        var shown = form
        shown.setFieldWidth(Form.editorWidth(form, in: formRect))
        let cursor = Form.render(shown, into: &buffer, in: formRect)
        let total = candidates.filter { $0.line.id.map(ticked.contains) ?? false }.map(\.line.gross).sum()
        let heading = "Invoice lines of \(pet.name) (Tab here, Space ticks): \(ticked.count) ticked, \(total.formatted) claimed"
        buffer.write(heading, row: rect.row + 7, column: left, role: linesFocused ? .title : .label, maxWidth: width)
        let tableRect = Rect(row: rect.row + 8, column: rect.column, height: rect.bottom - rect.row - 8, width: rect.width)
        let table = TableView(
            columns: [TableColumn("", width: .fixed(3)), TableColumn("Invoice", width: .fixed(15)),
                      TableColumn("Treated", width: .fixed(10)), TableColumn("Description", width: .flexible()),
                      TableColumn("Amount", width: .fixed(10), alignment: .trailing)],
            rows: candidates.map { item in
                let mark = item.line.id.map(ticked.contains) ?? false ? "[x]" : "[ ]"
                return TableRow([mark, item.invoiceName, item.line.treatedOn?.iso ?? "", item.line.description,
                                 item.line.gross.formatted])
            },
            emptyText: "No lines of \(pet.name) on finalised invoices: finalise the invoice first.")
        var state = list
        state.pageSize = table.pageSize(in: tableRect)
        table.render(into: &buffer, in: tableRect, state: state, focused: linesFocused)
        discard.render(into: &buffer, in: rect)
        return linesFocused || discard.isOpen ? nil : cursor
    }
}
