import Foundation
import VetCore
import VetStore

/// Which document to print.
public enum PrintableDocument: Sendable, Hashable {
    case invoice(number: String)
    case invoiceID(Int64)
    case statement(clientID: Int64)
}

/// Where a printout goes: a CUPS queue (empty: the system default), or an owner-only file.
public enum PrintDestination: Sendable, Hashable {
    case printer(String)
    case file(URL)
}

/// Renders a document from the store's figures, sends it to a printer or a file, and logs it
/// in the export log and audit trail — the one path the screens and the command line share.
public struct DocumentPrinting: Sendable {
    let store: AppDatabase
    let printer: LinePrinter

    public init(store: AppDatabase, printer: LinePrinter = LinePrinter()) {
        self.store = store
        self.printer = printer
    }

    /// The document laid out for `paper`, with the client it is about.
    public func render(_ document: PrintableDocument, paper: PaperSize,
                       as user: StaffSession) throws -> (document: RenderedDocument, clientID: Int64) {
        let layout = PrintLayout(paper)
        switch document {
        case .invoice(let number):
            let data = try store.invoiceDocument(number: number, as: user)
            return (InvoiceDocument.render(data, layout: layout), data.client.id ?? 0)
        case .invoiceID(let id):
            let data = try store.invoiceDocument(id: id, as: user)
            return (InvoiceDocument.render(data, layout: layout), data.client.id ?? 0)
        case .statement(let clientID):
            return (StatementDocument.render(try store.statementDocument(clientID: clientID, as: user), layout: layout), clientID)
        }
    }

    /// Prints (or writes) the document and logs it; returns a sentence for the user:
    /// "Invoice INV-2025-00001 sent to vetdesk-test as job vetdesk-test-3 (1 page)."
    public func print(_ document: PrintableDocument, to destination: PrintDestination, paper: PaperSize,
                      as user: StaffSession) throws -> String {
        let (rendered, clientID) = try render(document, paper: paper, as: user)
        let pages = paper == .a4 ? " (\(rendered.pageCount) page\(rendered.pageCount == 1 ? "" : "s"))" : " (receipt roll)"
        switch destination {
        case .file(let url):
            try OwnerOnlyFile.write(Data(rendered.text.utf8), to: url)
            try store.recordPrintout(clientID: clientID, document: rendered.title, location: url.path, as: user)
            return "\(rendered.title) written to \(url.path)\(pages)."
        case .printer(let queue):
            let job = try printer.print(rendered.text, queue: queue, title: rendered.title,
                                        options: PrintLayout(paper).lpOptions)
            let name = queue.isEmpty ? "the default printer" : queue
            try store.recordPrintout(clientID: clientID, document: rendered.title, location: "printer \(name), job \(job)",
                                     as: user)
            return "\(rendered.title) sent to \(name) as job \(job)\(pages)."
        }
    }
}
