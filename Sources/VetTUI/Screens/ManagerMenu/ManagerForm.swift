import TUIKit
import VetCore
import VetStore

/// A small form of the manager's tools (add a login, reset a password, add a holiday).
@MainActor
struct ManagerForm: SmallForm {
    typealias Submission = SmallFormSubmission

    let title: String
    let heading: String
    let hint: String?
    let fields: [FormField]
    /// Store field names ("display name") → form field ids, for the store's own refusals.
    let fieldIDs: [String: String]
    /// Shown on the screen below once the store has accepted the change.
    let doneMessage: String
    /// Field errors, or the store work to run.
    let submission: ([String: String]) -> Submission

    init(title: String, heading: String, hint: String?, fields: [FormField], fieldIDs: [String: String],
         doneMessage: String, submit: @escaping ([String: String]) -> Submission) {
        self.title = title
        self.heading = heading
        self.hint = hint
        self.fields = fields
        self.fieldIDs = fieldIDs
        self.doneMessage = doneMessage
        self.submission = submit
    }

    var screenID: String { AppCommands.ManagerScreenID.managerForm }
    var discardThing: String { heading.lowercased() }
    func submit(_ values: [String: String]) -> Submission { submission(values) }
    func finish(_ payload: EffectPayload) -> Outcome { .pop(StatusMessage(doneMessage, kind: .success)) }
}

