import TUIKit
import VetCore
import VetStore

/// The claim's small forms: a status move along the claim status machine, and the paper copy.
@MainActor
enum ClaimForms {
    static func move(_ claim: Claim) -> ActionForm {
        let id = claim.id ?? 0
        let version = claim.version
        let allowed = claim.status.allowedNext.map { $0.displayName.lowercased() }.joined(separator: ", ")
        let settledSoFar = (claim.settledPence ?? 0) > 0 ? ", \(Pence(claim.settledPence ?? 0).formatted) settled so far" : ""
        return ActionForm(
            title: "Claim status", heading: "Move claim \(id) on from \(claim.status.displayName.lowercased())",
            hint: "It can move to: \(allowed). Paid and part paid need the amount the insurer settled this time "
                + "(claimed \(Pence(claim.amountClaimedPence).formatted)\(settledSoFar)).",
            fields: [PickLists.field("status", "New status", options: claim.status.allowedNext.map {
                         ChoiceOption(value: $0.rawValue, label: $0.displayName) }),
                     FormSupport.field("amount", "Amount settled (£)", maxLength: 16),
                     FormSupport.field("reference", "Insurer's claim number", value: claim.insurerReference ?? "", maxLength: 60),
                     FormSupport.field("note", "Note", maxLength: 500)],
            fieldIDs: ["status": "status", "claim status": "status", "settled amount": "amount",
                       "insurer's claim number": "reference", "note": "note"],
            doneMessage: "Claim \(id) updated.") { values in
                var errors: [String: String] = [:]
                var next = ClaimStatus.submitted
                do throws(ValidationError) { next = try ClaimStatus.parse(values["status"] ?? "", field: "status") } catch {
                    errors["status"] = error.message
                }
                var amount: Pence?
                if let typed = MoneyText.optional(values["amount"]) {
                    switch MoneyText.amount(typed, field: "amount settled") {
                    case .success(let value): amount = value
                    case .failure(let error): errors["amount"] = error.message
                    }
                }
                guard errors.isEmpty else { return .invalid(errors) }
                let settled = amount
                let status = next
                let note = MoneyText.optional(values["note"])
                let reference = MoneyText.optional(values["reference"])
                return ActionForm.run { store, user in
                    try store.moveClaim(id: id, expectedVersion: version, to: status, settledAmount: settled, note: note,
                                        insurerReference: reference, as: user)
                }
            }
    }

    /// Closes a part-paid claim once the insurer will pay no more; what is left stays for the client.
    static func close(_ claim: Claim) -> ActionForm {
        let id = claim.id ?? 0
        let version = claim.version
        let settled = Pence(claim.settledPence ?? 0)
        let claimed = Pence(claim.amountClaimedPence)
        return ActionForm(
            title: "Close claim", heading: "Close claim \(id): \(settled.formatted) of \(claimed.formatted) settled",
            hint: "Close it when the insurer will pay no more; the rest stays on the client's account.",
            fields: [FormSupport.field("note", "Note", maxLength: 500)], fieldIDs: ["note": "note"],
            doneMessage: "Claim \(id) closed.") { values in
                let note = MoneyText.optional(values["note"])
                return .confirm(.confirmDestructive(action: "Close", thing: "claim \(id)",
                                                    consequence: "No further settlement can be recorded on it."),
                                Effect.asUser("action") { store, user in
                                    try store.closeClaim(id: id, expectedVersion: version, note: note, as: user)
                                    return .done
                                })
            }
    }

    static func paperCopy(_ claim: Claim) -> ActionForm {
        let id = claim.id ?? 0
        return ActionForm(
            title: "Paper copy", heading: "Where is the paper copy of claim \(id) filed?",
            hint: "For example: claims cabinet, drawer 2. Access requests list it so staff can fetch it. Blank clears it.",
            fields: [FormSupport.field("location", "Filed at", value: claim.paperCopyLocation ?? "", maxLength: 200)],
            fieldIDs: ["paper copy location": "location"], doneMessage: "Paper copy location saved.") { values in
                let location = MoneyText.optional(values["location"])
                return ActionForm.run { store, user in try store.setPaperCopyLocation(claimID: id, location: location, as: user) }
            }
    }
}
