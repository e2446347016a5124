import TUIKit
import VetCore
import VetStore

/// Narrows the audit viewer by user, client (by name or number) and dates. Applying replaces
/// the viewer underneath with one for the new filter; Esc leaves the old one as it was.
struct AuditFilterScreen: Screen {
    var form: FormState

    init(filter: AuditFilter) {
        form = FormState(fields: [
            FormSupport.field("user", "User", value: filter.userText, maxLength: 60),
            FormSupport.field("client", "Client", value: filter.clientText, maxLength: 100),
            FormSupport.field("from", "From", value: filter.fromText, maxLength: 10),
            FormSupport.field("to", "To", value: filter.toText, maxLength: 10),
        ])
    }

    var screenID: String { AppCommands.ManagerScreenID.auditFilter }
    var title: String { "Audit trail filter" }
    var isTextEntryActive: Bool { true }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        if let moved = FormSupport.moveFocus(&form, for: command) { return moved }
        guard command.id == AppCommands.ManagerID.applyFilter else { return .ignored }
        let values = form.values
        return .run(Effect("apply") { store, _ in
            .manager(.auditFilter(try AuditFilter.resolve(user: values["user"] ?? "", client: values["client"] ?? "",
                                                          from: values["from"] ?? "", to: values["to"] ?? "", in: store)))
        })
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        _ = form.handle(key)
        return .handled
    }

    mutating func paste(_ text: String, in context: AppContext) -> Outcome {
        form.paste(text)
        return .handled
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        switch result.result {
        case .success(.manager(.auditFilter(let filter))):
            return .all([.pop(nil), .replace(AuditTrailScreen(filter: filter))])
        case .success:
            return .handled
        case .failure(let error):
            let messages = ErrorText.fieldMessages(error)
            form.setErrors(messages ?? [:])
            let text = messages == nil ? ErrorText.describe(error) : form.focusedField?.error ?? "Please correct the marked fields."
            return .message(StatusMessage(text, kind: .warning))
        }
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        FormSupport.render(form, heading: "Filter the audit trail",
                           note: "User: a username or name. Client: a name that matches one client, or # and its number. "
                               + "Dates: YYYY-MM-DD, both included. Leave a field empty to include everything. "
                               + "Enter or F2 applies; Esc keeps the old filter.",
                           into: &buffer, in: rect)
    }
}
