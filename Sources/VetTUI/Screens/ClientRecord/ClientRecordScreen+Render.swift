import Foundation
import TUIKit
import VetCore
import VetStore

extension ClientRecordScreen {
    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        guard let data else {
            buffer.write(loadError ?? "Loading…", row: rect.row + 1, column: rect.column + 2,
                         role: loadError == nil ? .dim : .error)
            return nil
        }
        var row = rect.row
        let left = rect.column + 1
        let width = rect.width - 2
        for alert in data.view.alerts.prefix(2) {
            buffer.write("! ALERT " + alert, row: row, column: left, role: .warning, maxWidth: width)
            row += 1
        }
        row = renderSummary(data, into: &buffer, row: row, left: left, width: width)
        row += 1
        renderTabs(into: &buffer, row: row, left: left, width: width)
        row += 1
        let paneRect = Rect(row: row, column: rect.column, height: rect.bottom - row, width: rect.width)
        let pane = table(for: tab, context: context)
        var shown = list
        shown.pageSize = pane.pageSize(in: paneRect)
        pane.render(into: &buffer, in: paneRect, state: shown)
        return nil
    }

    private func renderSummary(_ data: ClientRecordData, into buffer: inout ScreenBuffer, row start: Int,
                               left: Int, width: Int) -> Int {
        let client = data.view.client
        var row = start
        var column = left + buffer.write(client.fullName, row: row, column: left, role: .title, maxWidth: width)
        for badge in badges(client) {
            column += 1
            column += buffer.write(" \(badge) ", row: row, column: column, role: .badge, maxWidth: left + width - column)
        }
        row += 1
        let address = [client.addressLine1, client.addressLine2 ?? "", client.town, client.postcode]
            .filter { !$0.isEmpty }.joined(separator: ", ")
        buffer.write(address, row: row, column: left, maxWidth: width)
        row += 1
        let phones = data.view.phones.map { "\($0.label.rawValue) \($0.display)" }.joined(separator: " · ")
        buffer.write("Phone: " + (phones.isEmpty ? "none" : phones), row: row, column: left, maxWidth: width)
        row += 1
        buffer.write("Email: " + (client.email ?? "none"), row: row, column: left, maxWidth: width)
        row += 1
        let status = "Status: \(client.status.displayName)   Balance: "
        let used = buffer.write(status, row: row, column: left, maxWidth: width)
        let inDebt = data.view.balance.value > 0
        buffer.write(DisplayFormat.balance(data.view.balance), row: row, column: left + used,
                     role: inDebt ? .warning : .normal, maxWidth: width - used)
        if let reminders = data.reminders {
            row += 1
            let none = reminders.channels.isEmpty ? ": the client wants none" : ""
            buffer.write("Reminders: \(reminders.summary)\(none) (R changes)", row: row, column: left,
                         role: reminders.channels.isEmpty ? .warning : .normal, maxWidth: width)
        }
        return row + 1
    }

    /// Text badges so the flags read without colour.
    private func badges(_ client: Client) -> [String] {
        var badges: [String] = []
        if client.restricted { badges.append("RESTRICTED") }
        if client.objectsToMarketing { badges.append("NO MARKETING") }
        return badges
    }

    /// The pane names with the current one bracketed, so it shows in monochrome too.
    private func renderTabs(into buffer: inout ScreenBuffer, row: Int, left: Int, width: Int) {
        var column = left
        for candidate in ClientRecordTab.allCases {
            let selected = candidate == tab
            let text = selected ? "[\(candidate.label)]" : " \(candidate.label) "
            column += buffer.write(text, row: row, column: column, role: selected ? .selected : .label,
                                   maxWidth: left + width - column)
        }
    }
}
