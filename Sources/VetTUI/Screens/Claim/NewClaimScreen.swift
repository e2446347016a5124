import TUIKit
import VetCore
import VetStore

/// Builds a draft claim from the pet's lines on finalised invoices: tick the lines (Space), give
/// the condition and who the insurer pays. Saving opens the claim, ready to submit.
struct NewClaimScreen: Screen {
    let policy: Policy
    let insurerName: String
    let pet: Pet
    let clientID: Int64
    let clientName: String
    var form = FormState(fields: [
        FormSupport.field("condition", "Condition / diagnosis", maxLength: 200),
        FormSupport.field("payTo", "Pay (vet or client)", value: "vet", maxLength: 20),
    ])
    var linesFocused = false
    var candidates: [ClaimableLine] = []
    var ticked: Set<Int64> = []
    var list = ListState()
    var discard = DiscardGuard()
    let loadedLines = Mailbox<[ClaimableLine]>()
    let created = Mailbox<Claim>()

    /// An invoice line that may go on the claim, with its invoice's number.
    struct ClaimableLine {
        var line: InvoiceLine
        var invoiceName: String
    }

    var screenID: String { AppCommands.ScreenID.newClaim }
    var title: String { "New claim" }
    var isTextEntryActive: Bool { !linesFocused }
    var hasUnsavedInput: Bool { form.isDirty || !ticked.isEmpty }
    var isModal: Bool { discard.isOpen }

    func availability(of command: Command, in context: AppContext) -> Availability {
        if command.id == AppCommands.ID.toggleClaimLine, !linesFocused {
            return .disabled(reason: "Tab to the invoice lines first")
        }
        return .enabled
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        switch command.id {
        case AppCommands.ID.back: return discard.back(isDirty: hasUnsavedInput, thing: "this claim")
        case AppCommands.ID.nextField, AppCommands.ID.previousField:
            let forward = command.id == AppCommands.ID.nextField
            let edge = forward ? form.fields.count - 1 : 0
            if linesFocused {
                linesFocused = false
                form.focus(form.fields[forward ? 0 : form.fields.count - 1].id)
            } else if form.focusedIndex == edge {
                linesFocused = true
            } else {
                _ = form.handle(forward ? .tab : .backTab)
            }
            return .handled
        case AppCommands.ID.toggleClaimLine:
            guard let index = list.selectedIndex, candidates.indices.contains(index),
                  let id = candidates[index].line.id else { return .handled }
            if ticked.contains(id) { ticked.remove(id) } else { ticked.insert(id) }
            return .handled
        case AppCommands.ID.save:
            return save()
        default:
            return .ignored
        }
    }

    private mutating func save() -> Outcome {
        var errors: [String: String] = [:]
        let condition = MoneyText.optional(form.value(of: "condition"))
        if condition == nil { errors["condition"] = "condition must not be empty" }
        var payee = ClaimPayee.vet
        do throws(ValidationError) { payee = try ClaimPayee.parse(form.value(of: "payTo") ?? "", field: "pay to") } catch {
            errors["payTo"] = error.message
        }
        form.setErrors(errors)
        guard errors.isEmpty, let condition else { return .message(StatusMessage("Please correct the marked fields.", kind: .warning)) }
        let lineIDs = candidates.compactMap(\.line.id).filter(ticked.contains)
        guard !lineIDs.isEmpty else {
            linesFocused = true
            return .message(StatusMessage("Tick at least one invoice line with Space.", kind: .warning))
        }
        let policyID = policy.id ?? 0
        let chosenPayee = payee
        return .run(Effect.load("create", into: created) { store, user in
            try store.createClaim(policyID: policyID, invoiceLineIDs: lineIDs, condition: condition, payTo: chosenPayee, as: user)
        })
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        if discard.isOpen { return discard.handle(key) }
        if linesFocused { _ = list.handle(key) } else { _ = form.handle(key) }
        return .handled
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        guard reason == .appeared else { return .handled }
        let client = clientID
        let petID = pet.id
        return .run(Effect.load("lines", into: loadedLines) { store, _ in
            try store.invoices(clientID: client).filter { $0.status == .finalised }.flatMap { invoice in
                try store.invoiceLines(invoiceID: invoice.id ?? 0).filter { $0.petId == petID }
                    .map { ClaimableLine(line: $0, invoiceName: MoneyText.invoiceName(invoice)) }
            }
        })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if let failure = result.failure { return .message(StatusMessage(failure, kind: .error)) }
        if result.tag == "lines", let lines = loadedLines.take() {
            candidates = lines
            list.setItemCount(lines.count)
            return .handled
        }
        guard let claim = created.take(), let id = claim.id else { return .handled }
        form.markSaved()
        ticked = []
        return .all([.replace(ClaimScreen(claimID: id)),
                     .message(StatusMessage("Draft claim \(id) for \(Pence(claim.amountClaimedPence).formatted) made; "
                                            + "F2 submits it to \(insurerName).", kind: .success))])
    }
}
