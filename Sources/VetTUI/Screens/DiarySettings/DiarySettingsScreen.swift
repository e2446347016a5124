import TUIKit
import VetCore
import VetStore

/// The manager's settings that shape the diary at this terminal's site: the practice's slot
/// length, the site's hours and break for each day, its bookable rooms, and vets' absences.
/// Bookings already made stay when hours change; an absence over bookings is refused.
struct DiarySettingsScreen: Screen {
    var loaded: DiarySettings?
    var list = ListState()
    /// The question before closing a room or removing an absence, with the work to run on Yes.
    var asking: (dialog: DialogState, effect: Effect)?
    let mailbox = Mailbox<DiarySettings>()
    let done = Mailbox<String>()

    var screenID: String { AppCommands.DiarySettingsScreenID.list }
    var title: String { "Diary settings" }
    var isModal: Bool { asking != nil }

    var rows: [DiarySettings.Row] { loaded?.rows ?? [] }
    var selected: DiarySettings.Row? { list.selectedIndex.flatMap { rows.indices.contains($0) ? rows[$0] : nil } }

    func availability(of command: Command, in context: AppContext) -> Availability {
        switch (command.id, selected) {
        case (AppCommands.DiarySettingsID.edit, .slot?), (AppCommands.DiarySettingsID.edit, .day?): return .enabled
        case (AppCommands.DiarySettingsID.edit, _): return .disabled(reason: "highlight the slot length or a day to change it")
        case (AppCommands.DiarySettingsID.remove, .room?), (AppCommands.DiarySettingsID.remove, .absence?): return .enabled
        case (AppCommands.DiarySettingsID.remove, _): return .disabled(reason: "highlight a room or an absence")
        case (AppCommands.DiarySettingsID.addAbsence, _) where loaded?.vets.isEmpty == true:
            return .disabled(reason: "no vet works at this site")
        default: return loaded == nil ? .disabled(reason: "still loading") : .enabled
        }
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        guard let loaded else { return .handled }
        switch command.id {
        case AppCommands.DiarySettingsID.edit:
            switch selected {
            case .slot?: return .push(SmallFormScreen(SlotLengthForm(current: loaded.slotMinutes)))
            case .day(let weekday)?:
                return .push(SmallFormScreen(OpeningDayForm(settings: loaded, weekday: weekday)))
            default: return .handled
            }
        case AppCommands.DiarySettingsID.addRoom:
            return .push(SmallFormScreen(RoomForm(siteID: loaded.siteID, siteName: loaded.siteName)))
        case AppCommands.DiarySettingsID.addAbsence:
            return .push(SmallFormScreen(AbsenceForm(vets: loaded.vets, today: context.today)))
        case AppCommands.DiarySettingsID.remove:
            asking = selected.flatMap { Self.question(for: $0, in: loaded, into: done) }
            return .handled
        case AppCommands.ID.showRow:
            return list.selectedIndex.flatMap { table.detail(ofRow: $0, title: "Diary setting") }.map { .push(RowDetailScreen($0)) } ?? .handled
        default:
            return .ignored
        }
    }

    /// Names what closes or goes, and what stays; "No" is the default.
    static func question(for row: DiarySettings.Row, in settings: DiarySettings, into done: Mailbox<String>) -> (DialogState, Effect)? {
        switch row {
        case .room(let room):
            guard let id = room.id else { return nil }
            let open = !room.active
            let dialog: DialogState = open
                ? .confirmDestructive(action: "Reopen", thing: room.name, consequence: "It can be booked again.")
                : .confirmDestructive(action: "Close", thing: room.name,
                                      consequence: "Nothing new can be booked in it; bookings already made stay in the diary.")
            return (dialog, Effect.load("change", into: done) { store, user in
                try store.setRoomOpen(id: id, open, as: user)
                return open ? "\(room.name) is open for bookings again." : "\(room.name) is closed for new bookings."
            })
        case .absence(let away):
            guard let id = away.id else { return nil }
            let who = settings.names[away.staffId] ?? "this absence"
            return (.confirmDestructive(action: "Remove", thing: "\(who)'s absence \(away.startsAt) – \(away.endsAt)",
                                        consequence: "They can be booked in that time again."),
                    Effect.load("change", into: done) { store, user in
                        try store.removeAbsence(id: id, as: user)
                        return "The absence is removed."
                    })
        case .slot, .day: return nil
        }
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        guard var question = asking?.dialog, let effect = asking?.effect else {
            _ = list.handle(key)
            return .handled
        }
        switch question.handle(key) {
        case .chose(let id):
            asking = nil
            return id == DialogButton.yes.id ? .run(effect) : .message(StatusMessage("Nothing was changed."))
        case .cancelled:
            asking = nil
            return .message(StatusMessage("Nothing was changed."))
        case .moved, .ignored:
            asking = (question, effect)
            return .handled
        }
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        guard reason != .tick else { return .handled }
        let today = context.today
        return .run(Effect.load("load", into: mailbox) { store, user in try DiarySettings.load(store, user: user, today: today) })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if let failure = result.failure { return .message(StatusMessage(failure, kind: .error)) }
        if result.tag == "change" {
            let note = done.take() ?? "Done."
            return .all([.message(StatusMessage(note, kind: .success)), refresh(in: context, reason: .reappeared)])
        }
        if let fresh = mailbox.take() {
            let keep = list.selectedIndex
            loaded = fresh
            list.setItemCount(fresh.rows.count)
            if let keep { list.select(min(keep, fresh.rows.count - 1)) }
        }
        return .handled
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let left = rect.column + 1
        guard let loaded else {
            buffer.write("Loading…", row: rect.row + 1, column: left, role: .dim)
            return nil
        }
        let summary = "The diary at \(loaded.siteName). Enter shows a row in full."
        buffer.write(summary, row: rect.row, column: left, role: .label, maxWidth: rect.width - 2)
        let area = Rect(row: rect.row + 2, column: rect.column, height: rect.height - 2, width: rect.width)
        let shown = table
        var state = list
        state.pageSize = shown.pageSize(in: area)
        shown.render(into: &buffer, in: area, state: state)
        if let asking { Dialog.render(asking.dialog, into: &buffer, in: rect) }
        return nil
    }

    var table: TableView {
        let columns = [TableColumn("Setting", width: .fixed(26)), TableColumn("Value", width: .flexible(weight: 1))]
        let rows = rows.map { row in
            let cells = loaded?.cells(row) ?? (what: "", setting: "")
            let dim: Bool = switch row {
            case .room(let room): !room.active
            case .day(let weekday): loaded?.hours[weekday] == nil
            default: false
            }
            return TableRow([cells.what, cells.setting], role: dim ? .dim : .normal)
        }
        return TableView(columns: columns, rows: rows, emptyText: "")
    }
}
