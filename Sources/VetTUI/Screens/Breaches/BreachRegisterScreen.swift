import Foundation
import TUIKit
import VetCore
import VetStore

/// The breach register: every personal-data breach, reportable or not, newest first, each with
/// the time by which the regulator must be told (72 hours after the practice became aware, in
/// local time) and how long is left, in words and a symbol. Breaches are logged, edited,
/// decided and reported from here.
struct BreachRegisterScreen: Screen {
    struct Loaded {
        var entries: [BreachEntry]
        var region: PracticeRegion
    }

    var loaded: Loaded?
    var list = ListState()
    let mailbox = Mailbox<Loaded>()

    var screenID: String { AppCommands.BreachScreenID.list }
    var title: String { "Breach register" }

    var entries: [BreachEntry] { loaded?.entries ?? [] }
    var selected: BreachEntry? { list.selectedIndex.flatMap { entries.indices.contains($0) ? entries[$0] : nil } }

    func availability(of command: Command, in context: AppContext) -> Availability {
        let needsBreach = [AppCommands.BreachID.edit, AppCommands.BreachID.decide, AppCommands.BreachID.report,
                           AppCommands.ID.showRow]
        if needsBreach.contains(command.id), selected == nil { return .disabled(reason: "no breach is selected") }
        return .enabled
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        let zone = context.store.clock.timeZone
        let region = loaded?.region ?? context.settings?.region ?? .englandWales
        switch command.id {
        case AppCommands.BreachID.log:
            return .push(SmallFormScreen(BreachForm(editing: nil, zone: zone, now: context.now)))
        case AppCommands.BreachID.edit:
            return selected.map { .push(SmallFormScreen(BreachForm(editing: $0, zone: zone, now: context.now))) } ?? .handled
        case AppCommands.BreachID.decide:
            return selected.map { .push(SmallFormScreen(BreachDecisionForm(entry: $0, zone: zone))) } ?? .handled
        case AppCommands.BreachID.report:
            return selected.map {
                .push(SmallFormScreen(BreachReportForm(entry: $0, zone: zone, region: region, now: context.now)))
            } ?? .handled
        case AppCommands.ID.showRow:
            return selected.map { .push(RowDetailScreen(BreachText.detail($0, zone: zone, now: context.now, region: region))) }
                ?? .handled
        default:
            return .ignored
        }
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        _ = list.handle(key)
        return .handled
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        guard reason != .tick || context.storeChanged else { return .handled }
        return .run(Effect.load("load", into: mailbox) { store, user in
            Loaded(entries: try store.breaches(as: user), region: try store.breachRegion())
        })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if let failure = result.failure { return .message(StatusMessage(failure, kind: .error)) }
        if let fresh = mailbox.take() {
            let keep = selected?.breach.id
            loaded = fresh
            list.setItemCount(fresh.entries.count)
            if let keep, let index = fresh.entries.firstIndex(where: { $0.breach.id == keep }) { list.select(index) }
        }
        return .handled
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let left = rect.column + 1
        guard let loaded else {
            buffer.write("Loading…", row: rect.row + 1, column: left, role: .dim)
            return nil
        }
        let open = loaded.entries.filter { $0.breach.clock.state(at: context.now).isOpen }.count
        let count = loaded.entries.count
        let summary = "\(count) breach\(count == 1 ? "" : "es"), \(open) awaiting a decision or report. Report to "
            + "\(loaded.region.breachRegulatorShort) within 72 hours of becoming aware. Enter shows one in full."
        var row = rect.row
        for line in wrap(summary, to: rect.width - 2).prefix(2) {
            buffer.write(line, row: row, column: left, role: .label)
            row += 1
        }
        let zone = context.store.clock.timeZone
        let preview = selected.map { BreachText.preview($0, zone: zone, region: loaded.region, width: rect.width - 2) } ?? []
        // The table takes the rows it needs (at least five, at most what leaves room for the selected
        // breach, written out below it).
        let available = rect.bottom - row - 1
        let tableHeight = min(available, max(5, min(loaded.entries.count + 1, available - preview.count - 1)))
        let area = Rect(row: row + 1, column: rect.column, height: tableHeight, width: rect.width)
        let breaches = table(now: context.now, zone: zone)
        var state = list
        state.pageSize = breaches.pageSize(in: area)
        breaches.render(into: &buffer, in: area, state: state)
        var line = area.bottom + 1
        for text in preview where line < rect.bottom {
            buffer.write(text, row: line, column: left, role: .normal, maxWidth: rect.width - 2)
            line += 1
        }
        return nil
    }

    /// The register as a table: the clock column says in words how long is left, or that the breach is settled.
    func table(now: Date, zone: TimeZone) -> TableView {
        let columns = [TableColumn("Ref", width: .fixed(5)), TableColumn("Report by", width: .fixed(20)),
                       TableColumn("Clock", width: .fixed(24)), TableColumn("What happened", width: .flexible(weight: 1))]
        let rows = entries.map { entry in
            let clock = entry.breach.clock
            let state = clock.state(at: now)
            let role: StyleRole = switch state {
            case .overdue: .overdue
            case .running: .dueSoon
            case .reported, .notReportable: .normal
            }
            let told = entry.breach.needsTelling ? " (tell the people affected)" : ""
            return TableRow([entry.breach.reference, LocalInstant.text(clock.reportBy, in: zone), clock.text(at: now),
                             entry.breach.summary + told], role: role)
        }
        return TableView(columns: columns, rows: rows, emptyText: "No breaches recorded. F2 or n logs one.")
    }
}
