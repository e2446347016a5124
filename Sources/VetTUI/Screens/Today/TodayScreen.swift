import Foundation
import TUIKit
import VetCore
import VetStore

/// The home screen after login: the site's day for this person's role, section by section
/// (appointments with arrival state, the online queue, drafts for checkout, follow-ups due,
/// claims to chase, and for the manager requests due). Enter opens what a line names; the
/// client search is one key away (F3 or /). Re-read on every tick that saw a change.
struct TodayScreen: Screen {
    var board: TodayBoard?
    var lines: [TodayLine] = []
    var list = ListState()
    var loadError: String?
    /// When the board was last read, so an idle tick re-reads only once a minute.
    var loadedAt: Date?
    let mailbox = Mailbox<TodayBoard>()

    var screenID: String { AppCommands.ScreenID.today }
    var title: String { "Today" }

    func availability(of command: Command, in context: AppContext) -> Availability {
        switch command.id {
        case AppCommands.ID.openTodayLine, AppCommands.ID.showTodayLine:
            selected == nil ? .disabled(reason: "Today is still loading") : .enabled
        default: .enabled
        }
    }

    var selected: TodayLine? {
        list.selectedIndex.flatMap { lines.indices.contains($0) ? lines[$0] : nil }
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        switch command.id {
        case AppCommands.ID.openTodayLine:
            guard let line = selected else { return .handled }
            return TodayRoutes.open(line) ?? .message(StatusMessage(
                line.isHeading ? "Choose a line below the heading to open it." : "There is nothing here to open."))
        case AppCommands.ID.showTodayLine:
            guard let line = selected else { return .handled }
            let item = RowDetailState.Item(label: "Line", text: line.text(today: context.today).trimmingCharacters(in: .whitespaces))
            return .push(RowDetailScreen(RowDetailState(title: "Today", items: [item])))
        case AppCommands.ID.todayQueue: return .push(OnlineQueueScreen())
        case AppCommands.ID.todayFollowUps: return .push(FollowUpsScreen())
        default: return .ignored
        }
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        list.pageSize = max(1, context.screenArea.height - 3)
        _ = list.handle(key)
        return .handled
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        // The queue's wait minutes move with the clock, so a tick re-reads at least once a minute.
        if reason == .tick, !context.storeChanged, let board, board.date == context.today, let loadedAt,
           context.now.timeIntervalSince(loadedAt) < 60 { return .handled }
        loadedAt = context.now
        return .run(Effect.load("today", into: mailbox) { store, user in try store.todayBoard(as: user) })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if let failure = result.failure {
            loadError = failure
            return .handled
        }
        guard let value = mailbox.take() else { return .handled }
        loadError = nil
        let keep = selected
        board = value
        lines = TodayLine.lines(of: value, today: context.today)
        list.setItemCount(lines.count)
        if let keep, let index = lines.firstIndex(of: keep) { list.select(index) }
        return .handled
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let left = rect.column + 1
        let width = rect.width - 2
        guard let board else {
            buffer.write(loadError ?? "Loading today…", row: rect.row + 1, column: left, role: loadError == nil ? .dim : .error,
                         maxWidth: width)
            return nil
        }
        buffer.write("\(board.date.long) · \(board.siteName)", row: rect.row, column: left, role: .label, maxWidth: width)
        if let loadError {
            buffer.write(loadError, row: rect.row + 1, column: left, role: .error, maxWidth: width)
        }
        let area = Rect(row: rect.row + 2, column: rect.column, height: rect.height - 2, width: rect.width)
        var shown = list
        shown.pageSize = max(1, area.height)
        var range = shown.visibleRange(height: area.height)
        // When lines lie below, the last row says so rather than cutting a line short.
        if range.upperBound < lines.count {
            range = shown.visibleRange(height: area.height - 1)
            let below = lines.count - range.upperBound
            buffer.write("  ▼ \(below) more \(below == 1 ? "line" : "lines") below (↓, PgDn, End)", row: area.bottom - 1,
                         column: rect.column, role: .dim, maxWidth: rect.width - 1)
        }
        if range.lowerBound > 0 {
            let above = "▲ \(range.lowerBound) more above"
            buffer.write(above, row: rect.row, column: rect.right - above.count - 1, role: .dim, maxWidth: above.count)
        }
        for (offset, index) in range.enumerated() {
            let line = lines[index]
            let isSelected = index == shown.selectedIndex
            let text = (isSelected ? "> " : "  ") + line.text(today: context.today)
            buffer.write(text, row: area.row + offset, column: rect.column, role: isSelected ? .selected : line.role(today: context.today),
                         width: rect.width - 1)
        }
        return nil
    }
}
