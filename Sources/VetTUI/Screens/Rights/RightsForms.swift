import Foundation
import TUIKit
import VetCore
import VetStore

/// The small forms behind the rights on a request: where to write a pack, when a person or a
/// recipient was told, and the decision on an objection.
@MainActor
enum RightsForms {
    static func accessPack(reference: String) -> RightsForm {
        RightsForm(
            title: "Access pack", heading: "Write the access pack for \(reference)",
            hint: "The folder is made if missing (readable by you only); files already there are never overwritten. "
                + "~ means your home folder.",
            fields: [FormSupport.field("folder", "Folder", value: "~/VetDesk/\(reference)", maxLength: 1000)],
            fieldIDs: [:],
            submit: { values in
                let folder = RightsInput.path(values["folder"] ?? "")
                guard !folder.isEmpty else { return .invalid(["folder": "type the folder to write into"]) }
                return .run(Effect.asUser("accessPack") { store, user in
                    .rights(.accessPack(try store.writeAccessPack(reference: reference,
                                                                 to: URL(fileURLWithPath: folder, isDirectory: true), as: user)))
                })
            },
            done: { payload in
                guard case .rights(.accessPack(let pack)) = payload else { return .pop(nil) }
                return .replace(RightsPageScreen(title: "Access pack written", lines: RightsPages.accessPack(pack)))
            })
    }

    static func portability(reference: String) -> RightsForm {
        RightsForm(
            title: "Portability export", heading: "Write the portability export for \(reference)",
            hint: "JSON and CSV files of the data the client gave us, with a description of every field. "
                + "The folder is made if missing; files already there are never overwritten.",
            fields: [FormSupport.field("folder", "Folder", value: "~/VetDesk/\(reference)", maxLength: 1000)],
            fieldIDs: [:],
            submit: { values in
                let folder = RightsInput.path(values["folder"] ?? "")
                guard !folder.isEmpty else { return .invalid(["folder": "type the folder to write into"]) }
                return .run(Effect.asUser("portability") { store, user in
                    .rights(.files(try store.writePortability(reference: reference,
                                                              to: URL(fileURLWithPath: folder, isDirectory: true), as: user)))
                })
            },
            done: { payload in
                guard case .rights(.files(let files)) = payload else { return .pop(nil) }
                return .replace(RightsPageScreen(title: "Portability export written",
                                                 lines: RightsPages.portability(reference: reference, files: files)))
            })
    }

    static func liftRestriction(requestID: Int64, reference: String, today: LocalDate) -> RightsForm {
        RightsForm(
            title: "Lift restriction", heading: "Lift the restriction under \(reference)",
            hint: "The person must be told before a restriction is lifted. Give the date they were told.",
            fields: [FormSupport.field("date", "Person told on", value: today.iso, maxLength: 10)],
            fieldIDs: ["person told on": "date"],
            submit: { values in
                switch RightsInput.date(values, "date") {
                case .failure(let problem): return .invalid([problem.field: problem.message])
                case .success(let date):
                    return .run(Effect.asUser("lift") { store, user in
                        try store.liftRestriction(requestID: requestID, personToldOn: date, as: user)
                        return .done
                    })
                }
            },
            done: { _ in .pop(StatusMessage("Restriction lifted under \(reference).", kind: .success)) })
    }

    static func decideObjection(requestID: Int64, reference: String) -> RightsForm {
        RightsForm(
            title: "Objection decision", heading: "Decide the objection under \(reference)",
            hint: "Upheld: the processing objected to stops for good. Not upheld: tell the person why, then lift "
                + "the restriction (L).",
            fields: [FormSupport.field("upheld", "Upheld (yes/no)", maxLength: 3),
                     FormSupport.field("reason", "Reason", maxLength: 2000)],
            fieldIDs: ["reason": "reason"],
            submit: { values in
                let answer = (values["upheld"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
                guard answer == "yes" || answer == "no" else { return .invalid(["upheld": "answer yes or no"]) }
                let reason = values["reason"] ?? ""
                return .run(Effect.asUser("decide") { store, user in
                    try store.decideObjection(requestID: requestID, upheld: answer == "yes", reason: reason, as: user)
                    return .done
                })
            },
            done: { _ in .pop(StatusMessage("Decision on \(reference) recorded.", kind: .success)) })
    }

    static func recipientTold(requestID: Int64, recipient: RecipientRow, today: LocalDate) -> RightsForm {
        RightsForm(
            title: "Recipient told", heading: "When was \(recipient.recipient) told?",
            hint: "They received the client's \(recipient.categories.lowercased()); record the day they were told of "
                + "the correction or erasure.",
            fields: [FormSupport.field("date", "Told on", value: today.iso, maxLength: 10)],
            fieldIDs: ["told on": "date"],
            submit: { values in
                switch RightsInput.date(values, "date") {
                case .failure(let problem): return .invalid([problem.field: problem.message])
                case .success(let date):
                    return .run(Effect.asUser("told") { store, user in
                        try store.recordRecipientTold(requestID: requestID, disclosureID: recipient.disclosureID, on: date,
                                                      as: user)
                        return .done
                    })
                }
            },
            done: { _ in .pop(StatusMessage("\(recipient.recipient) marked as told.", kind: .success)) })
    }
}
