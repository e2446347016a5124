import Foundation
import TUIKit
import VetCore
import VetStore

/// Everyone in the disclosure log who received the client's data before a correction or an
/// erasure, to be told of it: the manager marks each told with the date. What the action
/// changed (the corrected fields, or the erasure outcome by category) is shown above the list.
struct RecipientsScreen: Screen {
    let requestID: Int64
    let reference: String
    let intro: [PageLine]
    var rows: [RecipientRow]?
    var list = ListState()
    /// First intro line shown when the intro is taller than its space; PgUp/PgDn move it.
    var introScroll = 0

    init(requestID: Int64, reference: String, intro: [PageLine] = []) {
        self.requestID = requestID
        self.reference = reference
        self.intro = intro
    }

    var screenID: String { AppCommands.RightsScreenID.recipients }
    var title: String { "Recipients to tell" }

    var selected: RecipientRow? {
        guard let rows else { return nil }
        return list.selectedIndex.flatMap { rows.indices.contains($0) ? rows[$0] : nil }
    }

    func availability(of command: Command, in context: AppContext) -> Availability {
        guard command.id == AppCommands.RightsID.markTold else { return .enabled }
        guard let selected else { return .disabled(reason: "there is nobody to tell under \(reference)") }
        if let told = selected.toldOn { return .disabled(reason: "\(selected.recipient) was told on \(told.iso)") }
        return .enabled
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        guard command.id == AppCommands.RightsID.markTold, let selected, selected.toldOn == nil else { return .ignored }
        return .push(SmallFormScreen(RightsForms.recipientTold(requestID: requestID, recipient: selected,
                                                                today: context.today)))
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        switch key {
        case .pageDown: introScroll += 5
        case .pageUp: introScroll = max(0, introScroll - 5)
        default: _ = list.handle(key)
        }
        return .handled
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        let id = requestID
        return .run(Effect("load") { store, _ in .rights(.notices(try RecipientRow.load(store, requestID: id))) })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        switch result.result {
        case .success(.rights(.notices(let found))):
            rows = found
            list.setItemCount(found.count)
            return .handled
        case .success:
            return .handled
        case .failure(let error):
            return .message(StatusMessage(ErrorText.describe(error), kind: .error))
        }
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let introLines = PageLine.wrapped(intro, width: max(10, rect.width - 2))
        // The intro gets what the list of recipients (at most six rows here) leaves free.
        let listRows = min(6, max(1, rows?.count ?? 1)) + 2
        let introHeight = min(introLines.count, max(0, rect.height - listRows))
        let cut = introLines.count > introHeight
        let shownHeight = cut ? max(0, introHeight - 1) : introHeight
        let first = min(introScroll, max(0, introLines.count - shownHeight))
        for (offset, line) in introLines.dropFirst(first).prefix(shownHeight).enumerated() {
            buffer.write(line.text, row: rect.row + offset, column: rect.column + 1, role: line.role, maxWidth: rect.width - 2)
        }
        if cut {
            buffer.write("  … PgDn / PgUp scroll the text above", row: rect.row + shownHeight, column: rect.column + 1,
                         role: .dim, maxWidth: rect.width - 2)
        }
        guard let rows else { return nil }
        let waiting = rows.filter { $0.toldOn == nil }.count
        let heading = rows.isEmpty ? "Nobody received this client's data: there is nobody to tell."
            : (rows.count == 1 ? "1 recipient" : "\(rows.count) recipients")
                + " received the client's data under \(reference); \(waiting) still to tell."
        buffer.write(heading, row: rect.row + introHeight, column: rect.column + 1, role: .header, maxWidth: rect.width - 2)
        let zone = context.store.clock.timeZone
        let columns = [TableColumn("Recipient", width: .flexible(weight: 3)), TableColumn("Data shared", width: .flexible(weight: 3)),
                       TableColumn("Shared on", width: .fixed(11)), TableColumn("Told on", width: .fixed(10))]
        let tableRows = rows.map { row in
            TableRow([row.recipient, row.categories, DisplayFormat.date(row.disclosedAt, zone: zone), row.toldOn?.iso ?? "NOT YET"],
                     role: row.toldOn == nil ? .warning : .normal)
        }
        let top = rect.row + introHeight + 1
        let area = Rect(row: top, column: rect.column, height: max(1, rect.bottom - top), width: rect.width)
        let table = TableView(columns: columns, rows: tableRows, emptyText: "No recipients.")
        var shown = list
        shown.pageSize = table.pageSize(in: area)
        table.render(into: &buffer, in: area, state: shown)
        return nil
    }
}
