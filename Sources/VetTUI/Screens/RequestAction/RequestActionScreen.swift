import TUIKit
import VetCore
import VetStore

/// A small form for one request action; on success it closes and the detail reloads.
struct RequestActionScreen: Screen {
    let action: RequestAction
    var form: FormState
    var discard = DiscardGuard()

    init(action: RequestAction) {
        self.action = action
        self.form = FormState(fields: action.fields)
    }

    var screenID: String { AppCommands.ScreenID.requestAction }
    var title: String { "Request action" }
    var isTextEntryActive: Bool { true }
    var hasUnsavedInput: Bool { form.isDirty }
    var isModal: Bool { discard.isOpen }

    /// Store field names → form field ids, for errors the store reports.
    static let fieldIDs = ["question": "text", "extension reason": "text", "outcome": "outcome", "status": "status"]

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        if let moved = FormSupport.moveFocus(&form, for: command) { return moved }
        switch command.id {
        case AppCommands.ID.back: return discard.back(isDirty: form.isDirty, thing: "this action")
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
            return .pop(StatusMessage("\(action.heading): recorded.", kind: .success))
        }
        let rest = FormSupport.applyErrors(ErrorText.fieldMessages(error) ?? [:], to: &form, fieldIDs: Self.fieldIDs)
        return .message(StatusMessage(rest.first ?? ErrorText.describe(error), kind: .error))
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let cursor = FormSupport.render(form, heading: action.heading, note: action.hint, into: &buffer, in: rect)
        discard.render(into: &buffer, in: rect)
        return discard.isOpen ? nil : cursor
    }
}
