import TUIKit
import VetCore
import VetStore

/// The record of processing as the manager keeps it: each activity with its basis, retention (from
/// the settings) and recipients. Activities are added, edited or retired here; a line warns when
/// the disclosure log shows a kind of recipient no activity lists.
struct ProcessingRecordScreen: Screen {
    var record: ProcessingRecord?
    var list = ListState()
    var asking: (dialog: DialogState, activity: ProcessingActivity)?
    let mailbox = Mailbox<ProcessingRecord>()
    let done = Mailbox<String>()

    var screenID: String { AppCommands.OfficeScreenID.processingRecord }
    var title: String { "Record of processing" }
    var isModal: Bool { asking != nil }

    var activities: [ProcessingActivity] { record?.activities ?? [] }
    var selected: ProcessingActivity? { list.selectedIndex.flatMap { activities.indices.contains($0) ? activities[$0] : nil } }

    func availability(of command: Command, in context: AppContext) -> Availability {
        let needsOne = [AppCommands.OfficeID.editActivity, AppCommands.OfficeID.retireActivity, AppCommands.ID.showRow]
        if needsOne.contains(command.id), selected == nil { return .disabled(reason: "no activity is selected") }
        return .enabled
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        switch command.id {
        case AppCommands.OfficeID.addActivity:
            return .push(SmallFormScreen(ProcessingActivityForm(editing: nil)))
        case AppCommands.OfficeID.editActivity:
            return selected.map { .push(SmallFormScreen(ProcessingActivityForm(editing: $0))) } ?? .handled
        case AppCommands.OfficeID.retireActivity:
            guard let activity = selected else { return .handled }
            asking = (.confirmDestructive(action: "Retire", thing: activity.name,
                                          consequence: "It leaves the record and the next privacy notice; it stays stored with "
                                              + "its history."), activity)
            return .handled
        case AppCommands.ID.showRow:
            guard let activity = selected, let record else { return .handled }
            let items = ProcessingRecordDocument.entries(activity, in: record).map { RowDetailState.Item(label: $0.0, text: $0.1) }
            return .push(RowDetailScreen(RowDetailState(title: activity.name, items: items)))
        default:
            return .ignored
        }
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        guard var question = asking?.dialog, let activity = asking?.activity else {
            _ = list.handle(key)
            return .handled
        }
        switch question.handle(key) {
        case .chose(let id):
            asking = nil
            guard id == DialogButton.yes.id, let activityID = activity.id else { return .message(StatusMessage("Nothing was changed.")) }
            let version = activity.version
            let name = activity.name
            return .run(Effect.load("retire", into: done) { store, user in
                try store.retireProcessingActivity(id: activityID, expectedVersion: version, as: user)
                return "\(name) retired from the record."
            })
        case .cancelled:
            asking = nil
            return .message(StatusMessage("Nothing was changed."))
        case .moved, .ignored:
            asking = (question, activity)
            return .handled
        }
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        guard reason != .tick else { return .handled }
        return .run(Effect.load("load", into: mailbox) { store, _ in try store.processingRecord() })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if let failure = result.failure { return .message(StatusMessage(failure, kind: .error)) }
        if result.tag == "retire" {
            return .all([.message(StatusMessage(done.take() ?? "Done.", kind: .success)), refresh(in: context, reason: .reappeared)])
        }
        if let fresh = mailbox.take() {
            let keep = selected?.id
            record = fresh
            list.setItemCount(fresh.activities.count)
            if let keep, let index = fresh.activities.firstIndex(where: { $0.id == keep }) { list.select(index) }
        }
        return .handled
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let left = rect.column + 1
        guard let record else {
            buffer.write("Loading…", row: rect.row + 1, column: left, role: .dim)
            return nil
        }
        var summary = "\(record.activities.count) activities. Enter shows one in full; retention comes from the settings."
        var role: StyleRole = .label
        if !record.undeclaredKinds.isEmpty {
            summary = "The disclosure log sent data to " + record.undeclaredKinds.map { RecipientKindName.plural($0).lowercased() }
                .joined(separator: ", ") + ", which no activity lists: add them."
            role = .warning
        }
        let lines = wrap(summary, to: rect.width - 2).prefix(2)
        for (offset, line) in lines.enumerated() {
            buffer.write(line, row: rect.row + offset, column: left, role: role, maxWidth: rect.width - 2)
        }
        let top = rect.row + lines.count + 1
        let area = Rect(row: top, column: rect.column, height: rect.bottom - top, width: rect.width)
        var state = list
        state.pageSize = table.pageSize(in: area)
        table.render(into: &buffer, in: area, state: state)
        if let asking { Dialog.render(asking.dialog, into: &buffer, in: rect) }
        return nil
    }

    var table: TableView {
        let columns = [TableColumn("Activity", width: .flexible(weight: 3)), TableColumn("Basis", width: .fixed(12)),
                       TableColumn("Retention", width: .flexible(weight: 3)), TableColumn("Recipients", width: .flexible(weight: 2))]
        let rows = activities.map { activity in
            TableRow([activity.name, activity.lawfulBasis.displayName, record?.retentionText(activity) ?? "",
                      activity.recipientKindList.isEmpty ? "none" : activity.recipientKindList.map(RecipientKindName.name)
                        .joined(separator: ", ")])
        }
        return TableView(columns: columns, rows: rows, emptyText: "No activities. F2 or n adds one.")
    }
}
