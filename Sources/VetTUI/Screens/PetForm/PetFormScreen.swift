import TUIKit
import VetCore
import VetStore

/// Registers a pet to a client, or edits one; each field's rule is shown under it when broken.
/// An edit saves only if nobody saved the pet since it was read: otherwise the message names who
/// and when, and everything typed stays on the form.
struct PetFormScreen: Screen {
    let clientID: Int64
    let clientName: String
    /// The pet as read when the form opened (its version guards the save); nil for a new pet.
    let editing: Pet?
    var form: FormState
    var discard = DiscardGuard()

    static let fieldIDs = ["pet name": "name", "species": "species", "breed": "breed", "sex": "sex",
                           "neutered": "neutered", "date of birth": "dateOfBirth", "colour": "colour",
                           "microchip": "microchip", "alerts": "alerts"]

    /// A new pet for the client.
    init(clientID: Int64, clientName: String) {
        self.clientID = clientID
        self.clientName = clientName
        editing = nil
        form = FormState(fields: Self.fields([:]))
    }

    /// The pet's details to correct, filled in from the record.
    init(editing pet: Pet, ownerName: String) {
        clientID = pet.clientId
        clientName = ownerName
        editing = pet
        let born = pet.dateOfBirth.map { DateOfBirth(date: $0, isApproximate: pet.birthApproximate).formatted }
        form = FormState(fields: Self.fields([
            "name": pet.name, "species": pet.species, "breed": pet.breed ?? "", "sex": pet.sex.rawValue,
            "neutered": pet.neutered ? "yes" : "no", "dateOfBirth": born ?? "", "colour": pet.colour ?? "",
            "microchip": pet.microchip ?? "", "alerts": pet.alerts ?? "",
        ]))
    }

    private static func fields(_ values: [String: String]) -> [FormField] {
        let value = { (id: String) in values[id] ?? "" }
        return [
            FormSupport.field("name", "Name", value: value("name"), maxLength: 40),
            PickLists.field("species", "Species", options: PickLists.species, value: value("species"),
                            other: PickLists.otherSpecies, maxLength: 40),
            FormSupport.field("breed", "Breed", value: value("breed"), maxLength: 60),
            PickLists.field("sex", "Sex", options: PickLists.options(PetSex.self), value: values["sex"] ?? PetSex.unknown.rawValue),
            PickLists.field("neutered", "Neutered", options: PickLists.yesNo, value: values["neutered"] ?? "no"),
            FormSupport.field("dateOfBirth", "Born (YYYY-MM-DD)", value: value("dateOfBirth"), maxLength: 20),
            FormSupport.field("colour", "Colour", value: value("colour"), maxLength: 40),
            FormSupport.field("microchip", "Microchip", value: value("microchip"), maxLength: 20),
            FormSupport.field("alerts", "Alerts", value: value("alerts"), maxLength: 200),
        ]
    }

    var screenID: String { AppCommands.ScreenID.petForm }
    var title: String { editing == nil ? "New pet" : "Edit pet" }
    var isTextEntryActive: Bool { true }
    var hasUnsavedInput: Bool { form.isDirty }
    var isModal: Bool { discard.isOpen }

    var petForm: PetForm {
        let values = form.values
        var typed = PetForm()
        typed.name = values["name"] ?? ""
        typed.species = values["species"] ?? ""
        typed.breed = values["breed"] ?? ""
        typed.sex = values["sex"] ?? ""
        typed.neutered = values["neutered"] ?? ""
        typed.dateOfBirth = values["dateOfBirth"] ?? ""
        typed.colour = values["colour"] ?? ""
        typed.microchip = values["microchip"] ?? ""
        typed.alerts = values["alerts"] ?? ""
        return typed
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        if let moved = FormSupport.moveFocus(&form, for: command) { return moved }
        switch command.id {
        case AppCommands.ID.back:
            return discard.back(isDirty: form.isDirty, thing: editing.map { "the changes to \($0.name)" } ?? "the new pet")
        case AppCommands.ID.save:
            let details: PetDetails
            do { details = try petForm.validated(today: context.today) } catch {
                return showErrors(error)
            }
            form.setErrors([:])
            if let pet = editing, let id = pet.id {
                let version = pet.version
                return .run(Effect.asUser("update") { store, user in
                    _ = try store.updatePet(id: id, expectedVersion: version, details: details, as: user)
                    return .done
                })
            }
            let id = clientID
            return .run(Effect.asUser("register") { store, user in
                _ = try store.registerPet(details, clientID: id, as: user)
                return .done
            })
        default: return .ignored
        }
    }

    private mutating func showErrors(_ error: any Error) -> Outcome {
        if case StoreError.conflict(let conflict) = error {
            return .message(StatusMessage(conflict.message, kind: .error))
        }
        let rest = FormSupport.applyErrors(ErrorText.fieldMessages(error) ?? [:], to: &form, fieldIDs: Self.fieldIDs)
        let text = ErrorText.fieldMessages(error) == nil ? ErrorText.describe(error) : rest.first
        return .message(StatusMessage(text ?? "Please correct the marked fields.", kind: .warning))
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        if discard.isOpen { return discard.handle(key) }
        _ = form.handle(key)
        return .handled
    }

    mutating func paste(_ text: String, in context: AppContext) -> Outcome {
        form.paste(text)
        return .handled
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if case .failure(let error) = result.result { return showErrors(error) }
        form.markSaved()
        let name = form.value(of: "name") ?? "the pet"
        return .pop(StatusMessage(editing == nil ? "Registered \(name)." : "Saved \(name).", kind: .success))
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let heading = editing.map { "Edit \($0.name) (owner \(clientName))" } ?? "Register a pet for \(clientName)"
        let note = editing == nil ? nil : "A death or a new owner is recorded from the client record (X, T)."
        let cursor = FormSupport.render(form, heading: heading, note: note, into: &buffer, in: rect)
        discard.render(into: &buffer, in: rect)
        return discard.isOpen ? nil : cursor
    }
}
