import Foundation
import Testing
import VetCore
import VetDocuments
import VetStore

/// Invoices and statements laid out for A4 and the receipt roll: figures that agree with the
/// ledger, text that wraps instead of being cut, pages that break with their heading.
@Suite("Printed documents")
struct DocumentRenderingTests {
    /// The amounts on a text line ("£12.34", "-£20.00").
    private func amounts(_ line: String) -> [String] {
        line.split(separator: " ").map(String.init).filter { $0.hasPrefix("£") || $0.hasPrefix("-£") }
    }

    /// The value at the end of the line that starts with `label`.
    private func value(_ label: String, in lines: [String]) -> String? {
        lines.first { $0.hasPrefix(label + "  ") }?.split(separator: " ").last.map(String.init)
    }

    @Test(arguments: [PaperSize.a4, .receipt])
    func invoiceFiguresAgreeWithTheLedger(paper: PaperSize) throws {
        let fixture = try PrintPractice()
        let invoice = fixture.invoices[0]
        let data = try fixture.store.invoiceDocument(number: fixture.firstNumber, as: fixture.manager)
        let lines = InvoiceDocument.render(data, layout: PrintLayout(paper)).pages.flatMap { $0 }
        let standing = try fixture.store.invoiceStanding(id: try #require(invoice.id))
        #expect(value("Total", in: lines) == invoice.gross.formatted)
        #expect(value("Net", in: lines) == Pence(invoice.netPence).formatted)
        #expect(value("VAT", in: lines) == Pence(invoice.vatPence).formatted)
        #expect(value("Total paid", in: lines) == "£20.00")
        #expect(value("Outstanding on this invoice", in: lines) == standing.outstanding.formatted)
        let balance = try fixture.store.balance(clientID: fixture.practice.zoeID)
        #expect(lines.contains { $0.hasPrefix("Account balance") && $0.hasSuffix(Balance(owed: balance).formatted) })
        #expect(lines.contains { $0.hasPrefix("Status") && $0.hasSuffix("Part paid") })
        #expect(lines.contains("VAT registration number GB 123 4567 89"))
        #expect(lines.contains("1 Quay Street, St Helier JE2 3NN"))
        #expect(lines.contains { $0.contains("Cheque · chq 12") && $0.hasSuffix("£20.00") })
        // The VAT breakdown adds up to the invoice's VAT: one line per rate.
        let breakdown = lines.filter { $0.hasPrefix("  ") && $0.contains("% on £") }
        #expect(breakdown.count == 3)
        let vatPence = breakdown.compactMap { amounts($0).last }.map { try? Pence(parsing: $0.replacingOccurrences(of: "£", with: "")) }
        #expect(vatPence.compactMap { $0 }.sum() == Pence(invoice.vatPence))
        let width = PrintLayout(paper).width
        #expect(lines.allSatisfy { $0.count <= width })
    }

    @Test func aPaidInvoicePrintsAsAReceipt() throws {
        let fixture = try PrintPractice()
        let second = fixture.invoices[1]
        try fixture.store.recordPayment(clientID: try fixture.practice.zoeID, amount: second.gross, method: .card, reference: nil,
                                        invoiceIDs: [try #require(second.id)], as: fixture.manager)
        let data = try fixture.store.invoiceDocument(id: try #require(second.id), as: fixture.manager)
        let rendered = InvoiceDocument.render(data, layout: PrintLayout(.receipt))
        #expect(rendered.title == "Receipt \(second.number ?? "")")
        #expect(rendered.pages[0].contains { $0.hasPrefix("Outstanding on this invoice") && $0.hasSuffix("£0.00") })
    }

    @Test func longNamesWrapAndAreNeverCut() throws {
        let long = "Dental scale and polish under general anaesthetic with extraction of two premolars and radiographs"
        let fixture = try PrintPractice(lineCount: 1, description: long)
        let data = try fixture.store.invoiceDocument(number: fixture.firstNumber, as: fixture.manager)
        for paper in PaperSize.allCases {
            let layout = PrintLayout(paper)
            let lines = InvoiceDocument.render(data, layout: layout).pages.flatMap { $0 }
            #expect(lines.allSatisfy { $0.count <= layout.width }, "\(paper) has a line wider than \(layout.width)")
            #expect(!lines.joined().contains("…"))
            let words = lines.flatMap { $0.split(separator: " ") }.map(String.init)
            for word in "\(long) 1".split(separator: " ") { #expect(words.contains(String(word)), "'\(word)' is missing") }
        }
    }

    @Test func a4PagesBreakWithTheHeadingRepeatedAndNumbered() throws {
        let fixture = try PrintPractice(lineCount: 70)
        let data = try fixture.store.invoiceDocument(number: fixture.firstNumber, as: fixture.manager)
        let layout = PrintLayout(.a4)
        let rendered = InvoiceDocument.render(data, layout: layout)
        #expect(rendered.pageCount >= 2)
        #expect(rendered.text.components(separatedBy: "\u{0C}").count == rendered.pageCount)
        for (index, page) in rendered.pages.enumerated() {
            #expect(page.count == layout.pageLines)
            #expect(page[0].hasPrefix("Harbour Vets · Invoice \(fixture.firstNumber) · Zoë Smith"))
            #expect(page.last?.hasSuffix("Page \(index + 1) of \(rendered.pageCount)") == true)
        }
        // Every line of the invoice is printed once, on some page.
        let body = rendered.pages.flatMap { $0 }
        for index in 1...70 { #expect(body.filter { $0.hasPrefix("Consultation \(index) ") }.count == 1) }
    }

    @Test func receiptIsOneRollFortyEightColumnsWide() throws {
        let fixture = try PrintPractice(lineCount: 70)
        let rendered = StatementDocument.render(try fixture.store.statementDocument(clientID: try fixture.practice.zoeID,
                                                                                     as: fixture.manager),
                                                 layout: PrintLayout(.receipt))
        #expect(rendered.pageCount == 1)
        #expect(!rendered.text.contains("\u{0C}"))
        #expect(rendered.pages[0].allSatisfy { $0.count <= 48 })
        #expect(rendered.pages[0].contains { $0.count == 48 })
    }

    @Test(arguments: [PaperSize.a4, .receipt])
    func statementAgreesWithTheAccountStatement(paper: PaperSize) throws {
        let fixture = try PrintPractice()
        let clientID = try fixture.practice.zoeID
        let statement = try fixture.store.accountStatement(clientID: clientID, as: fixture.manager)
        let lines = StatementDocument.render(try fixture.store.statementDocument(clientID: clientID, as: fixture.manager),
                                             layout: PrintLayout(paper)).pages.flatMap { $0 }
        #expect(lines.contains { $0.hasPrefix("Balance") && $0.hasSuffix(Balance(owed: statement.balance).formatted) })
        for line in statement.lines {
            #expect(lines.contains { $0.contains(line.runningBalance.formatted) })
        }
        for standing in statement.invoices {
            let at = try #require(lines.lastIndex { $0.hasPrefix("  \(standing.invoice.number ?? "-")") })
            #expect(lines[at + 1].hasPrefix("    total \(standing.invoice.gross.formatted)"))
            #expect(lines[at + 1].hasSuffix("outstanding \(standing.outstanding.formatted)"))
        }
        #expect(lines.contains { $0.hasPrefix("  0–30 days") && $0.hasSuffix(statement.aged.current.formatted) })
    }
}
