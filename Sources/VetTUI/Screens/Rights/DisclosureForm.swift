import Foundation
import TUIKit
import VetCore
import VetStore

/// Logs a disclosure from the client record to any kind of recipient — an insurer, another
/// practice, a referral, a debt collector, a regulator or the police, a service partner — with
/// what was shared, why and on what lawful basis. For a restricted client the form asks for the
/// override's ground (by number) and note as well, and only a practice manager can give them.
@MainActor
enum DisclosureForm {
    static func make(clientID: Int64, clientName: String, restricted: Bool) -> RightsForm {
        var fields = [
            FormSupport.field("recipient", "Recipient", maxLength: 120),
            PickLists.field("kind", "Kind", options: PickLists.recipientKinds),
            FormSupport.field("categories", "What was shared", maxLength: 300),
            FormSupport.field("purpose", "Purpose", maxLength: 300),
            FormSupport.field("basis", "Lawful basis", maxLength: 120),
        ]
        if restricted {
            fields += [PickLists.field("ground", "Override ground", options: PickLists.options(RestrictionGround.self)),
                       FormSupport.field("note", "Override note", maxLength: 1000)]
        }
        return RightsForm(
            title: "Log a disclosure",
            heading: "Log data about \(clientName) that left the practice",
            hint: "Kind: pick the recipient's kind from the list. What was shared: the categories, e.g. 'contact "
                + "details; clinical history of the referred condition'. Lawful basis, e.g. 'legitimate interests'."
                + (restricted ? " This client's data is restricted: a practice manager may go on with a legal ground "
                    + "from the list and a note, logged on the client, the request and the audit trail." : ""),
            fields: fields,
            fieldIDs: ["recipient": "recipient", "recipient kind": "kind", "categories of data": "categories",
                       "purpose": "purpose", "lawful basis": "basis", "override reason": "ground", "override note": "note"],
            submit: { values in
                guard let kind = DisclosureRecipientKind.pick(values["kind"] ?? "") else {
                    return .invalid(["kind": "kind must be a number from 1 to 7: " + DisclosureRecipientKind.pickList])
                }
                var override: String?
                if restricted {
                    guard let ground = RestrictionGround.pick(values["ground"] ?? "") else {
                        return .invalid(["ground": "override ground must be a number from 1 to 4: " + RestrictionGround.pickList])
                    }
                    override = RestrictionOverride(ground: ground, note: values["note"] ?? "").text
                }
                let details = AppDatabase.DisclosureDetails(
                    recipient: values["recipient"] ?? "", recipientKind: kind.rawValue, categories: values["categories"] ?? "",
                    purpose: values["purpose"] ?? "", lawfulBasis: values["basis"] ?? "")
                return .run(Effect.asUser("disclose") { store, user in
                    try store.logDisclosure(clientID: clientID, details, overrideReason: override, as: user)
                    return .done
                })
            },
            done: { _ in .pop(StatusMessage("Disclosure logged; it is in the client's access pack and the audit trail.",
                                            kind: .success)) })
    }
}
