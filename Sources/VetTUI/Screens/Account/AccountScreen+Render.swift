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
        var buckets = "Aged debt: 0–30 days \(aged.current.formatted) · 31–60 \(aged.days31to60.formatted) · "
            + "61–90 \(aged.days61to90.formatted) · over 90 \(aged.over90.formatted)"
        if aged.unallocatedCredit.value > 0 { buckets += " · credit \(aged.unallocatedCredit.formatted)" }
        buffer.write(buckets, row: row, column: left, role: aged.over90.value > 0 ? .overdue : .normal, maxWidth: width)
        row += 2
        let rest = rect.bottom - row
        let invoiceHeight = min(max(2, account.invoices.count + 1), max(2, rest / 2))
        let invoiceRect = Rect(row: row, column: rect.column, height: invoiceHeight, width: rect.width)
        let invoices = TableView(
            columns: [TableColumn("Invoice", width: .fixed(16)), TableColumn("Status", width: .fixed(10)),
                      TableColumn("Issued", width: .fixed(10)), TableColumn("Total", width: .fixed(12), alignment: .trailing),
                      TableColumn("", width: .flexible())],
            rows: account.invoices.map { invoice in
                TableRow([MoneyText.invoiceName(invoice), MoneyText.status(invoice), invoice.issuedOn?.iso ?? "",
                          invoice.gross.formatted, invoice.status == .draft ? "waiting for checkout" : ""],
                         role: invoice.status == .reversed ? .dim : .normal)
            },
            emptyText: "No invoices yet.")
        var shown = list
        shown.pageSize = invoices.pageSize(in: invoiceRect)
        invoices.render(into: &buffer, in: invoiceRect, state: shown)
        row = invoiceRect.bottom + 1
        renderStatement(account.statement, into: &buffer, row: row, left: left, width: width, bottom: rect.bottom)
        return nil
    }

    /// The latest statement entries that fit, oldest at the top, with the balance after each.
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
        buffer.write(columns("Date", "Statement entry", "Amount", "Balance"), row: row, column: left, role: .header,
                     maxWidth: width)
        row += 1
        if statement.isEmpty {
            buffer.write("Nothing on the account yet.", row: row, column: left, role: .dim, maxWidth: width)
        }
        for line in statement.suffix(max(0, bottom - row)) {
            let entry = line.entry
            let detail = [line.invoiceNumber, entry.method?.displayName, entry.reference, entry.note].compactMap { $0 }
            buffer.write(columns(entry.entryOn.iso, ([entry.kind.displayName] + detail).joined(separator: " · "),
                                 Pence(entry.balanceEffectPence).formatted, line.runningBalance.formatted),
                         row: row, column: left, maxWidth: width)
            row += 1
        }
    }
}
