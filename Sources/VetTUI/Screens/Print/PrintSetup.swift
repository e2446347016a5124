import Foundation
import TUIKit
import VetCore
import VetDocuments
import VetStore

/// What the print form and the printer settings start from: the saved settings and the queues
/// CUPS lists (or why it could not list them — typing a queue name still works).
@MainActor
struct PrintSetup {
    static let loadTag = "print.setup"

    var settings: DocumentSettings
    var version: Int
    var queues: [String]
    var listProblem: String?

    /// Reads the settings and asks `lpstat` for the printers, delivering both through `box`.
    static func load(into box: Mailbox<PrintSetup>) -> Effect {
        Effect.load(loadTag, into: box) { store, _ in
            let saved = try store.documentSettings()
            do throws(PrintFailure) {
                return PrintSetup(settings: saved.settings, version: saved.version, queues: try LinePrinter().queues())
            } catch {
                return PrintSetup(settings: saved.settings, version: saved.version, queues: [], listProblem: error.message)
            }
        }
    }

    /// "System default printer", every queue CUPS lists, and the saved one even if CUPS lost it.
    var printerOptions: [ChoiceOption] {
        var names = queues
        if !settings.printer.isEmpty, !names.contains(settings.printer) { names.append(settings.printer) }
        return [ChoiceOption(value: "", label: "System default printer")] + names.map { ChoiceOption(value: $0, label: $0) }
    }

    static let otherQueue = "Other queue…"

    /// Opens `form`, saying first why the printer list is short when CUPS could not list it.
    func open(_ form: any SmallForm) -> Outcome {
        let screen = Outcome.push(SmallFormScreen(form))
        guard let listProblem else { return screen }
        return .all([screen, .message(StatusMessage("\(listProblem). Choose \(Self.otherQueue) to type a queue name.",
                                                    kind: .warning))])
    }

    func printerField() -> FormField {
        PickLists.field("printer", "Printer", options: printerOptions, value: settings.printer, other: Self.otherQueue,
                        maxLength: 127)
    }

    func paperField() -> FormField {
        PickLists.field("paper", "Paper", options: PickLists.options(PaperSize.self), value: settings.paper.rawValue)
    }

    /// The typed printer and paper, or the messages for the fields that are wrong.
    static func parse(_ values: [String: String]) -> Result<(String, PaperSize), FieldErrors> {
        var errors: [String: String] = [:]
        let queue = (values["printer"] ?? "").trimmingCharacters(in: .whitespaces)
        do { try DocumentSettings.checkQueue(queue) } catch { errors["printer"] = error.message }
        var paper = PaperSize.a4
        do { paper = try PaperSize.parse(values["paper"] ?? "") } catch { errors["paper"] = error.message }
        return errors.isEmpty ? .success((queue, paper)) : .failure(FieldErrors(messages: errors))
    }
}

/// Messages by form field id.
struct FieldErrors: Error {
    var messages: [String: String]
}
