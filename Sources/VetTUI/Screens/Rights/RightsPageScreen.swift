import TUIKit

/// One line of a result page and how it reads.
struct PageLine: Hashable {
    let text: String
    let role: StyleRole

    init(_ text: String, _ role: StyleRole = .normal) {
        self.text = text
        self.role = role
    }

    static let blank = PageLine("")
}

/// A read-only page saying what a data-protection action did (files written, what to fetch, what
/// was kept and why) or why it was refused. Long lines wrap; ↑↓ PgUp PgDn scroll; Esc goes back.
struct RightsPageScreen: Screen {
    let title: String
    let lines: [PageLine]
    var scroll = 0

    init(title: String, lines: [PageLine]) {
        self.title = title
        self.lines = lines
    }

    var screenID: String { AppCommands.RightsScreenID.rightsPage }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome { .ignored }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        return PageScroll.handle(key, offset: &scroll) ? .handled : .ignored
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        PageLine.render(lines, scroll: scroll, into: &buffer, in: rect)
        return nil
    }
}

extension PageLine {
    /// `lines` wrapped to `width` columns.
    static func wrapped(_ lines: [PageLine], width: Int) -> [PageLine] {
        var result: [PageLine] = []
        for line in lines {
            let indent = String(line.text.prefix { $0 == " " })
            let pieces = wrap(String(line.text.dropFirst(indent.count)), to: max(4, width - indent.count - 2))
            for (index, piece) in pieces.enumerated() {
                // List items (indented lines) hang their continuations; prose wraps flush.
                let hanging = indent.isEmpty ? "" : indent + "  "
                result.append(PageLine((index == 0 ? indent : hanging) + piece, line.role))
            }
        }
        return result
    }

    /// Wraps `lines` to the width of `rect` and draws them from `scroll`.
    static func render(_ lines: [PageLine], scroll: Int, into buffer: inout ScreenBuffer, in rect: Rect) {
        let width = max(10, rect.width - 2)
        let wrapped = wrapped(lines, width: width)
        let top = min(scroll, max(0, wrapped.count - rect.height))
        for (offset, line) in wrapped.dropFirst(top).prefix(rect.height).enumerated() {
            buffer.write(line.text, row: rect.row + offset, column: rect.column + 1, role: line.role, maxWidth: width)
        }
    }
}
