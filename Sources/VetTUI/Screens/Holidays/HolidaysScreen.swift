import TUIKit
import VetCore
import VetStore

/// The one-off holiday table by year, one column per region, and a preview of the practice
/// region's computed holidays so the manager can check a year after changing the table.
struct HolidaysScreen: Screen {
    var year: Int
    var changes: [HolidayChange] = []
    var calendar: HolidayCalendar?
    var showsPreview = false
    var list = ListState()
    var confirm: DialogState?
    /// The change the open confirmation would remove.
    var pendingRemoval: HolidayChange?

    init(year: Int) {
        self.year = year
    }

    var screenID: String { AppCommands.ManagerScreenID.holidays }
    var title: String { "One-off holidays" }
    var isModal: Bool { confirm != nil }

    /// The table's rows for the year shown.
    var changesInYear: [HolidayChange] { changes.filter { $0.date.year == year } }

    var selectedChange: HolidayChange? {
        let shown = changesInYear
        return list.selectedIndex.flatMap { shown.indices.contains($0) ? shown[$0] : nil }
    }

    func availability(of command: Command, in context: AppContext) -> Availability {
        if command.id == AppCommands.ManagerID.removeHoliday {
            if showsPreview { return .disabled(reason: "switch back to the table (F6) to remove a change") }
            if selectedChange == nil { return .disabled(reason: "no change is selected for \(year)") }
        }
        return .enabled
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        switch command.id {
        case AppCommands.ManagerID.addHoliday:
            return .push(SmallFormScreen(HolidayForms.add(year: year, today: context.today)))
        case AppCommands.ManagerID.removeHoliday:
            guard let change = selectedChange else { return .handled }
            pendingRemoval = change
            let regions = HolidayForms.regionNames(change.regions)
            confirm = .confirmDestructive(action: "Remove", thing: "\(change.date.iso) \(change.name) (\(regions))",
                                          consequence: "Deadlines will be worked out without this change.")
        case AppCommands.ManagerID.togglePreview: showsPreview.toggle()
        case AppCommands.ManagerID.nextYear: year += 1; list.select(0)
        case AppCommands.ManagerID.previousYear: year -= 1; list.select(0)
        default: return .ignored
        }
        list.setItemCount(showsPreview ? 0 : changesInYear.count)
        return .handled
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        guard var dialog = confirm else {
            _ = list.handle(key)
            return .handled
        }
        switch dialog.handle(key) {
        case .chose(let id):
            confirm = nil
            guard id == DialogButton.yes.id, let change = pendingRemoval else { return .handled }
            return .run(Effect.asUser("remove") { store, user in
                try store.removeHolidayChange(on: change.date, regions: change.regions, as: user)
                return .done
            })
        case .cancelled: confirm = nil
        case .moved, .ignored: confirm = dialog
        }
        return .handled
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        reason == .tick ? .handled : load()
    }

    private func load() -> Outcome {
        .run(Effect("load") { store, _ in .manager(.holidays(changes: try store.holidayChanges(),
                                                              calendar: try store.holidayCalendar())) })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        switch result.result {
        case .success(.manager(.holidays(let found, let loaded))):
            changes = found
            calendar = loaded
            list.setItemCount(showsPreview ? 0 : changesInYear.count)
            return .handled
        case .success:
            let removed = pendingRemoval.map { "Removed \($0.date.iso) \($0.name)." } ?? "Removed."
            pendingRemoval = nil
            return .all([.message(StatusMessage(removed, kind: .success)), load()])
        case .failure(let error):
            pendingRemoval = nil
            return .message(StatusMessage(ErrorText.describe(error), kind: .error))
        }
    }
}
