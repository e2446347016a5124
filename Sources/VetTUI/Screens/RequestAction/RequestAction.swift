import TUIKit
import VetCore
import VetStore

/// One small form that moves a request on: its fields, and how the typed values become a store call.
/// On success the form closes and the detail reloads.
@MainActor
struct RequestAction: SmallForm {
    typealias Submission = SmallFormSubmission

    let heading: String
    let hint: String?
    let fields: [FormField]
    /// Field errors, or the store work to run.
    let submission: ([String: String]) -> Submission

    init(heading: String, hint: String?, fields: [FormField], submit: @escaping ([String: String]) -> Submission) {
        self.heading = heading
        self.hint = hint
        self.fields = fields
        self.submission = submit
    }

    var title: String { "Request action" }
    /// Store field names → form field ids, for errors the store reports.
    var fieldIDs: [String: String] {
        ["question": "text", "extension reason": "text", "outcome": "outcome", "status": "status",
         "identity asked date": "date", "identity received date": "date", "fee asked date": "date", "fee paid date": "date",
         "clarification asked date": "date", "answer date": "date", "extension notice date": "date",
         "identity reason": "text", "client": "client", "relationship": "relationship", "authority received date": "date",
         "response sent date": "date"]
    }
    var screenID: String { AppCommands.ScreenID.requestAction }
    var discardThing: String { "this action" }
    func submit(_ values: [String: String]) -> Submission { submission(values) }
    func finish(_ payload: EffectPayload) -> Outcome { .pop(StatusMessage("\(heading): recorded.", kind: .success)) }
}

/// The request actions offered on the detail screen.
@MainActor
enum RequestActions {
    static func action(for commandID: String, request: DataRequest, staff: [StaffUser], today: LocalDate) -> RequestAction? {
        let id = request.id ?? 0
        let version = request.version
        let dateField = FormSupport.field("date", "Date (YYYY-MM-DD)", value: today.iso, maxLength: 10)
        /// A date-only action.
        func dated(_ heading: String, _ call: @escaping (AppDatabase, LocalDate, StaffSession) throws -> Void) -> RequestAction {
            RequestAction(heading: heading, hint: nil, fields: [dateField]) { values in
                guard let date = LocalDate(iso: values["date"] ?? "") else { return .invalid(["date": badDate(values["date"])]) }
                return .run(Effect.asUser("action") { store, user in try call(store, date, user); return .done })
            }
        }
        /// A date plus one line of text.
        func datedText(_ heading: String, _ label: String, _ call: @escaping (AppDatabase, LocalDate, String, StaffSession) throws -> Void)
            -> RequestAction {
            RequestAction(heading: heading, hint: nil, fields: [dateField, FormSupport.field("text", label, maxLength: 1000)]) { values in
                guard let date = LocalDate(iso: values["date"] ?? "") else { return .invalid(["date": badDate(values["date"])]) }
                let text = values["text"] ?? ""
                return .run(Effect.asUser("action") { store, user in try call(store, date, text, user); return .done })
            }
        }
        switch commandID {
        case AppCommands.ID.identityAsked:
            return datedText("Identity evidence asked for", "How (e.g. photo ID)") { store, date, text, user in
                try store.recordIdentityAsked(requestID: id, on: date, method: text, expectedVersion: version, as: user)
            }
        case AppCommands.ID.identityReceived:
            return dated("Identity evidence received") { store, date, user in
                try store.recordIdentityReceived(requestID: id, on: date, expectedVersion: version, as: user)
            }
        case AppCommands.ID.feeAsked:
            return datedText("Fee asked for", "Reason") { store, date, text, user in
                try store.recordFeeAsked(requestID: id, on: date, reason: text, expectedVersion: version, as: user)
            }
        case AppCommands.ID.feePaid:
            return dated("Fee paid") { store, date, user in
                try store.recordFeePaid(requestID: id, on: date, expectedVersion: version, as: user)
            }
        case AppCommands.ID.askClarification:
            return datedText("Ask for clarification (the clock stops)", "Question") { store, date, text, user in
                try store.askClarification(requestID: id, on: date, question: text, expectedVersion: version, as: user)
            }
        case AppCommands.ID.answerClarification:
            return dated("Clarification answered (the clock restarts)") { store, date, user in
                try store.recordClarificationAnswer(requestID: id, on: date, expectedVersion: version, as: user)
            }
        case AppCommands.ID.extend:
            return datedText("Extend the deadline (date the notice was sent)", "Reason") { store, date, text, user in
                try store.extendRequest(requestID: id, reason: text, noticeSentOn: date, expectedVersion: version, as: user)
            }
        case AppCommands.ID.assign:
            return assign(id: id, version: version, staff: staff)
        case AppCommands.ID.changeStatus:
            return changeStatus(request: request)
        default:
            return workAction(for: commandID, request: request, today: today)
        }
    }

    private static func assign(id: Int64, version: Int, staff: [StaffUser]) -> RequestAction {
        let names = staff.map(\.username).joined(separator: ", ")
        return RequestAction(heading: "Assign the request", hint: "Staff: \(names). Leave blank to unassign.",
                             fields: [FormSupport.field("username", "Username", maxLength: 32)]) { values in
            let typed = (values["username"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            let match = staff.first { $0.username == typed }
            if !typed.isEmpty, match == nil { return .invalid(["username": "there is no active user called '\(typed)'"]) }
            let assignee = match?.id
            return .run(Effect.asUser("action") { store, user in
                try store.assignRequest(requestID: id, to: assignee, expectedVersion: version, as: user)
                return .done
            })
        }
    }

    private static func changeStatus(request: DataRequest) -> RequestAction {
        let id = request.id ?? 0
        let version = request.version
        let allowed = request.status.allowedNext.map { $0.displayName.lowercased() }.joined(separator: ", ")
        return RequestAction(heading: "Change status from \(request.status.displayName.lowercased())",
                             hint: "It can move to: \(allowed).",
                             fields: [PickLists.field("status", "New status",
                                                      options: request.status.allowedNext.map {
                                                          ChoiceOption(value: $0.rawValue, label: $0.displayName)
                                                      }),
                                      FormSupport.field("outcome", "Outcome / reasons", maxLength: 1000)]) { values in
            let status: RequestStatus
            do { status = try RequestStatus.parse(values["status"] ?? "", field: "status") } catch {
                return .invalid(["status": ErrorText.describe(error)])
            }
            let outcome = values["outcome"].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
            if status.needsReason, outcome == nil {
                return .invalid(["outcome": "outcome must give the reasons when a request is \(status.displayName.lowercased())"])
            }
            let effect = Effect.asUser("action") { store, user in
                try store.moveRequest(requestID: id, to: status, outcome: outcome, expectedVersion: version, as: user)
                return .done
            }
            guard status.isClosed else { return .run(effect) }
            return .confirm(.confirmDestructive(action: status.closingVerb, thing: request.reference,
                                                consequence: "\(status.displayName) is final: the request cannot be reopened."),
                            effect)
        }
    }

    static func badDate(_ text: String?) -> String {
        LocalDate.refusal(of: text ?? "", field: "date").message
    }
}
