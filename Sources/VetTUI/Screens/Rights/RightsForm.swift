import Foundation
import TUIKit
import VetCore
import VetStore

/// A small form used by the data-protection tools (an output folder, a file path, the date a
/// person was told, a decision): its fields, how the typed values become one store call, and
/// what to show once the store has done it.
@MainActor
struct RightsForm: SmallForm {
    typealias Submission = SmallFormSubmission

    let title: String
    let heading: String
    let hint: String?
    let fields: [FormField]
    /// Store field names ("told on") → form field ids, for the store's own refusals.
    let fieldIDs: [String: String]
    /// Field errors, or the store work to run.
    let submission: ([String: String]) -> Submission
    /// What follows success: usually a result page replacing the form, or a pop with a message.
    let done: (EffectPayload) -> Outcome

    init(title: String, heading: String, hint: String?, fields: [FormField], fieldIDs: [String: String],
         submit: @escaping ([String: String]) -> Submission, done: @escaping (EffectPayload) -> Outcome) {
        self.title = title
        self.heading = heading
        self.hint = hint
        self.fields = fields
        self.fieldIDs = fieldIDs
        self.submission = submit
        self.done = done
    }

    var screenID: String { AppCommands.RightsScreenID.rightsForm }
    var discardThing: String { heading.lowercased() }
    func submit(_ values: [String: String]) -> Submission { submission(values) }
    func finish(_ payload: EffectPayload) -> Outcome { done(payload) }
}

/// Reading what was typed into the rights forms.
enum RightsInput {
    /// A date typed YYYY-MM-DD, or the field error.
    static func date(_ values: [String: String], _ id: String) -> Result<LocalDate, RightsFormError> {
        let text = (values[id] ?? "").trimmingCharacters(in: .whitespaces)
        guard let date = LocalDate(iso: text) else {
            return .failure(RightsFormError(field: id, message: LocalDate.refusal(of: text, field: "date").message))
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
