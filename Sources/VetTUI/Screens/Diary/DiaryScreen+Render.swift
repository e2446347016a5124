import TUIKit
import VetCore
import VetStore

extension DiaryScreen {
    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let grid = self.grid
        let layout = DiaryLayout(area: rect, span: span, laneCount: grid.lanes.count)
        let shownLanes = firstLane..<min(grid.lanes.count, firstLane + layout.visibleLanes)
        buffer.write(heading(grid, shown: shownLanes, width: rect.width - 2), row: rect.row, column: rect.column + 1, role: .title,
                     maxWidth: rect.width - 2)
        let top = rect.row + 2
        if let empty = emptyText(grid) {
            for (offset, line) in wrap(empty, to: rect.width - 4).enumerated() {
                buffer.write(line, row: top + offset, column: rect.column + 2)
            }
            return nil
        }
        renderLaneNames(grid, shown: shownLanes, layout: layout, into: &buffer, row: rect.row + 1, rect: rect)
        let rows = firstRow..<min(grid.times.count, firstRow + layout.gridRows)
        for (offset, slot) in rows.enumerated() {
            let line = top + offset
            let time = (slot == row ? ">" : " ") + grid.times[slot].description + " "
            buffer.write(time, row: line, column: rect.column, role: slot == row ? .selected : .dim)
            for (position, index) in shownLanes.enumerated() {
                let column = rect.column + DiaryLayout.gutter + position * layout.laneWidth
                let cell = grid.cell(lane: index, row: slot)
                let chosen = slot == row && index == lane
                buffer.write("│", row: line, column: column, role: .border)
                buffer.write(DiaryGrid.text(cell, selected: chosen), row: line, column: column + 1,
                             role: chosen ? .selected : Self.role(of: cell), width: layout.laneWidth - 1)
            }
        }
        let ruleRow = rect.bottom - DiaryLayout.detailRows - 1
        buffer.write(String(repeating: "─", count: max(0, rect.width)), row: ruleRow, column: rect.column, role: .border)
        for (offset, line) in detailLines(grid, width: rect.width - 2).enumerated() {
            buffer.write(line, row: ruleRow + 1 + offset, column: rect.column + 1, maxWidth: rect.width - 2)
        }
        return nil
    }

    /// What the diary shows, in one line that fits: when it would not, the slot length goes
    /// first (the times down the side show it), then the site (chosen at login), so nothing is
    /// ever cut part-way.
    private func heading(_ grid: DiaryGrid, shown: Range<Int>, width: Int) -> String {
        var parts: [String]
        if span == .day {
            parts = [(date ?? LocalDate(daysSinceEpoch: 0)).long]
        } else {
            let first = days.first?.date.long ?? ""
            parts = ["Week of \(first)", grid.lanes.first?.column.name ?? ""]
        }
        if grid.lanes.count > shown.count, !shown.isEmpty {
            let what = span == .day ? "columns" : "days"
            parts.append("\(what) \(shown.lowerBound + 1)–\(shown.upperBound) of \(grid.lanes.count) (← →)")
        }
        var slots: String? = "\(grid.slotMinutes)-minute slots"
        var site: String? = days.first?.siteName
        func line() -> String { (parts + [slots, site].compactMap { $0 }).filter { !$0.isEmpty }.joined(separator: " · ") }
        if line().count > width { slots = nil }
        if line().count > width { site = nil }
        return line()
    }

    private func emptyText(_ grid: DiaryGrid) -> String? {
        let site = days.first?.siteName ?? "this site"
        if days.isEmpty { return "Reading the diary…" }
        if grid.lanes.isEmpty {
            return "There are no vets or rooms at \(site) yet: a practice manager lists vets at the site (Staff) and adds rooms."
        }
        if grid.times.isEmpty {
            let day = days.first.map { $0.date.weekdayName } ?? ""
            return span == .day ? "\(site) is closed on \(day)s. PgUp/PgDn change day; t is today."
                : "\(site) is closed all this week. PgUp/PgDn change week; t is today."
        }
        return nil
    }

    private func renderLaneNames(_ grid: DiaryGrid, shown: Range<Int>, layout: DiaryLayout, into buffer: inout ScreenBuffer,
                                 row: Int, rect: Rect) {
        if shown.lowerBound > 0 { buffer.write("◀ \(shown.lowerBound)", row: row, column: rect.column, role: .warning) }
        for (position, index) in shown.enumerated() {
            let column = rect.column + DiaryLayout.gutter + position * layout.laneWidth
            let item = grid.lanes[index]
            let name = span == .day ? item.column.name : "\(item.day.date.weekdayName) \(item.day.date.day)"
            buffer.write("│", row: row, column: column, role: .border)
            buffer.write((index == lane ? "▸" : " ") + name, row: row, column: column + 1,
                         role: index == lane ? .title : .header, width: layout.laneWidth - 1)
        }
        let hidden = grid.lanes.count - shown.upperBound
        if hidden > 0 {
            let mark = "\(hidden) ▶"
            buffer.write(mark, row: row, column: rect.right - displayWidth(mark), role: .warning)
        }
    }

    static func role(of cell: DiaryGrid.Cell) -> StyleRole {
        switch cell {
        case .starts(let booking, _): booking.alerts.isEmpty ? .normal : .warning
        case .continues, .closedBooking, .breakTime, .shut, .away: .dim
        case .free: .normal
        }
    }

    /// The highlighted slot in words, whole when it fits in three lines; otherwise the last
    /// line says that Enter opens the appointment in full.
    func detailLines(_ grid: DiaryGrid, width: Int) -> [String] {
        let legend = "Marks: A arrived, C in consult, ✓ done, x cancelled, N no-show, ! alerts"
        let cell = grid.cell(lane: lane, row: row)
        let about: [String]
        if let booking = cell.appointment {
            about = DiaryText.summary(booking)
        } else if let start = grid.start(lane: lane, row: row), grid.lanes.indices.contains(lane) {
            let name = grid.lanes[lane].column.name
            let when = "\(start.time) on \(start.date.long)"
            switch cell {
            case .breakTime: about = ["\(when) is in the break; nothing is booked then."]
            case .away(let absence):
                about = ["\(name) is away from \(absence.startsAt) to \(absence.endsAt)"
                    + (absence.reason.isEmpty ? "." : ": \(absence.reason).")]
            case .shut: about = ["The site is closed at \(when)."]
            default: about = ["\(when) with \(name) is free: Enter books it."]
            }
        } else {
            about = []
        }
        var lines = about.flatMap { wrap($0, to: width) }
        if lines.count > DiaryLayout.detailRows {
            lines = Array(lines.prefix(DiaryLayout.detailRows))
            let more = " … Enter shows it all"
            lines[lines.count - 1] = truncate(lines[lines.count - 1], to: width - displayWidth(more)) + more
        } else if lines.count < DiaryLayout.detailRows {
            lines += wrap(legend, to: width).prefix(DiaryLayout.detailRows - lines.count)
        }
        return lines
    }
}
