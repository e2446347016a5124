import TUIKit
import VetCore
import VetStore

/// The form that adds a policy; an insurer not yet known is added by typing its name.
@MainActor
enum PolicyForm {
    static let fieldIDs = ["insurer name": "insurer", "policy number": "number", "excess": "excess", "end date": "ends"]

    static func action(pet: Pet, insurers: [Insurer], today: LocalDate) -> ActionForm {
        let petID = pet.id ?? 0
        let known = insurers.map(\.name).joined(separator: ", ")
        return ActionForm(
            title: "New policy", heading: "Add an insurance policy for \(pet.name)",
            hint: known.isEmpty ? "Type the insurer's name; it is added to the list." : "Insurers: \(known). A new name is added.",
            fields: [FormSupport.field("insurer", "Insurer", maxLength: 120),
                     FormSupport.field("number", "Policy number", maxLength: 40),
                     FormSupport.field("starts", "Starts (YYYY-MM-DD)", value: today.iso, maxLength: 10),
                     FormSupport.field("ends", "Ends (blank if open)", maxLength: 10),
                     FormSupport.field("excess", "Excess (£)", value: "0", maxLength: 16)],
            fieldIDs: fieldIDs, doneMessage: "Policy added.") { values in
                var errors: [String: String] = [:]
                let starts = MoneyText.date(values["starts"], field: "start date")
                var ends: LocalDate?
                if let typed = MoneyText.optional(values["ends"]) {
                    switch MoneyText.date(typed, field: "end date") {
                    case .success(let date): ends = date
                    case .failure(let error): errors["ends"] = error.message
                    }
                }
                let excess = MoneyText.amount(values["excess"], field: "excess")
                if case .failure(let error) = starts { errors["starts"] = error.message }
                if case .failure(let error) = excess { errors["excess"] = error.message }
                let insurer = MoneyText.optional(values["insurer"])
                if insurer == nil { errors["insurer"] = "insurer must not be empty" }
                guard errors.isEmpty, case .success(let from) = starts, case .success(let amount) = excess,
                      let insurer else { return .invalid(errors) }
                let number = values["number"] ?? ""
                return ActionForm.run { store, user in
                    let match = try store.insurers().first { $0.name.caseInsensitiveCompare(insurer) == .orderedSame }
                    let chosen = try match ?? store.addInsurer(name: insurer, as: user)
                    try store.addPolicy(petID: petID, insurerID: chosen.id ?? 0, number: number, startsOn: from,
                                        endsOn: ends, excess: amount, as: user)
                }
            }
    }
}
