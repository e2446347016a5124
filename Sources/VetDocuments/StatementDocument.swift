import TUIKit
import VetCore
import VetStore

/// A client's statement as text: every entry with the running balance, each invoice with what
/// is outstanding, the balance and the aged debt — the figures `accountStatement` read.
public enum StatementDocument {
    public static func render(_ data: StatementDocumentData, layout: PrintLayout) -> RenderedDocument {
        let statement = data.statement
        let width = layout.width
        var blocks = Letterhead.blocks(data.sender, width: width)
        blocks.append(TextBlock(DocumentText.wrapped("Statement of account", width: width)
            + DocumentText.labelled("Date", statement.on.iso, width: width)))
        blocks.append(.blank)
        blocks += Letterhead.addressee(statement.client, width: width)
        blocks.append(.blank)
        blocks += entryBlocks(statement, layout: layout)
        blocks.append(.blank)
        blocks += invoiceBlocks(statement, width: width)
        blocks.append(.blank)
        blocks += summary(statement, width: width)
        let heading = layout.pageLines == nil ? [] : Letterhead.running(sender: data.sender, what: "Statement \(statement.on.iso)",
                                                                         client: statement.client, width: width)
        return Pagination.render(title: "Statement \(statement.client.fullName)", heading: heading, blocks: blocks, layout: layout)
    }

    /// The entries oldest first: date, what it was, the amount and the balance after it.
    static func entryBlocks(_ statement: AccountStatement, layout: PrintLayout) -> [TextBlock] {
        let width = layout.width
        if statement.lines.isEmpty { return [TextBlock(DocumentText.wrapped("Nothing on the account yet.", width: width))] }
        let amounts = statement.lines.map { Pence($0.entry.balanceEffectPence).formatted }
        let balances = statement.lines.map(\.runningBalance.formatted)
        if layout.pageLines == nil {
            var blocks = [TextBlock(DocumentText.rule(width))]
            for (index, line) in statement.lines.enumerated() {
                blocks.append(TextBlock(DocumentText.wrapped(line.entry.entryOn.iso + " " + line.detail, width: width, indent: 2)
                    + DocumentText.labelled("  \(amounts[index])", "balance \(balances[index])", width: width)))
            }
            return blocks + [TextBlock(DocumentText.rule(width))]
        }
        let widths = [10, DocumentText.columnWidth(amounts, minimum: 10), DocumentText.columnWidth(balances, minimum: 10)]
        var blocks = [TextBlock(row("Entry", ["Date", "Amount", "Balance"], widths, width) + [DocumentText.rule(width)])]
        for (index, line) in statement.lines.enumerated() {
            blocks.append(TextBlock(row(line.detail, [line.entry.entryOn.iso, amounts[index], balances[index]], widths, width)))
        }
        return blocks + [TextBlock(DocumentText.rule(width))]
    }

    /// Date first, then the wrapped detail, then the amounts: a date column on the left.
    private static func row(_ detail: String, _ fixed: [String], _ widths: [Int], _ width: Int) -> [String] {
        let dateWidth = widths[0] + 1
        let rest = DocumentText.row(detail, fixed: Array(fixed.dropFirst()), widths: Array(widths.dropFirst()),
                                    width: width - dateWidth)
        return rest.enumerated().map { index, line in
            (index == 0 ? pad(fixed[0], to: widths[0]) : String(repeating: " ", count: widths[0])) + " " + line
        }
    }

    /// Each invoice issued: number, date, total, outstanding and whether it is paid.
    static func invoiceBlocks(_ statement: AccountStatement, width: Int) -> [TextBlock] {
        guard !statement.invoices.isEmpty else { return [] }
        var blocks = [TextBlock(DocumentText.wrapped("Invoices", width: width))]
        for standing in statement.invoices {
            let invoice = standing.invoice
            let status = standing.paymentStatus?.displayName ?? (invoice.status == .reversed ? "Reversed" : "")
            let name = [invoice.number ?? "", invoice.issuedOn?.iso ?? "", status].filter { !$0.isEmpty }.joined(separator: " · ")
            blocks.append(TextBlock(DocumentText.wrapped("  " + name, width: width, indent: 4)
                + DocumentText.labelled("    total \(invoice.gross.formatted)", "outstanding \(standing.outstanding.formatted)",
                                        width: width)))
        }
        return blocks
    }

    /// The balance and the aged debt.
    static func summary(_ statement: AccountStatement, width: Int) -> [TextBlock] {
        let aged = statement.aged
        var lines = DocumentText.labelled("Balance", Balance(owed: statement.balance).formatted, width: width)
        lines += DocumentText.wrapped("Aged debt", width: width)
        for (label, amount) in [("  0–30 days", aged.current), ("  31–60 days", aged.days31to60),
                                ("  61–90 days", aged.days61to90), ("  Over 90 days", aged.over90)] {
            lines += DocumentText.labelled(label, amount.formatted, width: width)
        }
        if aged.unallocatedCredit.value > 0 {
            lines += DocumentText.labelled("  Credit held", aged.unallocatedCredit.formatted, width: width)
        }
        return [TextBlock(lines)]
    }
}
