import TUIKit
import VetCore
import VetStore

/// Adds an allergy alert to a pet, naming a drug class or one medicine picked from a list (type
/// any word to find it), so that a matching treatment is caught whichever product is picked.
@MainActor
struct AllergyAlertForm: SmallForm {
    let petID: Int64
    let petName: String
    /// The medicines on offer, for alerts that name one product.
    let medicines: [PriceItem]

    var title: String { "Allergy alert" }
    var heading: String { "Add an allergy alert for \(petName)" }
    var hint: String? {
        "Pick a drug class (penicillins catches every penicillin on the price list) or one medicine. "
            + "A matching treatment then needs a reason before it is given."
    }
    var screenID: String { AppCommands.PriceListScreenID.allergyForm }
    var discardThing: String { "the allergy alert" }
    var fieldIDs: [String: String] { ["allergic to": "target"] }

    var options: [ChoiceOption] {
        DrugClass.allCases.map { ChoiceOption(value: "class:\($0.rawValue)", label: "\($0.displayName) (drug class)") }
            + medicines.compactMap { item in
                item.id.map { ChoiceOption(value: "item:\($0)", label: "\(item.name) (\(item.code))") }
            }
    }

    var fields: [FormField] { [PickLists.field("target", "Allergic to", options: options)] }

    func submit(_ values: [String: String]) -> SmallFormSubmission {
        let value = values["target"] ?? ""
        let petID = petID
        if value.hasPrefix("class:"), let drugClass = DrugClass(rawValue: String(value.dropFirst(6))) {
            return .run(Effect.asUser("allergy") { store, user in
                try store.addAllergyAlert(petID: petID, drugClass: drugClass, as: user)
                return .done
            })
        }
        if value.hasPrefix("item:"), let itemID = Int64(value.dropFirst(5)) {
            return .run(Effect.asUser("allergy") { store, user in
                try store.addAllergyAlert(petID: petID, priceItemID: itemID, as: user)
                return .done
            })
        }
        return .invalid(["target": "allergic to must be picked from the list: a drug class or a medicine"])
    }

    func finish(_ payload: EffectPayload) -> Outcome {
        .pop(StatusMessage("Allergy alert added for \(petName).", kind: .success))
    }
}
