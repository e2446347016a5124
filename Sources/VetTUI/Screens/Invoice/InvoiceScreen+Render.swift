import TUIKit
import VetCore
import VetStore

extension InvoiceScreen {
    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let left = rect.column + 2
        let width = rect.width - 4
        guard let invoice else {
            buffer.write("Loading…", row: rect.row + 1, column: left, role: .dim)
            return nil
        }
        let issued = invoice.issuedOn.map { " issued \($0.iso)" } ?? ""
        let status = invoice.number == nil ? "" : " · " + (standing.map(MoneyText.status) ?? MoneyText.status(invoice))
        buffer.write("\(MoneyText.invoiceName(invoice))\(status)\(issued) · \(clientName)",
                     row: rect.row + 1, column: left, role: .title, maxWidth: width)
        let paid = standing.map { "Paid \($0.paid.formatted), outstanding \($0.outstanding.formatted). " } ?? ""
        let site = siteNames[invoice.siteId].map { "At \($0). " } ?? ""
        let state = site + (invoice.status == .draft ? "A draft: lines can change until it is finalised at checkout."
            : invoice.status == .finalised ? paid + "Never edited; a manager can reverse it."
            : "REVERSED: its amount has been taken off the account.")
        // Two rows are free above the table, so the state wraps rather than being cut off.
        for (offset, line) in wrap(state, to: width).prefix(2).enumerated() {
            buffer.write(line, row: rect.row + 2 + offset, column: left,
                         role: invoice.status == .reversed ? .warning : .dim, maxWidth: width)
        }
        let totalsRows = 4
        let tableRect = Rect(row: rect.row + 4, column: rect.column, height: max(2, rect.height - 4 - totalsRows),
                             width: rect.width)
        let table = TableView(
            columns: [TableColumn("Description", width: .flexible()), TableColumn("Treated", width: .fixed(10)),
                      TableColumn("Qty", width: .fixed(5), alignment: .trailing),
                      TableColumn("Unit", width: .fixed(10), alignment: .trailing),
                      TableColumn("VAT", width: .fixed(6), alignment: .trailing),
                      TableColumn("Total", width: .fixed(10), alignment: .trailing)],
            rows: lines.map { line in
                TableRow([line.description + (line.allergyReason.map { " (despite allergy alert: \($0))" } ?? ""),
                          line.treatedOn?.iso ?? "", "\(line.quantity)",
                          Pence(line.unitPricePence).formatted, VATRate(basisPoints: line.vatBasisPoints).formatted,
                          line.gross.formatted])
            },
            emptyText: "No lines. F5 adds one from the price list.")
        var shown = list
        shown.pageSize = table.pageSize(in: tableRect)
        table.render(into: &buffer, in: tableRect, state: shown)
        var row = tableRect.bottom
        for (label, amount) in [("Net", Pence(invoice.netPence)), ("VAT", Pence(invoice.vatPence)), ("Total", invoice.gross)] {
            buffer.write(padLeading("\(label) \(amount.formatted)", to: width), row: row, column: left,
                         role: label == "Total" ? .title : .normal)
            row += 1
        }
        if let picker { return picker.render(into: &buffer, in: rect) }
        if let warning { return warning.render(into: &buffer, in: rect) }
        if let confirm { Dialog.render(confirm, into: &buffer, in: rect) }
        return nil
    }
}
