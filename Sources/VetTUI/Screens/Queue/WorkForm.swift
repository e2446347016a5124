import TUIKit
import VetCore
import VetStore

/// A small form of the day's work (join the queue, remove from it, book a follow-up, change the
/// dates listed): fields, how they become one store call, and the message once it is done.
@MainActor
struct WorkForm: SmallForm {
    let title: String
    let heading: String
    let hint: String?
    let fields: [FormField]
    let fieldIDs: [String: String]
    let doneMessage: String
    let submission: ([String: String]) -> SmallFormSubmission

    init(title: String, heading: String, hint: String? = nil, fields: [FormField], fieldIDs: [String: String],
         doneMessage: String, submit: @escaping ([String: String]) -> SmallFormSubmission) {
        self.title = title
        self.heading = heading
        self.hint = hint
        self.fields = fields
        self.fieldIDs = fieldIDs
        self.doneMessage = doneMessage
        self.submission = submit
    }

    var screenID: String { AppCommands.ScreenID.workForm }
    var discardThing: String { heading.lowercased() }
    func submit(_ values: [String: String]) -> SmallFormSubmission { submission(values) }
    func finish(_ payload: EffectPayload) -> Outcome { .pop(StatusMessage(doneMessage, kind: .success)) }
}
