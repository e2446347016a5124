import Foundation
import TUIKit
import VetCore
import VetDocuments
import VetStore

/// The recall list's small forms and the one send it runs.
@MainActor
enum RecallForms {
    static let loadTag = "recall.load"
    static let sendTag = "recall.send"

    /// Sends through the one send path the command line shares; the report comes back through `box`.
    static func sendEffect(_ list: RecallList, smsFolder: URL?, into box: Mailbox<ReminderSending.Report>) -> Effect {
        Effect.load(sendTag, into: box) { store, user in
            try ReminderSending(store: store).send(list, smsFolder: smsFolder, as: user)
        }
    }

    /// Where texts go unless a person says otherwise: `sms/` beside the practice file, or the
    /// home folder when the practice lives on a server.
    static func standardSMSFolder(_ store: AppDatabase) -> String {
        if store.isOnServer { return ProcessInfo.processInfo.environment["HOME"] ?? "/tmp" }
        return URL(fileURLWithPath: store.path).deletingLastPathComponent().appendingPathComponent("sms").path
    }

    /// "Due by" as a pick list: two, four or eight weeks ahead, or a typed date.
    static func dueBy(current: LocalDate, today: LocalDate, into box: Mailbox<LocalDate>) -> WorkForm {
        let options = [2, 4, 8].map { weeks in
            let day = today.adding(days: 7 * weeks)
            return ChoiceOption(value: day.iso, label: "\(weeks) weeks (\(day.long))")
        }
        return WorkForm(
            title: "Due by", heading: "How far ahead the recall list looks",
            hint: "Overdue reminders not yet sent are always listed. Choose \"A date…\" to type one (YYYY-MM-DD).",
            fields: [PickLists.field("dueBy", "Due by", options: options, value: current.iso, other: "A date…", maxLength: 10)],
            fieldIDs: ["due by": "dueBy"], doneMessage: "Due-by date changed.") { values in
            let typed = (values["dueBy"] ?? "").trimmingCharacters(in: .whitespaces)
            let day: LocalDate
            do throws(ValidationError) { day = try LocalDate(parsing: typed, field: "due by") } catch {
                return .invalid(["dueBy": typed.isEmpty ? "due by: choose how far ahead, or type a date (YYYY-MM-DD)" : error.message])
            }
            guard day >= today else {
                return .invalid(["dueBy": "due by (\(day.long)) must be today or later; overdue reminders are always listed"])
            }
            return .run(Effect("dueBy") { _, _ in
                box.put(day)
                return .done
            })
        }
    }

    static let wentOut = "went"
    static let didNot = "not"

    /// "Did it go out?" for each hand-over a stopped send left unconfirmed, as a pick list.
    static func settle(_ reminder: DueReminder) -> WorkForm {
        let waiting = reminder.deliveries.filter { $0.state == .sending }
        let options = [ChoiceOption(value: wentOut, label: "Went out: log it as sent"),
                       ChoiceOption(value: didNot, label: "Did not: send it next time")]
        let fields = waiting.map { delivery in
            PickLists.field("d\(delivery.id ?? 0)", "\(delivery.channel.displayName) to \(delivery.address)", options: options)
        }
        let who = "\(reminder.recipient.petName) (\(reminder.recipient.clientName))"
        return WorkForm(
            title: "Did it go out?", heading: "Did it go out? \(reminder.reason.subject) reminder for \(who)",
            hint: "A send stopped part-way. Check the mail system's log, the printer or the SMS file before answering.",
            fields: fields, fieldIDs: [:], doneMessage: "Recorded; the list shows where it stands.") { values in
            var answers: [(Int64, Bool)] = []
            var errors: [String: String] = [:]
            for delivery in waiting {
                let id = "d\(delivery.id ?? 0)"
                switch values[id] {
                case wentOut: answers.append((delivery.id ?? 0, true))
                case didNot: answers.append((delivery.id ?? 0, false))
                default: errors[id] = "did it go out: choose \"went out\" or \"did not\""
                }
            }
            guard errors.isEmpty else { return .invalid(errors) }
            return .run(Effect.asUser("settle") { store, user in
                for (id, went) in answers { try store.settleUnconfirmedDelivery(deliveryID: id, wentOut: went, as: user) }
                return .done
            })
        }
    }
}

/// Asked only when texts are due: the folder the SMS provider's file goes into, then the send question.
@MainActor
struct SMSFolderForm: SmallForm {
    let list: RecallList
    let question: String
    let folder: String
    let report: Mailbox<ReminderSending.Report>

    var title: String { "Send reminders" }
    var heading: String { question }
    var hint: String? { "Texts go into one CSV file for the SMS provider, readable only by you, in this folder." }
    var fields: [FormField] { [FormSupport.field("folder", "SMS file folder", value: folder, maxLength: 500)] }
    var fieldIDs: [String: String] { ["SMS file folder": "folder"] }
    var screenID: String { AppCommands.ReminderScreenID.form }
    var discardThing: String { "the send" }

    func submit(_ values: [String: String]) -> SmallFormSubmission {
        let typed = (values["folder"] ?? "").trimmingCharacters(in: .whitespaces)
        guard typed.hasPrefix("/") else {
            return .invalid(["folder": "SMS file folder must be a full path starting with /, e.g. \(folder)"])
        }
        let dialog = DialogState(title: "Send reminders", message: question, buttons: [.yes, .no],
                                 defaultButtonID: DialogButton.no.id)
        return .confirm(dialog, RecallForms.sendEffect(list, smsFolder: URL(fileURLWithPath: typed), into: report))
    }

    func finish(_ payload: EffectPayload) -> Outcome {
        guard let done = report.take() else { return .pop(nil) }
        return .replace(ReminderReportScreen(report: done))
    }
}
