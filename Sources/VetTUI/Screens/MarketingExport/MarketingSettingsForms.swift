import Foundation
import TUIKit
import VetCore
import VetStore

/// The marketing settings a manager keeps: the soft opt-in period and the consent wordings.
extension MarketingExportForm {
    static func softOptInPeriod() -> RightsForm {
        RightsForm(
            title: "Soft opt-in period",
            heading: "How many months with no sale a soft opt-in lasts",
            hint: "1–120 months (24 unless set). After it, a client who gave only a soft opt-in leaves the practice's "
                + "email and SMS lists until they buy again or give consent.",
            fields: [FormSupport.field("months", "Months", maxLength: 3)],
            fieldIDs: ["soft opt-in period (months)": "months"],
            submit: { values in
                guard let months = Int((values["months"] ?? "").trimmingCharacters(in: .whitespaces)) else {
                    return .invalid(["months": "months must be a whole number from 1 to 120"])
                }
                return .run(Effect.asUser("softOptIn") { store, user in
                    try store.setSoftOptInLapse(months: months, as: user)
                    return .done
                })
            },
            done: { _ in .pop(StatusMessage("Soft opt-in period saved; the list is read again.", kind: .success)) })
    }

    static func addWording(today: LocalDate) -> RightsForm {
        RightsForm(
            title: "Consent wording",
            heading: "Add a new version of the consent wording",
            hint: "A version is never changed: a changed wording is a new version. Consent recorded from now on "
                + "offers the newest.",
            fields: [FormSupport.field("version", "Version", value: today.iso.prefix(7).description, maxLength: 40),
                     FormSupport.field("wording", "Wording", maxLength: 4000),
                     FormSupport.field("from", "In use from", value: today.iso, maxLength: 10)],
            fieldIDs: ["wording version": "version", "wording": "wording"],
            submit: { values in
                let from: LocalDate
                switch RightsInput.date(values, "from") {
                case .success(let day): from = day
                case .failure(let error): return .invalid([error.field: error.message])
                }
                let version = values["version"] ?? ""
                let wording = values["wording"] ?? ""
                return .run(Effect.asUser("wording") { store, user in
                    try store.addConsentWording(version: version, wording: wording, inUseFrom: from, as: user)
                    return .done
                })
            },
            done: { _ in .pop(StatusMessage("Consent wording added.", kind: .success)) })
    }
}
