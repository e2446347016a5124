import TUIKit
import VetCore
import VetStore

/// A small form used by the manager's tools (add a login, reset a password, add a holiday):
/// its fields, and how the typed values become one store call.
@MainActor
struct ManagerForm {
    enum Submission {
        case invalid([String: String])
        case run(Effect)
    }

    let title: String
    let heading: String
    let hint: String?
    let fields: [FormField]
    /// Store field names ("display name") → form field ids, for the store's own refusals.
    let fieldIDs: [String: String]
    /// Shown on the screen below once the store has accepted the change.
    let doneMessage: String
    /// Field errors, or the store work to run.
    let submit: ([String: String]) -> Submission
}

/// Runs a `ManagerForm`: typed input survives a refused save, Esc on a changed form asks first.
struct ManagerFormScreen: Screen {
    let definition: ManagerForm
    var form: FormState
    var discard = DiscardGuard()

    init(_ definition: ManagerForm) {
        self.definition = definition
        self.form = FormState(fields: definition.fields)
    }

    var screenID: String { AppCommands.ManagerScreenID.managerForm }
    var title: String { definition.title }
    var isTextEntryActive: Bool { true }
    var hasUnsavedInput: Bool { form.isDirty }
    var isModal: Bool { discard.isOpen }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        if let moved = FormSupport.moveFocus(&form, for: command) { return moved }
        switch command.id {
        case AppCommands.ID.back: return discard.back(isDirty: form.isDirty, thing: definition.heading.lowercased())
        case AppCommands.ID.save:
            switch definition.submit(form.values) {
            case .invalid(let errors):
                form.setErrors(errors)
                // The message line has room for the whole sentence the field line may cut short.
                return .message(StatusMessage(form.focusedField?.error ?? "Please correct the marked fields.", kind: .warning))
            case .run(let effect):
                form.setErrors([:])
                return .run(effect)
            }
        default: return .ignored
        }
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
        guard case .failure(let error) = result.result else {
            form.markSaved()
            return .pop(StatusMessage(definition.doneMessage, kind: .success))
        }
        let messages = ErrorText.fieldMessages(error)
        let rest = FormSupport.applyErrors(messages ?? [:], to: &form, fieldIDs: definition.fieldIDs)
        let text = messages == nil ? ErrorText.describe(error)
            : rest.first ?? form.focusedField?.error ?? "Please correct the marked fields."
        return .message(StatusMessage(text, kind: .error))
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let cursor = FormSupport.render(form, heading: definition.heading, note: definition.hint, into: &buffer, in: rect)
        discard.render(into: &buffer, in: rect)
        return discard.isOpen ? nil : cursor
    }
}
