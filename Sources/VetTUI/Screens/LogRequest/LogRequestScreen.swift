import TUIKit
import VetCore
import VetStore

/// Logging a data-protection request the moment it is made: kinds as tick boxes, the channel,
/// the received date (today unless changed) and the requester, prefilled from the client.
struct LogRequestScreen: Screen {
    let client: Client?
    var kinds: Set<RequestKind> = []
    var highlightedKind = 0
    var channel = RequestChannel.inPerson
    /// 0 = kinds, 1 = channel, 2… = the text fields.
    var focus = 0
    var form: FormState
    var discard = DiscardGuard()
    var choicesChanged = false
    /// Letters typed on the kinds or channel since the highlight last moved, matched against their names.
    var typed = ""

    init(client: Client?, today: LocalDate) {
        self.client = client
        form = FormState(fields: [
            FormSupport.field("received", "Received (YYYY-MM-DD)", value: today.iso, maxLength: 10),
            FormSupport.field("requester", "Requester", value: client?.fullName ?? "", maxLength: 120),
            FormSupport.field("contact", "Contact", value: client?.email ?? "", maxLength: 200),
            FormSupport.field("notes", "Notes", maxLength: 4000),
        ])
    }

    static let fieldIDs = ["received": "received", "requester name": "requester", "requester contact": "contact",
                           "notes": "notes"]

    var screenID: String { AppCommands.ScreenID.logRequest }
    var title: String { "Log a request" }
    /// Letters always type: on the kinds and channel they find a name ("era", "e"), elsewhere text.
    var isTextEntryActive: Bool { true }
    var hasUnsavedInput: Bool { form.isDirty || choicesChanged }
    var isModal: Bool { discard.isOpen }
    private var focusCount: Int { 2 + form.fields.count }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        switch command.id {
        case AppCommands.ID.nextField: moveFocus(by: 1)
        case AppCommands.ID.previousField: moveFocus(by: -1)
        case AppCommands.ID.toggleKind where focus == 0: toggleHighlightedKind()
        case AppCommands.ID.back: return discard.back(isDirty: hasUnsavedInput, thing: "this request")
        case AppCommands.ID.save: return save(today: context.today)
        default: return .ignored
        }
        return .handled
    }

    private mutating func moveFocus(by step: Int) {
        focus = (focus + step + focusCount) % focusCount
        typed = ""
        if focus >= 2 { form.focus(form.fields[focus - 2].id) }
    }

    private mutating func save(today: LocalDate) -> Outcome {
        let values = form.values
        var errors: [String: String] = [:]
        let received = LocalDate(iso: values["received"] ?? "")
        if received == nil { errors["received"] = LocalDate.refusal(of: values["received"] ?? "", field: "received date").message }
        if kinds.isEmpty { errors["kinds"] = "tick at least one kind (Space ticks the highlighted one)" }
        guard errors.isEmpty, let received else {
            form.setErrors(errors.filter { $0.key != "kinds" })
            if errors["kinds"] != nil { focus = 0 }
            return .message(StatusMessage(errors["kinds"] ?? "Please correct the marked fields.", kind: .warning))
        }
        let new = NewRequest(kinds: RequestKind.allCases.filter(kinds.contains), requesterName: values["requester"] ?? "",
                             requesterContact: values["contact"] ?? "", clientID: client?.id, channel: channel,
                             receivedOn: received, notes: (values["notes"] ?? "").isEmpty ? nil : values["notes"])
        return .run(Effect.asUser("log") { store, user in .request(try store.logRequest(new, as: user)) })
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        if discard.isOpen { return discard.handle(key) }
        if focus < 2, key == .character(" ") {
            if focus == 0 { toggleHighlightedKind() }
            return .handled
        }
        if focus < 2, case .character(let letter) = key, key.isPrintable {
            findByName(typed + String(letter))
            return .handled
        }
        typed = ""
        switch (focus, key) {
        case (0, .left): highlightedKind = max(0, highlightedKind - 1)
        case (0, .right): highlightedKind = min(RequestKind.allCases.count - 1, highlightedKind + 1)
        case (0, .down), (1, .down): moveFocus(by: 1)
        case (1, .up), (2, .up): moveFocus(by: -1)
        case (1, .left), (1, .right):
            let all = RequestChannel.allCases
            let index = all.firstIndex(of: channel) ?? 0
            channel = all[(index + (key == .left ? all.count - 1 : 1)) % all.count]
            choicesChanged = true
        case (2..., _): _ = form.handle(key)
        default: return .ignored
        }
        return .handled
    }

    private mutating func toggleHighlightedKind() {
        let kind = RequestKind.allCases[highlightedKind]
        if kinds.contains(kind) { kinds.remove(kind) } else { kinds.insert(kind) }
        choicesChanged = true
        typed = ""
    }

    /// Type-ahead on the kinds (moves the highlight; Space ticks) and the channel (chooses it).
    private mutating func findByName(_ query: String) {
        if focus == 0, let index = ChoiceFieldState.firstMatch(query, in: RequestKind.allCases.map(\.displayName)) {
            highlightedKind = index
            typed = query
        } else if focus == 1, let index = ChoiceFieldState.firstMatch(query, in: RequestChannel.allCases.map(\.displayName)) {
            channel = RequestChannel.allCases[index]
            choicesChanged = true
            typed = query
        }
    }

    mutating func paste(_ text: String, in context: AppContext) -> Outcome {
        if focus >= 2 { form.paste(text) }
        return .handled
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        switch result.result {
        case .success(.request(let request)):
            form.markSaved()
            choicesChanged = false
            return .replace(NoticeScreen.requestLogged(request))
        case .success:
            return .handled
        case .failure(let error):
            let messages = ErrorText.fieldMessages(error) ?? [:]
            let rest = FormSupport.applyErrors(messages.filter { $0.key != "kinds" }, to: &form, fieldIDs: Self.fieldIDs)
            return .message(StatusMessage(messages["kinds"] ?? rest.first ?? ErrorText.describe(error), kind: .error))
        }
    }
}
