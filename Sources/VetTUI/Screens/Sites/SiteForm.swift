import TUIKit
import VetCore
import VetStore

/// Adding a site or changing its name, address or phone. The details are checked here as the
/// store checks them, so each field shows its own message; a save over someone else's change
/// is refused naming who and when, and what was typed stays on screen.
@MainActor
struct SiteForm: SmallForm {
    /// The site being edited; nil for a new one.
    let editing: Site?

    var title: String { editing == nil ? "New site" : "Edit site" }
    var heading: String { editing.map { "Edit \($0.name)" } ?? "Add a site" }
    var hint: String? {
        "Names are unique ignoring case. The phone is written the one way phones are written; the address may take "
            + "several lines (Enter starts a new one)."
    }
    var screenID: String { AppCommands.SiteScreenID.form }
    var discardThing: String { editing == nil ? "the new site" : "this site" }
    var fieldIDs: [String: String] { ["site name": "name", "site address": "address", "site phone": "phone"] }

    var fields: [FormField] {
        [FormSupport.field("name", "Name", value: editing?.name ?? "", maxLength: 60),
         .notes("address", label: "Address", value: editing?.address ?? "", rows: 3, maxLength: 300),
         FormSupport.field("phone", "Phone", value: editing?.phone ?? "", maxLength: 30)]
    }

    func submit(_ values: [String: String]) -> SmallFormSubmission {
        let details = SiteDetails(name: values["name"] ?? "", address: values["address"] ?? "", phone: values["phone"] ?? "")
        do { _ = try details.validated() } catch {
            var errors: [String: String] = [:]
            for failure in error.errors { errors[fieldIDs[failure.field] ?? failure.field] = failure.message }
            return .invalid(errors)
        }
        guard let editing, let id = editing.id else {
            return .run(Effect.asUser("add") { store, user in
                try store.addSite(details, as: user)
                return .done
            })
        }
        let version = editing.version
        return .run(Effect.asUser("edit") { store, user in
            try store.updateSite(id: id, expectedVersion: version, details: details, as: user)
            return .done
        })
    }

    func finish(_ payload: EffectPayload) -> Outcome {
        .pop(StatusMessage(editing == nil ? "Site added." : "Site saved.", kind: .success))
    }
}
