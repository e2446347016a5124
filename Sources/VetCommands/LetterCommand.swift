import ArgumentParser
import Foundation
import VetCore
import VetDocuments
import VetStore

/// `vetdesk letter REF KIND --out DIR [--print] --as USER`: one of a request's letters, filled
/// from its template and the request, written to a file and/or printed, and recorded on the request.
struct LetterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letter",
        abstract: "Write or print a letter of a data-protection request, and record it on the request.",
        discussion: """
            KIND is one of \(LetterKind.allCases.map(\.rawValue).joined(separator: ", ")). The letter is filled from \
            its template: the practice's own file of the same name in $VETDESK_TEMPLATES, or in the folder 'templates' \
            beside the practice's database, else the one VetDesk ships.
            """)

    @Argument(help: "The request reference, e.g. DSR-2026-0007.") var reference: String
    @Argument(help: ArgumentHelp("Which letter.", valueName: "kind")) var kind: String
    @Option(help: ArgumentHelp("The folder to write the letter into (created if missing).", valueName: "dir")) var out: String?
    @Flag(name: .customLong("print"), help: "Also print the letter (through lp).") var toPrinter = false
    @Option(help: ArgumentHelp("The CUPS printer queue (default: the one in the practice's settings, else the system default).",
                               valueName: "queue"))
    var printer: String?
    @OptionGroup var login: ManagerLogin
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            let letterKind: LetterKind
            do throws(VetCore.ValidationError) { letterKind = try LetterKind.parse(kind, field: "KIND") } catch {
                throw CommandFailure(message: error.message)
            }
            if printer != nil, !toPrinter { throw CommandFailure(message: "--printer: give --print as well to print the letter") }
            guard out != nil || toPrinter else { throw CommandFailure(message: "--out: give a folder to write the letter into, or --print") }
            let store = try database.open(.existing)
            let user = try login.session(store)
            let letter = try store.prepareLetter(reference: reference, kind: letterKind, as: user)
            var queue: String?
            if toPrinter {
                let fromSettings = try store.documentSettings().settings.printer
                let chosen = printer ?? fromSettings
                do throws(VetCore.ValidationError) { try DocumentSettings.checkQueue(chosen, field: "--printer") } catch {
                    throw CommandFailure(message: error.message)
                }
                queue = chosen
            }
            let outcome = try LetterSending(store: store).send(letter, folder: out.map { URL(fileURLWithPath: $0) },
                                                                queue: queue, as: user)
            if let file = outcome.file { print("Wrote \(file.path)") }
            if let job = outcome.printJob { print("Printed as job \(job)") }
            print("Recorded on \(letter.reference): \(letterKind.displayName) letter sent on \(letter.date.iso)")
            if let late = outcome.lateNote { printError("vetdesk: warning: \(late)") }
        }
    }
}
