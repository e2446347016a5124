import TUIKit
import VetCore
import VetStore

extension AccountScreen {
    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let left = rect.column + 2
        let width = rect.width - 4
        guard let account else {
            buffer.write("Loading…", row: rect.row + 1, column: left, role: .dim)
            return nil
        }
        var row = rect.row + 1
        let used = buffer.write("Account of \(clientName) · Balance: ", row: row, column: left, role: .title, maxWidth: width)
        buffer.write(DisplayFormat.balance(account.balance), row: row, column: left + used,
                     role: account.balance.value > 0 ? .warning : .normal, maxWidth: width - used)
        row += 1
        let aged = account.aged
        // Credit held shows in the balance above: it is never held beside debt, as it pays invoices at once.
        let buckets = "Aged debt: 0–30 days \(aged.current.formatted) · 31–60 \(aged.days31to60.formatted) · "
            + "61–90 \(aged.days61to90.formatted) · over 90 \(aged.over90.formatted)"
        buffer.write(buckets, row: row, column: left, role: aged.over90.value > 0 ? .overdue : .normal, maxWidth: width)
        row += 2
        let rest = rect.bottom - row
        let invoiceHeight = min(max(2, account.invoices.count + 1), max(2, rest / 2))
        let invoiceRect = Rect(row: row, column: rect.column, height: invoiceHeight, width: rect.width)
        let invoices = TableView(
            columns: [TableColumn("Invoice", width: .fixed(16)), TableColumn("Status", width: .fixed(11)),
                      TableColumn("Issued", width: .fixed(10)), TableColumn("Total", width: .fixed(11), alignment: .trailing),
                      TableColumn("Outstanding", width: .fixed(11), alignment: .trailing),
                      TableColumn("", width: .flexible())],
            rows: account.invoices.map { standing in
                let invoice = standing.invoice
                return TableRow([MoneyText.invoiceName(invoice), MoneyText.status(standing), invoice.issuedOn?.iso ?? "",
                                 invoice.gross.formatted, invoice.status == .finalised ? standing.outstanding.formatted : "",
                                 [account.sites[invoice.siteId], invoice.status == .draft ? "waiting for checkout" : nil]
                                    .compactMap { $0 }.joined(separator: " · ")],
                                role: invoice.status == .reversed || standing.paymentStatus == .paid ? .dim : .normal)
            },
            emptyText: "No invoices yet.")
        var shown = list
        shown.pageSize = invoices.pageSize(in: invoiceRect)
        invoices.render(into: &buffer, in: invoiceRect, state: shown)
        row = invoiceRect.bottom + 1
        renderStatement(account.statement, into: &buffer, row: row, left: left, width: width, bottom: rect.bottom)
        if let picker { return picker.render(into: &buffer, in: rect) }
        return nil
    }

    /// The statement with the balance after each entry: the newest that fit, or wherever it was scrolled to.
    private func renderStatement(_ statement: [StatementLine], into buffer: inout ScreenBuffer, row start: Int,
                                 left: Int, width: Int, bottom: Int) {
        let amountWidth = 12
        let entryWidth = max(10, width - 11 - 2 * (amountWidth + 1))
        func columns(_ date: String, _ entry: String, _ amount: String, _ balance: String) -> String {
            pad(date, to: 10) + " " + pad(entry, to: entryWidth) + " " + padLeading(amount, to: amountWidth) + " "
                + padLeading(balance, to: amountWidth)
        }
        var row = start
        guard row < bottom else { return }
        let rows = max(0, bottom - row - 1)
        let end = min(statement.count, max(statementEnd ?? statement.count, min(statement.count, rows)))
        let first = max(0, end - rows)
        let place = statement.count > rows ? " (\(first + 1)–\(end) of \(statement.count))" : ""
        let hint = statementFocused ? " · ↑↓ PgUp PgDn" : place.isEmpty ? "" : " · Tab scrolls"
        buffer.write(columns("Date", (place.isEmpty ? "Statement entry" : "Statement") + place + hint, "Amount", "Balance"),
                     row: row, column: left, role: statementFocused ? .title : .header, maxWidth: width)
        row += 1
        if statement.isEmpty {
            buffer.write("Nothing on the account yet.", row: row, column: left, role: .dim, maxWidth: width)
        }
        for line in statement[first..<end] {
            let entry = line.entry
            buffer.write(columns(entry.entryOn.iso, line.detail, Pence(entry.balanceEffectPence).formatted,
                                 line.runningBalance.formatted),
                         row: row, column: left, maxWidth: width)
            row += 1
        }
    }
}
