import TUIKit
import VetCore
import VetStore

/// The manager's reminder settings: how reminders leave the practice. A save over someone
/// else's newer change is refused, naming who changed them and when.
@MainActor
struct ReminderSettingsForm: SmallForm {
    let settings: ReminderSettings
    let version: Int

    static let loadTag = "reminders.settings"

    /// Reads the settings and their version, delivering them through `box`.
    static func load(into box: Mailbox<(settings: ReminderSettings, version: Int)>) -> Effect {
        Effect.load(loadTag, into: box) { store, _ in try store.reminderSettings() }
    }

    var title: String { "Reminder settings" }
    var heading: String { "Reminders: how they leave the practice" }
    var hint: String? {
        "Email goes to the local mail system's sendmail interface. Email reminders wait until the sender is set."
    }
    var fields: [FormField] {
        [FormSupport.field("mail", "Mail command", value: settings.mailCommand, maxLength: 500),
         FormSupport.field("sender", "Sender email", value: settings.senderEmail, maxLength: 254),
         FormSupport.field("phone", "Phone for stop line", value: settings.contactPhone, maxLength: 30),
         FormSupport.field("weeks", "Overdue (weeks)", value: String(settings.overdueWeeks), maxLength: 3)]
    }
    var fieldIDs: [String: String] {
        ["mail command": "mail", "sender email": "sender", "contact phone": "phone", "overdue window (weeks)": "weeks"]
    }
    var screenID: String { AppCommands.ReminderScreenID.form }
    var discardThing: String { "the reminder settings" }

    func submit(_ values: [String: String]) -> SmallFormSubmission {
        func typed(_ id: String) -> String { (values[id] ?? "").trimmingCharacters(in: .whitespaces) }
        var errors: [String: String] = [:]
        let weeksText = typed("weeks")
        let weeks = Int(weeksText)
        if weeks == nil {
            errors["weeks"] = "overdue window (weeks) must be a whole number from 1 to 104, not '\(weeksText)'"
        }
        let changed = ReminderSettings(mailCommand: typed("mail"), senderEmail: typed("sender"), contactPhone: typed("phone"),
                                       overdueWeeks: weeks ?? settings.overdueWeeks)
        do throws(ValidationErrors) { try changed.validate() } catch {
            for problem in error.errors {
                if let id = fieldIDs[problem.field], errors[id] == nil { errors[id] = problem.message }
            }
        }
        guard errors.isEmpty else { return .invalid(errors) }
        let expected = version
        return .run(Effect.asUser("reminderSettings") { store, user in
            try store.updateReminderSettings(changed, expectedVersion: expected, as: user)
            return .done
        })
    }

    func finish(_ payload: EffectPayload) -> Outcome {
        .pop(StatusMessage("Reminder settings saved.", kind: .success))
    }
}
