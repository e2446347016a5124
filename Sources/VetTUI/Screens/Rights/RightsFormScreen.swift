import Foundation
import TUIKit
import VetCore
import VetStore

/// A small form used by the data-protection tools (an output folder, a file path, the date a
/// person was told, a decision): its fields, how the typed values become one store call, and
/// what to show once the store has done it.
@MainActor
struct RightsForm {
    enum Submission {
        case invalid([String: String])
        case run(Effect)
    }

    let title: String
    let heading: String
    let hint: String?
    let fields: [FormField]
    /// Store field names ("told on") → form field ids, for the store's own refusals.
    let fieldIDs: [String: String]
    /// Field errors, or the store work to run.
    let submit: ([String: String]) -> Submission
    /// What follows success: usually a result page replacing the form, or a pop with a message.
    let done: (EffectPayload) -> Outcome
}

/// Runs a `RightsForm`: typed input survives a refusal, Esc on a changed form asks first.
struct RightsFormScreen: Screen {
    let definition: RightsForm
    var form: FormState
    var discard = DiscardGuard()

    init(_ definition: RightsForm) {
        self.definition = definition
        self.form = FormState(fields: definition.fields)
    }

    var screenID: String { AppCommands.RightsScreenID.rightsForm }
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
        switch result.result {
        case .success(let payload):
            form.markSaved()
            return definition.done(payload)
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
        return discard.isOpen ? nil : cursor
    }
}

/// Reading what was typed into the rights forms.
enum RightsInput {
    /// A date typed YYYY-MM-DD, or the field error.
    static func date(_ values: [String: String], _ id: String) -> Result<LocalDate, RightsFormError> {
        let text = (values[id] ?? "").trimmingCharacters(in: .whitespaces)
        guard let date = LocalDate(iso: text) else {
            return .failure(RightsFormError(field: id, message: "date '\(text)' must be written YYYY-MM-DD, for example 2026-03-10"))
        }
        return .success(date)
    }

    /// A path typed by the manager, with a leading "~" meaning their home folder.
    static func path(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed == "~" || trimmed.hasPrefix("~/") else { return trimmed }
        return FileManager.default.homeDirectoryForCurrentUser.path + trimmed.dropFirst()
    }
}

/// A typed value the form cannot use, shown under its field.
struct RightsFormError: Error {
    let field: String
    let message: String
}
