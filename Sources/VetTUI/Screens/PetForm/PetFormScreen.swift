import TUIKit
import VetCore
import VetStore

/// Registers a pet to a client; each field's rule is shown under it when broken.
struct PetFormScreen: Screen {
    let clientID: Int64
    let clientName: String
    var form = FormState(fields: [
        FormSupport.field("name", "Name", maxLength: 40),
        PickLists.field("species", "Species", options: PickLists.species, other: PickLists.otherSpecies, maxLength: 40),
        FormSupport.field("breed", "Breed", maxLength: 60),
        PickLists.field("sex", "Sex", options: PickLists.options(PetSex.self), value: PetSex.unknown.rawValue),
        PickLists.field("neutered", "Neutered", options: PickLists.yesNo, value: "no"),
        FormSupport.field("dateOfBirth", "Born (YYYY-MM-DD)", maxLength: 20),
        FormSupport.field("colour", "Colour", maxLength: 40), FormSupport.field("microchip", "Microchip", maxLength: 20),
        FormSupport.field("alerts", "Alerts", maxLength: 200),
    ])
    var discard = DiscardGuard()

    static let fieldIDs = ["pet name": "name", "species": "species", "breed": "breed", "sex": "sex",
                           "neutered": "neutered", "date of birth": "dateOfBirth", "colour": "colour",
                           "microchip": "microchip", "alerts": "alerts"]

    var screenID: String { AppCommands.ScreenID.petForm }
    var title: String { "New pet" }
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
        case AppCommands.ID.back: return discard.back(isDirty: form.isDirty, thing: "the new pet")
        case AppCommands.ID.save:
            let details: PetDetails
            do { details = try petForm.validated(today: context.today) } catch {
                return showErrors(error)
            }
            form.setErrors([:])
            let id = clientID
            return .run(Effect.asUser("register") { store, user in
                _ = try store.registerPet(details, clientID: id, as: user)
                return .done
            })
        default: return .ignored
        }
    }

    private mutating func showErrors(_ error: any Error) -> Outcome {
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
        return .pop(StatusMessage("Registered \(form.value(of: "name") ?? "the pet").", kind: .success))
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let cursor = FormSupport.render(form, heading: "Register a pet for \(clientName)", into: &buffer, in: rect)
        discard.render(into: &buffer, in: rect)
        return discard.isOpen ? nil : cursor
    }
}
