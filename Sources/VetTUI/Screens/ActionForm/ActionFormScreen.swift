import TUIKit
import VetCore
import VetStore

/// A small form for one money or insurance action; on success it closes and the screen below reloads.
struct ActionFormScreen: Screen {
    let action: ActionForm
    var form: FormState
    var discard = DiscardGuard()

    init(_ action: ActionForm) {
        self.action = action
        self.form = FormState(fields: action.fields)
    }

    var screenID: String { AppCommands.ScreenID.actionForm }
    var title: String { action.title }
    var isTextEntryActive: Bool { true }
    var hasUnsavedInput: Bool { form.isDirty }
    var isModal: Bool { discard.isOpen }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        if let moved = FormSupport.moveFocus(&form, for: command) { return moved }
        switch command.id {
        case AppCommands.ID.back: return discard.back(isDirty: form.isDirty, thing: "this form")
        case AppCommands.ID.save:
            switch action.submit(form.values) {
            case .invalid(let errors):
                form.setErrors(errors)
                return .message(StatusMessage("Please correct the marked fields.", kind: .warning))
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
            return .pop(StatusMessage(action.doneMessage, kind: .success))
        }
        let rest = FormSupport.applyErrors(ErrorText.fieldMessages(error) ?? [:], to: &form, fieldIDs: action.fieldIDs)
        let text = ErrorText.fieldMessages(error) == nil ? ErrorText.describe(error) : rest.first
        return .message(StatusMessage(text ?? "Please correct the marked fields.", kind: .error))
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let cursor = FormSupport.render(form, heading: action.heading, note: action.hint, into: &buffer, in: rect)
        discard.render(into: &buffer, in: rect)
        return discard.isOpen ? nil : cursor
    }
}
