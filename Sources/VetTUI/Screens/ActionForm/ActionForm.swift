import TUIKit
import VetCore
import VetStore

/// One small form that records a money or insurance action: its fields, and how the typed
/// values become a store call. The store names fields in words ("payment amount"); `fieldIDs`
/// maps those names onto the form's fields so refusals show under the right one.
@MainActor
struct ActionForm: SmallForm {
    let title: String
    let heading: String
    let hint: String?
    let fields: [FormField]
    let fieldIDs: [String: String]
    /// Shown on the screen below once the action is recorded.
    let doneMessage: String
    private let makeSubmission: ([String: String]) -> Submission

    typealias Submission = SmallFormSubmission

    init(title: String, heading: String, hint: String? = nil, fields: [FormField], fieldIDs: [String: String] = [:],
         doneMessage: String, submit: @escaping ([String: String]) -> Submission) {
        self.title = title
        self.heading = heading
        self.hint = hint
        self.fields = fields
        self.fieldIDs = fieldIDs
        self.doneMessage = doneMessage
        self.makeSubmission = submit
    }

    var screenID: String { AppCommands.ScreenID.actionForm }
    var discardThing: String { "this form" }
    func submit(_ values: [String: String]) -> Submission { makeSubmission(values) }
    func finish(_ payload: EffectPayload) -> Outcome { .pop(StatusMessage(doneMessage, kind: .success)) }

    /// Runs `work` as the logged-in user once every check passed.
    static func run(_ work: @escaping (AppDatabase, StaffSession) throws -> Void) -> Submission {
        .run(Effect.asUser("action") { store, user in try work(store, user); return .done })
    }
}
