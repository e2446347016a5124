import TUIKit
import VetCore
import VetStore

/// What a small one-action form returns when saved: field errors, or the store work to run.
enum SmallFormSubmission {
    case invalid([String: String])
    case run(Effect)
    /// Ask first (a dialog whose default is No); run the effect only on Yes.
    case confirm(DialogState, Effect)
}

/// A small form that records one action (a payment, a new login, the date a person was told):
/// its fields, how the typed values become one store call, and what follows success.
/// `SmallFormScreen` runs every kind, so they all behave alike.
@MainActor
protocol SmallForm {
    var title: String { get }
    var heading: String { get }
    var hint: String? { get }
    var fields: [FormField] { get }
    /// Store field names ("payment amount") → form field ids, so refusals show under the right field.
    var fieldIDs: [String: String] { get }
    /// The command-table screen the form belongs to (its keys and help).
    var screenID: String { get }
    /// Named in the "discard your changes?" question.
    var discardThing: String { get }
    func submit(_ values: [String: String]) -> SmallFormSubmission
    /// What follows once the store has accepted the action.
    func finish(_ payload: EffectPayload) -> Outcome
}

/// Runs any `SmallForm`: typed input survives a refused save, Esc on a changed form asks first.
struct SmallFormScreen: Screen {
    let definition: any SmallForm
    var form: FormState
    var discard = DiscardGuard()
    /// The question asked before an action that closes something for good, with the work to run on Yes.
    var pending: (dialog: DialogState, effect: Effect)?

    init(_ definition: any SmallForm) {
        self.definition = definition
        self.form = FormState(fields: definition.fields)
    }

    var screenID: String { definition.screenID }
    var title: String { definition.title }
    var isTextEntryActive: Bool { true }
    var hasUnsavedInput: Bool { form.isDirty }
    /// An open tick list takes every key, as a dialog does, so Esc closes it rather than the form.
    var isModal: Bool { discard.isOpen || pending != nil || form.hasOpenTickList }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        if let moved = FormSupport.moveFocus(&form, for: command) { return moved }
        switch command.id {
        case AppCommands.ID.back: return discard.back(isDirty: form.isDirty, thing: definition.discardThing)
        case AppCommands.ID.save:
            switch definition.submit(form.values) {
            case .invalid(let errors):
                form.setErrors(errors)
                // The message line has room for the whole sentence the field line may cut short.
                return .message(StatusMessage(form.focusedField?.error ?? "Please correct the marked fields.", kind: .warning))
            case .run(let effect):
                form.setErrors([:])
                return .run(effect)
            case .confirm(let dialog, let effect):
                form.setErrors([:])
                pending = (dialog, effect)
                return .handled
            }
        default: return .ignored
        }
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        if discard.isOpen { return discard.handle(key) }
        if var asking = pending {
            switch asking.dialog.handle(key) {
            case .chose(let id) where id == DialogButton.yes.id:
                pending = nil
                return .run(asking.effect)
            case .chose, .cancelled:
                pending = nil
                return .message(StatusMessage("Nothing was changed."))
            case .moved, .ignored:
                pending = asking
                return .handled
            }
        }
        _ = form.handle(key)
        return .handled
    }

    mutating func paste(_ text: String, in context: AppContext) -> Outcome {
        form.paste(text)
        return .handled
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        switch result.result {
        case .success(let payload):
            form.markSaved()
            return definition.finish(payload)
        case .failure(let error):
            let messages = ErrorText.fieldMessages(error)
            let rest = FormSupport.applyErrors(messages ?? [:], to: &form, fieldIDs: definition.fieldIDs)
            let text = messages == nil ? ErrorText.describe(error)
                : rest.first ?? form.focusedField?.error ?? "Please correct the marked fields."
            return .message(StatusMessage(text, kind: .error))
        }
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let cursor = FormSupport.render(form, heading: definition.heading, note: definition.hint, into: &buffer, in: rect)
        discard.render(into: &buffer, in: rect)
        if let pending { Dialog.render(pending.dialog, into: &buffer, in: rect) }
        return discard.isOpen || pending != nil ? nil : cursor
    }
}
