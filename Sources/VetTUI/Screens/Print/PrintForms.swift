import Foundation
import TUIKit
import VetCore
import VetDocuments
import VetStore

/// Printing an invoice or statement: the printer (a pick list of CUPS queues, or one typed),
/// the paper, or a file to save the text to instead. The printout is logged like an export.
struct PrintForm: SmallForm {
    let document: PrintableDocument
    /// "invoice INV-2025-00001", "the statement of Zoë Smith".
    let what: String
    let setup: PrintSetup
    let outcome = Mailbox<String>()

    var title: String { "Print" }
    var heading: String { "Print \(what)" }
    var hint: String? {
        "A4: 80 columns, pages numbered. Receipt: 80 mm roll, 48 columns. A file name saves the text instead."
    }
    var fields: [FormField] {
        [setup.printerField(), setup.paperField(), FormSupport.field("file", "Or save to file", maxLength: 1_000)]
    }
    var fieldIDs: [String: String] { ["printer": "printer", "paper": "paper", "file": "file"] }
    var screenID: String { AppCommands.ScreenID.actionForm }
    var discardThing: String { "this print" }

    func submit(_ values: [String: String]) -> SmallFormSubmission {
        let chosen: (queue: String, paper: PaperSize)
        switch PrintSetup.parse(values) {
        case .failure(let errors): return .invalid(errors.messages)
        case .success(let parsed): chosen = parsed
        }
        let file = (values["file"] ?? "").trimmingCharacters(in: .whitespaces)
        if !file.isEmpty {
            let path = (file as NSString).expandingTildeInPath
            if FileManager.default.fileExists(atPath: path) { return .invalid(["file": "file \(path) already exists; choose a new name"]) }
        }
        let destination: PrintDestination = file.isEmpty
            ? .printer(chosen.queue) : .file(URL(fileURLWithPath: (file as NSString).expandingTildeInPath))
        let document = document
        let box = outcome
        return .run(Effect.asUser("print") { store, user in
            box.put(try DocumentPrinting(store: store).print(document, to: destination, paper: chosen.paper, as: user))
            return .done
        })
    }

    func finish(_ payload: EffectPayload) -> Outcome {
        .pop(StatusMessage(outcome.take() ?? "Printed.", kind: .success))
    }
}

/// The manager's printer settings: the VAT number printed on invoices, the printer and the paper.
struct PrintSettingsForm: SmallForm {
    let setup: PrintSetup

    var title: String { "Printing" }
    var heading: String { "Printing: the VAT number on invoices, the printer and its paper" }
    var hint: String? {
        "Printers are the queues CUPS lists (lpstat). Leave the VAT number empty if not VAT-registered."
    }
    var fields: [FormField] {
        [FormSupport.field("vat", "VAT number", value: setup.settings.vatNumber, maxLength: 30),
         setup.printerField(), setup.paperField()]
    }
    var fieldIDs: [String: String] { ["VAT number": "vat", "printer": "printer", "paper": "paper"] }
    var screenID: String { AppCommands.ScreenID.actionForm }
    var discardThing: String { "the printer settings" }

    func submit(_ values: [String: String]) -> SmallFormSubmission {
        switch PrintSetup.parse(values) {
        case .failure(let errors): return .invalid(errors.messages)
        case .success(let (queue, paper)):
            let settings = DocumentSettings(vatNumber: (values["vat"] ?? "").trimmingCharacters(in: .whitespaces),
                                            printer: queue, paper: paper)
            let version = setup.version
            return .run(Effect.asUser("printSettings") { store, user in
                try store.updateDocumentSettings(settings, expectedVersion: version, as: user)
                return .done
            })
        }
    }

    func finish(_ payload: EffectPayload) -> Outcome {
        .pop(StatusMessage("Printer settings saved.", kind: .success))
    }
}
