import ArgumentParser
import Foundation
import VetCore
import VetDocuments
import VetStore

/// `vetdesk print invoice NUMBER | statement CLIENT`: a document on paper through CUPS `lp`, or
/// written to a file for printing elsewhere. Every printout is logged, as paper leaves the database.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Print an invoice (a receipt once paid) or a client's statement, or write it to a file.",
        subcommands: [PrintInvoiceCommand.self, PrintStatementCommand.self])
}

/// Where and how to print, shared by both documents; each falls back to the practice's settings.
struct PrintOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The CUPS printer queue (default: the one in the practice's settings, else the system default).",
                               valueName: "queue"))
    var printer: String?

    @Option(help: ArgumentHelp("a4 (80 columns, 60 lines a page) or receipt (80 mm roll, 48 columns).", valueName: "paper"))
    var paper: String?

    @Option(help: ArgumentHelp("Write the text to this new file (owner-only) instead of printing it.", valueName: "file"))
    var out: String?

    /// Prints `document` as `user`, reading defaults from the store; prints the outcome on stderr.
    func print(_ document: PrintableDocument, store: AppDatabase, user: StaffSession) throws {
        let settings = try store.documentSettings().settings
        let chosenPaper: PaperSize
        do { chosenPaper = try paper.map { text throws(VetCore.ValidationError) in try PaperSize.parse(text, field: "--paper") }
            ?? settings.paper } catch { throw CommandFailure(message: error.message) }
        let destination: PrintDestination
        if let out {
            if printer != nil { throw CommandFailure(message: "--out: give either --out or --printer, not both") }
            if FileManager.default.fileExists(atPath: out) { throw CommandFailure(message: "--out: \(out) already exists; choose a new file") }
            destination = .file(URL(fileURLWithPath: out))
        } else {
            let queue = printer ?? settings.printer
            do { try DocumentSettings.checkQueue(queue, field: "--printer") } catch { throw CommandFailure(message: error.message) }
            destination = .printer(queue)
        }
        do {
            printError(try DocumentPrinting(store: store).print(document, to: destination, paper: chosenPaper, as: user))
        } catch let failure as PrintFailure {
            throw CommandFailure(message: failure.message)
        }
    }
}

struct PrintInvoiceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invoice", abstract: "Print an invoice by its number (a receipt once it is paid).")

    @Argument(help: "The invoice number, e.g. INV-2025-00001.") var number: String
    @OptionGroup var options: PrintOptions
    @OptionGroup var login: StaffLogin
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            let store = try database.open(.existing)
            let user = try login.session(store)
            try options.print(.invoice(number: number), store: store, user: user)
        }
    }
}

struct PrintStatementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statement", abstract: "Print a client's statement: entries, invoices outstanding, aged debt.")

    @Argument(help: "The client's number (as `vetdesk search` prints it), or search text that finds exactly one client.")
    var client: String
    @OptionGroup var options: PrintOptions
    @OptionGroup var login: StaffLogin
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            let store = try database.open(.existing)
            let user = try login.session(store)
            try options.print(.statement(clientID: try ClientArgument.id(client, in: store)), store: store, user: user)
        }
    }
}
