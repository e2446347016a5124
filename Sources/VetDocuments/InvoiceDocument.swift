import TUIKit
import VetCore
import VetStore

/// An invoice (a receipt once paid) as text: who it is from, who it is to, each line with its
/// VAT, the VAT breakdown by rate, the totals, the payments allocated to it and what is still
/// outstanding. Every figure is one the store read; nothing here re-computes money.
public enum InvoiceDocument {
    public static func render(_ data: InvoiceDocumentData, layout: PrintLayout) -> RenderedDocument {
        let invoice = data.standing.invoice
        let number = invoice.number ?? "draft"
        let kind = data.standing.paymentStatus == .paid ? "Receipt" : "Invoice"
        let width = layout.width
        var blocks = Letterhead.blocks(data.sender, width: width)
        blocks.append(TextBlock(DocumentText.wrapped("\(kind) \(number)", width: width)
            + DocumentText.labelled("Date", invoice.issuedOn?.iso ?? "", width: width)
            + (invoice.status == .reversed ? DocumentText.wrapped("REVERSED: this invoice was cancelled and is not owed", width: width) : [])))
        blocks.append(.blank)
        blocks += Letterhead.addressee(data.client, width: width)
        blocks.append(.blank)
        blocks += lineBlocks(data, layout: layout)
        blocks.append(.blank)
        blocks += totals(data, width: width)
        let heading = layout.pageLines == nil ? [] : Letterhead.running(sender: data.sender, what: "\(kind) \(number)",
                                                                         client: data.client, width: width)
        return Pagination.render(title: "\(kind) \(number)", heading: heading, blocks: blocks, layout: layout)
    }

    /// The lines: a table on A4 (description, quantity, unit price, VAT rate, net), and on a
    /// receipt the description over a line of figures.
    static func lineBlocks(_ data: InvoiceDocumentData, layout: PrintLayout) -> [TextBlock] {
        let width = layout.width
        let describe = { (line: InvoiceLine) -> String in
            let pet = line.petId.flatMap { data.petNames[$0] }
            return (pet.map { "\($0): " } ?? "") + line.description + (line.treatedOn.map { " (\($0.iso))" } ?? "")
        }
        if layout.pageLines == nil {
            var blocks = [TextBlock(DocumentText.rule(width))]
            for line in data.lines {
                let figures = "\(line.quantity) × \(Pence(line.unitPricePence).formatted) +"
                    + " \(VATRate(basisPoints: line.vatBasisPoints).formatted) VAT"
                blocks.append(TextBlock(DocumentText.wrapped(describe(line), width: width)
                    + DocumentText.labelled("  " + figures, line.gross.formatted, width: width)))
            }
            blocks.append(TextBlock(DocumentText.rule(width)))
            return blocks
        }
        let quantities = data.lines.map { String($0.quantity) }
        let units = data.lines.map { Pence($0.unitPricePence).formatted }
        let rates = data.lines.map { VATRate(basisPoints: $0.vatBasisPoints).formatted }
        let nets = data.lines.map { Pence($0.netPence).formatted }
        let widths = [DocumentText.columnWidth(quantities, minimum: 3), DocumentText.columnWidth(units, minimum: 10),
                      DocumentText.columnWidth(rates, minimum: 5), DocumentText.columnWidth(nets, minimum: 10)]
        var blocks = [TextBlock(DocumentText.row("Description", fixed: ["Qty", "Unit", "VAT", "Net"], widths: widths, width: width)
                                + [DocumentText.rule(width)])]
        for (index, line) in data.lines.enumerated() {
            blocks.append(TextBlock(DocumentText.row(describe(line), fixed: [quantities[index], units[index], rates[index], nets[index]],
                                                     widths: widths, width: width)))
        }
        blocks.append(TextBlock(DocumentText.rule(width)))
        return blocks
    }

    /// VAT by rate, the invoice's totals, what was paid and by what, and what is outstanding.
    static func totals(_ data: InvoiceDocumentData, width: Int) -> [TextBlock] {
        let invoice = data.standing.invoice
        var byRate: [Int: (net: Pence, vat: Pence)] = [:]
        for line in data.lines {
            let sums = byRate[line.vatBasisPoints] ?? (.zero, .zero)
            byRate[line.vatBasisPoints] = (sums.net + Pence(line.netPence), sums.vat + Pence(line.vatPence))
        }
        var vat = DocumentText.wrapped("VAT breakdown", width: width)
        for rate in byRate.keys.sorted() {
            guard let sums = byRate[rate] else { continue }
            vat += DocumentText.labelled("  \(VATRate(basisPoints: rate).formatted) on \(sums.net.formatted)",
                                         sums.vat.formatted, width: width)
        }
        let sums = DocumentText.labelled("Net", Pence(invoice.netPence).formatted, width: width)
            + DocumentText.labelled("VAT", Pence(invoice.vatPence).formatted, width: width)
            + DocumentText.labelled("Total", invoice.gross.formatted, width: width)
        var blocks = [TextBlock(vat), .blank, TextBlock(sums)]
        if !data.payments.isEmpty {
            var paid = DocumentText.wrapped("Paid", width: width)
            for payment in data.payments {
                let entry = payment.entry
                let how = [entry.entryOn.iso, entry.kind.displayName, entry.method?.displayName, entry.reference]
                    .compactMap { $0 }.joined(separator: " · ")
                paid += DocumentText.labelled("  " + how, payment.amount.formatted, width: width)
            }
            blocks += [.blank, TextBlock(paid)]
        }
        var owing = DocumentText.labelled("Total paid", data.standing.paid.formatted, width: width)
            + DocumentText.labelled("Outstanding on this invoice", data.standing.outstanding.formatted, width: width)
        if let status = data.standing.paymentStatus { owing += DocumentText.labelled("Status", status.displayName, width: width) }
        owing += DocumentText.labelled("Account balance", Balance(owed: data.accountBalance).formatted, width: width)
        blocks += [.blank, TextBlock(owing)]
        return blocks
    }
}
