import TUIKit
import VetCore
import VetStore

/// Logs a call, email, letter or text with a client, in or out, when it happened (now unless
/// changed: yesterday's letter is logged as yesterday), with a summary.
struct LogCommunicationScreen: Screen {
    let clientID: Int64
    let clientName: String
    var form: FormState
    var discard = DiscardGuard()

    init(clientID: Int64, clientName: String, now: LocalDateTime) {
        self.clientID = clientID
        self.clientName = clientName
        form = FormState(fields: [
            PickLists.field("channel", "Way", options: PickLists.communicationChannel, value: "call"),
            PickLists.field("direction", "In or out", options: PickLists.direction, value: "in"),
            FormSupport.field("when", "When", value: now.description, maxLength: 16),
            FormField.notes("summary", label: "Summary", rows: 4, maxLength: 2000),
        ])
    }

    var screenID: String { AppCommands.ScreenID.communication }
    var title: String { "Log a communication" }
    var isTextEntryActive: Bool { true }
    var hasUnsavedInput: Bool { form.isDirty }
    var isModal: Bool { discard.isOpen }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        if let moved = FormSupport.moveFocus(&form, for: command) { return moved }
        switch command.id {
        case AppCommands.ID.back: return discard.back(isDirty: form.isDirty, thing: "this communication")
        case AppCommands.ID.save: return save()
        default: return .ignored
        }
    }

    private mutating func save() -> Outcome {
        let values = form.values
        var errors: [String: String] = [:]
        let channelText = (values["channel"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let channel = AppDatabase.CommunicationChannel(rawValue: channelText)
        if channel == nil { errors["channel"] = "way '\(channelText)' must be call, email, letter or sms" }
        let direction = (values["direction"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        if direction != "in" && direction != "out" { errors["direction"] = "direction must be in or out, not '\(direction)'" }
        var when: LocalDateTime?
        do throws(ValidationError) { when = try LocalDateTime(parsing: values["when"] ?? "", field: "when") } catch {
            errors["when"] = error.message
        }
        if (values["summary"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            errors["summary"] = "summary is needed: say what was said or sent"
        }
        form.setErrors(errors)
        guard errors.isEmpty, let channel, let when else { return .message(StatusMessage("Please correct the marked fields.", kind: .warning)) }
        let id = clientID
        let summary = values["summary"] ?? ""
        return .run(Effect.asUser("log") { store, user in
            _ = try store.logCommunication(clientID: id, inbound: direction == "in", channel: channel, summary: summary,
                                           occurredAt: when, as: user)
            return .done
        })
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
        if case .failure(let error) = result.result {
            let messages = ErrorText.fieldMessages(error) ?? [:]
            let rest = FormSupport.applyErrors(messages, to: &form, fieldIDs: ["when": "when"])
            let text = rest.first ?? (messages.isEmpty ? ErrorText.describe(error) : "Please correct the marked fields.")
            return .message(StatusMessage(text, kind: .error))
        }
        form.markSaved()
        return .pop(StatusMessage("Communication logged.", kind: .success))
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let cursor = FormSupport.render(form, heading: "Log a communication with \(clientName)",
                                           note: "Way and In or out are lists: type a word or use the arrows. When is YYYY-MM-DD HH:MM.",
                                           into: &buffer, in: rect)
        discard.render(into: &buffer, in: rect)
        return discard.isOpen ? nil : cursor
    }
}
