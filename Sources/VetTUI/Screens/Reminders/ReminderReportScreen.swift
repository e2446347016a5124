import TUIKit
import VetDocuments

/// What a send did: the summary, the SMS file written, and every outcome line, scrollable.
/// Esc goes back to the recall list, which reads itself again.
struct ReminderReportScreen: Screen {
    let report: ReminderSending.Report
    var offset = 0

    var screenID: String { AppCommands.ReminderScreenID.report }
    var title: String { "Reminders sent" }

    /// The report as paragraphs: summary first, then one per outcome.
    var paragraphs: [(text: String, role: StyleRole)] {
        var items: [(String, StyleRole)] = [(report.outcomes.isEmpty ? "Nothing was sent." : report.summary + ".",
                                             report.failed > 0 ? .warning : .title)]
        if let file = report.smsFile { items.append(("SMS file for the provider: \(file.path)", .normal)) }
        for outcome in report.outcomes {
            let role: StyleRole = switch outcome.result {
            case .sent: .normal
            case .failed: .error
            case .notTried: .warning
            }
            items.append((outcome.line, role))
        }
        return items
    }

    func lines(width: Int) -> [(text: String, role: StyleRole)] {
        paragraphs.enumerated().flatMap { index, paragraph in
            let wrapped = wrap(paragraph.text, to: width - 2).enumerated().map { ($0.offset == 0 ? "• " : "  ") + $0.element }
            return (index == 0 ? wrap(paragraph.text, to: width) : wrapped).map { ($0, paragraph.role) }
        }
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome { .ignored }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        let all = lines(width: context.screenArea.width - 2).count
        if key == .end {
            offset = max(0, all - (context.screenArea.height - 2))
            return .handled
        }
        guard PageScroll.handle(key, offset: &offset) else { return .ignored }
        offset = min(offset, max(0, all - (context.screenArea.height - 2)))
        return .handled
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let all = lines(width: rect.width - 2)
        let height = rect.height - 1
        let shown = all.dropFirst(offset).prefix(height - 1)
        for (row, line) in shown.enumerated() {
            buffer.write(line.text, row: rect.row + row, column: rect.column + 1, role: line.role, maxWidth: rect.width - 2)
        }
        let below = all.count - offset - shown.count
        let hint = below > 0 ? "▼ \(below) more lines below (↓, PgDn, End) · Esc back to the list"
            : "Esc goes back to the recall list, read again."
        buffer.write(hint, row: rect.bottom - 1, column: rect.column + 1, role: .dim, maxWidth: rect.width - 2)
        return nil
    }
}
