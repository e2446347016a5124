import TUIKit
import VetCore
import VetStore

/// The forms for a pet's death, a manager's correction of it, and a transfer to a new owner.
/// Each asks before recording (No is the default), since none is simply undone.
@MainActor
enum PetLifeForms {
    static let dateFieldIDs = ["date of death": "date", "cause of death": "cause", "transfer date": "date",
                               "reason": "reason", "date": "date"]

    /// Records that the pet died, on a checked date, with an optional cause.
    static func death(_ pet: Pet, today: LocalDate) -> ActionForm {
        let id = pet.id ?? 0
        let version = pet.version
        return ActionForm(
            title: "Record death", heading: "Record the death of \(pet.name)",
            hint: "The date cannot be in the future, before \(pet.name) was born or before its last consultation "
                + "(the same day is fine). Once recorded, only a practice manager can correct it.",
            fields: [FormSupport.field("date", "Date of death", value: today.iso, maxLength: 10),
                     FormSupport.field("cause", "Cause (optional)", maxLength: 200)],
            fieldIDs: dateFieldIDs, doneMessage: "Recorded the death of \(pet.name).") { values in
                let date: LocalDate
                do throws(ValidationError) { date = try LocalDate(parsing: values["date"] ?? "", field: "date of death") } catch {
                    return .invalid(["date": error.message])
                }
                let cause = MoneyText.optional(values["cause"])
                let dialog = DialogState(
                    title: "Record death",
                    message: "Record that \(pet.name) died on \(date.long)?\n\(pet.name) will show as deceased on every "
                        + "list; no reminders or marketing will mention \(pet.name) again. Only a practice manager can "
                        + "correct it.",
                    buttons: [.no, .yes], defaultButtonID: DialogButton.no.id, isDestructive: true)
                return .confirm(dialog, Effect.asUser("action") { store, user in
                    try store.recordPetDeath(id: id, on: date, cause: cause, expectedVersion: version, as: user)
                    return .done
                })
            }
    }

    /// A manager's correction: another date, or (date left blank) the death was recorded in error.
    static func correctDeath(_ pet: Pet) -> ActionForm {
        let id = pet.id ?? 0
        let version = pet.version
        return ActionForm(
            title: "Correct death", heading: "Correct the recorded death of \(pet.name)",
            hint: "Change the date, or clear it if the death was recorded in error (\(pet.name) becomes active "
                + "again). The reason and the old values are kept in the audit trail.",
            fields: [FormSupport.field("date", "Date of death", value: pet.diedOn?.iso ?? "", maxLength: 10),
                     FormSupport.field("cause", "Cause (optional)", value: pet.deathCause ?? "", maxLength: 200),
                     FormSupport.field("reason", "Reason", maxLength: 200)],
            fieldIDs: dateFieldIDs, doneMessage: "Corrected \(pet.name)'s record.") { values in
                var date: LocalDate?
                if let typed = MoneyText.optional(values["date"]) {
                    do throws(ValidationError) { date = try LocalDate(parsing: typed, field: "date of death") } catch {
                        return .invalid(["date": error.message])
                    }
                }
                guard let reason = MoneyText.optional(values["reason"]) else {
                    return .invalid(["reason": "reason must say why the death is corrected"])
                }
                let cause = MoneyText.optional(values["cause"])
                let outcome = date.map { "\(pet.name) died on \($0.long)" } ?? "\(pet.name) is alive: the death was recorded in error"
                let dialog = DialogState(title: "Correct death", message: "Correct the record: \(outcome)?\nThe correction "
                                            + "and your reason are kept in the audit trail.",
                                         buttons: [.no, .yes], defaultButtonID: DialogButton.no.id, isDestructive: true)
                let corrected = date
                return .confirm(dialog, Effect.asUser("action") { store, user in
                    try store.correctPetDeath(id: id, diedOn: corrected, cause: cause, reason: reason,
                                              expectedVersion: version, as: user)
                    return .done
                })
            }
    }

    /// Moves the pet to the client chosen in the search, from a checked date.
    static func transfer(_ pet: Pet, fromName: String, to owner: SearchHit, today: LocalDate) -> ActionForm {
        let id = pet.id ?? 0
        let version = pet.version
        // The search lists "Jones, Siân"; a sentence says "Siân Jones".
        let parts = owner.name.components(separatedBy: ", ")
        let newOwner = parts.count == 2 ? "\(parts[1]) \(parts[0])" : owner.name
        return ActionForm(
            title: "Transfer pet", heading: "Transfer \(pet.name) from \(fromName) to \(newOwner)",
            hint: "Visits, invoices and claims until now stay on \(fromName)'s record and account (money does "
                + "not move); from the transfer date \(pet.name) is on \(newOwner)'s record. The date cannot be in "
                + "the future or before \(pet.name)'s last consultation.",
            fields: [FormSupport.field("date", "Transfer date", value: today.iso, maxLength: 10)],
            fieldIDs: dateFieldIDs, doneMessage: "\(pet.name) now belongs to \(newOwner).") { values in
                let date: LocalDate
                do throws(ValidationError) { date = try LocalDate(parsing: values["date"] ?? "", field: "transfer date") } catch {
                    return .invalid(["date": error.message])
                }
                let dialog = DialogState(
                    title: "Transfer pet",
                    message: "Transfer \(pet.name) to \(newOwner) from \(date.long)?\nBoth records will show the move; "
                        + "the history until then stays with \(fromName).",
                    buttons: [.no, .yes], defaultButtonID: DialogButton.no.id, isDestructive: true)
                let target = owner.clientID
                return .confirm(dialog, Effect.asUser("action") { store, user in
                    try store.transferPet(id: id, toClientID: target, on: date, expectedVersion: version, as: user)
                    return .done
                })
            }
    }

    /// The client search, run to choose the pet's new owner; choosing one opens the transfer form.
    static func chooseNewOwner(_ pet: Pet, fromName: String, today: LocalDate) -> ClientSearchScreen {
        ClientSearchScreen(picking: ClientPick(
            title: "New owner for \(pet.name)", purpose: "\(pet.name)'s new owner",
            refusal: { hit in
                if hit.clientID == pet.clientId { return "\(pet.name) already belongs to \(hit.name)" }
                return hit.status == "active" ? nil : "\(hit.name) is \(hit.status); a pet can only move to an active client"
            },
            choose: { hit in .replace(SmallFormScreen(transfer(pet, fromName: fromName, to: hit, today: today))) }))
    }
}
