import Foundation
import TUIKit
import VetCore
import VetDocuments
import VetStore

/// The letter form of the request detail: which letter (a pick list), the folder it is written
/// into, and whether it is printed too. The letter is recorded on the request once sent; its
/// file and date then show in the request's history.
extension RequestActions {
    static func letter(request: DataRequest) -> RequestAction {
        let reference = request.reference
        let kinds = LetterKind.allCases.map { ChoiceOption(value: $0.rawValue, label: $0.displayName) }
        let printing = [ChoiceOption(value: "no", label: "No, only write the file"),
                        ChoiceOption(value: "yes", label: "Yes, print it too")]
        return RequestAction(
            heading: "Letter for \(reference)",
            hint: "Filled from the request and its template; the folder is made if missing (readable by you only). "
                + "~ means your home folder.",
            fields: [PickLists.field("kind", "Letter", options: kinds, value: LetterKind.acknowledgement.rawValue),
                     FormSupport.field("folder", "Folder", value: "~/VetDesk/\(reference)", maxLength: 1000),
                     PickLists.field("print", "Print it too", options: printing, value: "no")]) { values in
            let kind: LetterKind
            do throws(ValidationError) { kind = try LetterKind.parse(values["kind"] ?? "", field: "kind") } catch {
                return .invalid(["kind": error.message])
            }
            let folder = RightsInput.path(values["folder"] ?? "")
            guard !folder.isEmpty else { return .invalid(["folder": "type the folder to write the letter into"]) }
            let print = values["print"] == "yes"
            return .run(Effect.asUser("letter") { store, user in
                let letter = try store.prepareLetter(reference: reference, kind: kind, as: user)
                let queue = print ? try store.documentSettings().settings.printer : nil
                _ = try LetterSending(store: store).send(letter, folder: URL(fileURLWithPath: folder, isDirectory: true),
                                                         queue: queue, as: user)
                return .done
            })
        }
    }
}
