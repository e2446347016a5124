import Foundation
import TUIKit
import VetCore
import VetDocuments
import VetStore

/// The recall list: reminders due by a day (four weeks ahead unless chosen) and every unsent
/// overdue one, by week, with where each goes or why it is left out. Send hands them over
/// after saying exactly what will go; the report shows every outcome, then the list is read again.
struct RecallListScreen: Screen {
    var dueBy: LocalDate?
    var filter = RecallFilter.all
    var recall: RecallList?
    var lines: [RecallLine] = []
    var list = ListState()
    var loadError: String?
    /// The send question, while it is asked.
    var asking: DialogState?
    let mailbox = Mailbox<RecallList>()
    let chosenDueBy = Mailbox<LocalDate>()
    let report = Mailbox<ReminderSending.Report>()

    var screenID: String { AppCommands.ReminderScreenID.list }
    var title: String { "Recall list" }
    var isModal: Bool { asking != nil }

    static func standardDueBy(_ today: LocalDate) -> LocalDate { today.adding(days: RemindersDue.lookAheadDays) }

    func last(_ context: AppContext) -> LocalDate { dueBy ?? Self.standardDueBy(context.today) }

    var selected: DueReminder? {
        list.selectedIndex.flatMap { lines.indices.contains($0) ? lines[$0].reminder : nil }
    }

    func availability(of command: Command, in context: AppContext) -> Availability {
        switch command.id {
        case AppCommands.ReminderID.openClient, AppCommands.ReminderID.showFull:
            return selected == nil ? .disabled(reason: "choose a reminder (not a week's heading) first") : .enabled
        case AppCommands.ReminderID.send:
            guard let recall else { return .disabled(reason: "the list is still loading") }
            return recall.toSend.isEmpty ? .disabled(reason: "nothing on the list is waiting to be sent") : .enabled
        case AppCommands.ReminderID.settle:
            return selected?.status == .unconfirmed ? .enabled
                : .disabled(reason: "the selected reminder has no hand-over waiting to be confirmed")
        default:
            return .enabled
        }
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        switch command.id {
        case AppCommands.ReminderID.openClient:
            guard let reminder = selected else { return .handled }
            return .push(ClientRecordScreen(clientID: reminder.recipient.clientID))
        case AppCommands.ReminderID.showFull:
            guard let reminder = selected else { return .handled }
            let items = RecallText.detail(reminder, zone: context.store.clock.timeZone)
                .map { RowDetailState.Item(label: $0.label, text: $0.text) }
            return .push(RowDetailScreen(RowDetailState(title: "Reminder", items: items)))
        case AppCommands.ReminderID.window:
            return .push(SmallFormScreen(RecallForms.dueBy(current: last(context), today: context.today, into: chosenDueBy)))
        case AppCommands.ReminderID.filter:
            filter = filter.next
            rebuild()
            return .message(StatusMessage("Showing \(filter.label) reminders."))
        case AppCommands.ReminderID.send:
            return send(in: context)
        case AppCommands.ReminderID.settle:
            guard let reminder = selected else { return .handled }
            return .push(SmallFormScreen(RecallForms.settle(reminder)))
        default:
            return .ignored
        }
    }

    /// Asks first, saying what will go; asks for the SMS provider's folder only when texts are due.
    private mutating func send(in context: AppContext) -> Outcome {
        guard let recall, let question = RecallText.sendQuestion(recall) else {
            return .message(StatusMessage("Nothing on the list is waiting to be sent."))
        }
        if RecallText.textsDue(recall) {
            return .push(SmallFormScreen(SMSFolderForm(list: recall, question: question,
                                                       folder: RecallForms.standardSMSFolder(context.store), report: report)))
        }
        asking = DialogState(title: "Send reminders", message: question, buttons: [.yes, .no], defaultButtonID: DialogButton.no.id)
        return .handled
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        if var dialog = asking {
            switch dialog.handle(key) {
            case .chose(let id) where id == DialogButton.yes.id:
                asking = nil
                guard let recall else { return .handled }
                return .run(RecallForms.sendEffect(recall, smsFolder: nil, into: report))
            case .chose, .cancelled:
                asking = nil
                return .message(StatusMessage("Nothing was sent."))
            case .moved, .ignored:
                asking = dialog
                return .handled
            }
        }
        _ = list.handle(key)
        return .handled
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        if let chosen = chosenDueBy.take() {
            dueBy = chosen
        } else if reason == .tick, !context.storeChanged, recall != nil {
            return .handled
        }
        let until = last(context)
        return .run(Effect.load(RecallForms.loadTag, into: mailbox) { store, user in try store.recallList(dueBy: until, as: user) })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if result.tag == RecallForms.sendTag {
            if let failure = result.failure { return .message(StatusMessage(failure, kind: .error)) }
            guard let done = report.take() else { return .handled }
            return .push(ReminderReportScreen(report: done))
        }
        if let failure = result.failure {
            loadError = failure
            return .message(StatusMessage(failure, kind: .error))
        }
        guard let value = mailbox.take() else { return .handled }
        loadError = nil
        recall = value
        rebuild()
        return .handled
    }

    /// The lines for the list and filter, keeping the selected reminder where it still shows.
    private mutating func rebuild() {
        let keep = list.selectedIndex.flatMap { lines.indices.contains($0) ? lines[$0] : nil }
        lines = recall.map { RecallLine.lines(of: $0, filter: filter) } ?? []
        list.setItemCount(lines.count)
        if let keep, let index = lines.firstIndex(of: keep) {
            list.select(index)
        } else if let first = lines.firstIndex(where: { $0.reminder != nil }) {
            list.select(first)
        }
    }
}
