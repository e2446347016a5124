import Foundation
import TUIKit
import VetCore
import VetStore

extension FreeTextReviewScreen {
    static let columns = [
        TableColumn("Decision", width: .fixed(9)), TableColumn("Where", width: .flexible(weight: 2)),
        TableColumn("Found", width: .fixed(10)), TableColumn("Text around it", width: .flexible(weight: 4)),
    ]

    func decisionText(_ row: Row) -> String {
        switch row {
        case .hit(let hit): kept[hit.id] != nil ? "keep" : redacted.contains(hit.id) ? "redact" : "?"
        case .microchip(let chip): chipsKept[chip.petID] != nil ? "keep" : "remove"
        case .export: "delete"
        }
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let summary = "\(review.hits.count) places name the person, \(undecided.count) undecided; "
            + "\(review.microchips.count) kept pets with a microchip; \(review.exports.count) files written earlier hold them "
            + "(delete each, then record it)."
        var top = rect.row
        // The keys are on the function bar and in help; the summary and the requester line wrap whole.
        for line in wrap(summary, to: rect.width - 2).prefix(3) {
            buffer.write(line, row: top, column: rect.column + 1, role: .label, maxWidth: rect.width - 2)
            top += 1
        }
        if case .erasure = work {
            let line = requesterKept.map { "Requester's name: kept until \($0.until.iso) (\($0.reason)); n changes it." }
                ?? "Requester's name: replaced on the request register once the response is sent (n keeps it, with a reason)."
            for part in wrap(line, to: rect.width - 2).prefix(3) {
                buffer.write(part, row: top, column: rect.column + 1, role: .dim, maxWidth: rect.width - 2)
                top += 1
            }
        }
        let detailHeight = 5
        let area = Rect(row: top + 1, column: rect.column, height: max(1, rect.bottom - top - 1 - detailHeight), width: rect.width)
        let tableRows = rows.map { row -> TableRow in
            switch row {
            case .hit(let hit):
                return TableRow([decisionText(row), hit.location, hit.kind, hit.context],
                                role: decisionText(row) == "?" ? .warning : .normal)
            case .microchip(let chip):
                return TableRow([decisionText(row), "pet \(chip.petName)", "microchip", chip.microchip])
            case .export(let export):
                return TableRow([decisionText(row), "export \(export.id): \(export.kind.displayName)", "file", export.location])
            }
        }
        let table = TableView(columns: Self.columns, rows: tableRows, emptyText: "Nothing in the kept records names the person.")
        var shown = list
        shown.pageSize = table.pageSize(in: area)
        table.render(into: &buffer, in: area, state: shown)
        var row = rect.bottom - detailHeight + 1
        for line in detailLines(width: rect.width - 2).prefix(detailHeight - 1) {
            buffer.write(line, row: row, column: rect.column + 1, role: .dim)
            row += 1
        }
        guard let field = typing else { return nil }
        let box = rect.centered(height: 5, width: min(70, rect.width - 4))
        buffer.fill(box, role: .dialog)
        let inside = buffer.drawBox(box, role: .dialog, title: "Keep it: why?", titleRole: .warning)
        let prompt = typingRequester ? "Keep the requester's name until (YYYY-MM-DD), a space, then why:"
            : "Why this stays (Enter keeps it, Esc cancels):"
        buffer.write(prompt, row: inside.row, column: inside.column + 1, role: .dialog, maxWidth: inside.width - 2)
        let fieldArea = Rect(row: inside.bottom - 1, column: inside.column + 1, height: 1, width: inside.width - 2)
        TextField.render(field, into: &buffer, in: fieldArea, focused: true)
        return CursorPosition(row: fieldArea.row,
                              column: fieldArea.column + min(field.viewport(width: fieldArea.width).cursorColumn, fieldArea.width - 1))
    }

    /// The selected row in full: the text around the match and any reason given.
    func detailLines(width: Int) -> [String] {
        switch selected {
        case .hit(let hit):
            return wrap("\(hit.location): \(hit.context)", to: width)
                + (kept[hit.id].map { wrap("Kept because: \($0)", to: width) } ?? [])
        case .microchip(let chip):
            return wrap("\(chip.petName)'s microchip \(chip.microchip) links the animal to its owner in national registries; "
                + "it is removed unless kept with a reason.", to: width)
                + (chipsKept[chip.petID].map { wrap("Kept because: \($0)", to: width) } ?? [])
        case .export(let export):
            return wrap("Export \(export.id): " + export.sentence(zone: .current) + ". Delete the file (and any copy), then record "
                + "it: vetdesk exports deleted \(export.id) --on DATE.", to: width)
        case nil:
            return []
        }
    }
}
