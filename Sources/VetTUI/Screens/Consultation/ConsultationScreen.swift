import TUIKit
import VetCore
import VetStore

/// The vet's note for one visit: kind, reason, SOAP notes, weight, treatments picked from the
/// price list, follow-up. Saving a new note drafts an invoice for the owner; an unlocked note
/// can be corrected here, a locked one only by addendum (`ConsultationViewScreen`).
struct ConsultationScreen: Screen {
    let pet: Pet
    let ownerName: String
    /// The note being corrected; nil for a new one.
    let existing: ConsultationRecord?
    var form: FormState
    var lines: [TreatmentLine]
    var picker: PriceItemPicker?
    /// The treatment picked and waiting for the allergy check, and the warning when it matches.
    var pending: PendingTreatment?
    var warning: AllergyWarning?
    let allergyMatches = Mailbox<AllergyReport>()
    /// The pet's structured allergy alerts, shown with its other alerts above the note.
    var allergies: [String] = []
    let allergyAlerts = Mailbox<[String]>()
    var discard = DiscardGuard()
    let saved = Mailbox<String>()

    /// The appointment or queue entry this note closes when saved.
    let source: ConsultationSource?

    /// A new note can come from an appointment or the online queue (`source`), with its reason
    /// and kind filled in; saving it finishes that appointment or queue entry.
    init(pet: Pet, ownerName: String, existing: ConsultationRecord? = nil, source: ConsultationSource? = nil,
         reason: String? = nil, kind: ConsultationKind? = nil) {
        self.pet = pet
        self.ownerName = ownerName
        self.existing = existing
        self.source = existing == nil ? source : nil
        self.form = ConsultationFields.form(for: existing?.consultation)
        if let reason { form.load(reason, into: "reason") }
        if let kind { form.load(kind.rawValue, into: "kind") }
        self.lines = existing?.lines.map(\.treatmentLine) ?? []
    }

    var screenID: String { AppCommands.ScreenID.consultation }
    var title: String { existing == nil ? "New consultation" : "Correct consultation" }
    var isTextEntryActive: Bool { true }
    var isModal: Bool { picker != nil || warning != nil || discard.isOpen }
    var hasUnsavedInput: Bool { form.isDirty || lines != (existing?.lines.map(\.treatmentLine) ?? []) }

    func availability(of command: Command, in context: AppContext) -> Availability {
        if command.id == AppCommands.ID.removeTreatment, lines.isEmpty {
            return .disabled(reason: "there are no treatment lines to remove")
        }
        return .enabled
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        if let moved = FormSupport.moveFocus(&form, for: command) { return moved }
        switch command.id {
        case AppCommands.ID.back:
            return discard.back(isDirty: hasUnsavedInput, thing: "this consultation")
        case AppCommands.ID.addTreatment:
            let opened = PriceItemPicker()
            picker = opened
            return .run(opened.query())
        case AppCommands.ID.removeTreatment:
            let removed = lines.removeLast()
            return .message(StatusMessage("Removed \(removed.description)."))
        case AppCommands.ID.save:
            return save(in: context)
        default:
            return .ignored
        }
    }

    private mutating func save(in context: AppContext) -> Outcome {
        let details: ConsultationDetails
        switch ConsultationFields.details(form.values, lines: lines, today: context.today) {
        case .invalid(let errors):
            let rest = FormSupport.applyErrors(errors, to: &form, fieldIDs: ConsultationFields.fieldIDs)
            return .message(StatusMessage(rest.first ?? "Please correct the marked fields.", kind: .warning))
        case .valid(let checked):
            details = checked
        }
        form.setErrors([:])
        let petID = pet.id ?? 0
        let owner = ownerName
        if let existing, let id = existing.consultation.id {
            let version = existing.consultation.version
            return .run(Effect.load("save", into: saved) { store, user in
                try store.updateConsultation(id: id, expectedVersion: version, details: details, as: user)
                return "Consultation corrected; its draft invoice follows the treatments."
            })
        }
        let source = self.source
        return .run(Effect.load("save", into: saved) { store, user in
            let result = try store.logConsultation(petID: petID, details: details, from: source, as: user)
            guard let invoice = result.invoice else { return "Consultation saved; there were no treatments to bill." }
            return "Consultation saved. Draft invoice for \(invoice.gross.formatted) made for \(owner); "
                + "reception finalises it at checkout."
        })
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        if discard.isOpen { return discard.handle(key) }
        switch AllergyWarning.answer(key, to: &warning) {
        case .done(let outcome)?: return outcome
        case .add(let item, let quantity, let reason)?: return add(item, quantity: quantity, allergyReason: reason)
        case nil: break
        }
        if var open = picker {
            let outcome = open.handle(key)
            picker = open
            switch outcome {
            case .stay: return .handled
            case .query(let effect): return .run(effect)
            case .cancel: picker = nil; return .handled
            case .chose(let item, let quantity):
                picker = nil
                pending = PendingTreatment(item: item, quantity: quantity)
                return .run(PendingTreatment.check(petID: pet.id ?? 0, item: item, into: allergyMatches))
            }
        }
        _ = form.handle(key)
        return .handled
    }

    /// Adds the treatment; a reason means it was given despite an allergy alert.
    private mutating func add(_ item: PriceItem, quantity: Int, allergyReason: String? = nil) -> Outcome {
        lines.append(TreatmentLine(priceItemID: item.id, description: item.name, quantity: quantity,
                                   unitPrice: item.unitPrice, vatRate: item.vatRate, allergyReason: allergyReason))
        let note = allergyReason.map { " despite the allergy alert (reason: \($0))" } ?? ""
        return .message(StatusMessage("Added \(quantity) × \(item.name)\(note).", kind: allergyReason == nil ? .info : .warning))
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        guard reason != .tick, let petID = pet.id else { return .handled }
        return .run(Effect.load("allergies", into: allergyAlerts) { store, _ in
            try store.allergyAlerts(petID: petID).map(\.text)
        })
    }

    mutating func paste(_ text: String, in context: AppContext) -> Outcome {
        form.paste(text)
        return .handled
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if result.tag == PriceItemPicker.queryTag {
            picker?.receiveMatches()
            return result.failure.map { .message(StatusMessage($0, kind: .error)) } ?? .handled
        }
        if let merging = receiveMerge(result, in: context) { return merging }
        if result.tag == "allergies" {
            allergies = allergyAlerts.take() ?? allergies
            return .handled
        }
        if result.tag == PendingTreatment.checkTag, let picked = pending {
            pending = nil
            if let failure = result.failure { return .message(StatusMessage(failure, kind: .error)) }
            let report = allergyMatches.take() ?? AllergyReport(petName: "", matches: [])
            let matches = report.matches
            if matches.isEmpty { return add(picked.item, quantity: picked.quantity) }
            warning = AllergyWarning(petName: pet.name, item: picked.item, quantity: picked.quantity, matches: matches)
            return .handled
        }
        if case .failure(let error) = result.result {
            let rest = FormSupport.applyErrors(ErrorText.fieldMessages(error) ?? [:], to: &form,
                                               fieldIDs: ConsultationFields.fieldIDs)
            let text = ErrorText.fieldMessages(error) == nil ? ErrorText.describe(error) : rest.first
            return .message(StatusMessage(text ?? "Please correct the marked fields.", kind: .error))
        }
        form.markSaved()
        return .pop(StatusMessage(saved.take() ?? "Consultation saved.", kind: .success))
    }
}
