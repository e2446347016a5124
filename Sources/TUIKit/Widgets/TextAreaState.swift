/// Multi-line text for notes: lines edited by character, Enter starts a new line, the view
/// scrolls to keep the cursor visible. Tab is left to the form so focus can move on.
public struct TextAreaState: Hashable, Sendable {
    public private(set) var lines: [String]
    /// Cursor line index.
    public private(set) var cursorLine: Int = 0
    /// Cursor character index within the line.
    public private(set) var cursorColumn: Int = 0
    public private(set) var topLine: Int = 0
    public private(set) var leftColumn: Int = 0
    /// Most characters accepted overall, counting line breaks.
    public var maxLength: Int?
    /// Visible size, set from the layout.
    public var visibleSize: TerminalSize {
        didSet { keepCursorVisible() }
    }

    public init(text: String = "", maxLength: Int? = nil, visibleSize: TerminalSize = TerminalSize(rows: 4, columns: 40)) {
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        self.maxLength = maxLength
        self.visibleSize = visibleSize
    }

    /// The whole text with "\n" between lines.
    public var text: String { lines.joined(separator: "\n") }

    private var length: Int { lines.reduce(lines.count - 1) { $0 + $1.count } }

    /// Inserts typed or pasted text at the cursor, splitting at line breaks.
    @discardableResult
    public mutating func insert(_ typed: String) -> Bool {
        var accepted = typed.filter { $0 == "\n" || !$0.unicodeScalars.contains { $0.properties.generalCategory == .control } }
        if let maxLength { accepted = String(accepted.prefix(max(0, maxLength - length))) }
        guard !accepted.isEmpty else { return false }
        for (offset, piece) in accepted.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if offset > 0 { breakLine() }
            lines[cursorLine].insert(contentsOf: piece, at: index(cursorColumn))
            cursorColumn += piece.count
        }
        keepCursorVisible()
        return true
    }

    /// Editing and movement keys; Tab, Esc and F-keys are not handled.
    public mutating func handle(_ key: Key) -> KeyHandling {
        switch key {
        case .character(let character) where key.isPrintable: insert(String(character))
        case .enter: insert("\n")
        case .left: moveLeft()
        case .right: moveRight()
        case .up: moveVertically(by: -1)
        case .down: moveVertically(by: 1)
        case .pageUp: moveVertically(by: -visibleSize.rows)
        case .pageDown: moveVertically(by: visibleSize.rows)
        case .home, .ctrl("a"): cursorColumn = 0
        case .end, .ctrl("e"): cursorColumn = lines[cursorLine].count
        case .backspace: deleteBackward()
        case .delete, .ctrl("d"): deleteForward()
        case .ctrl("u"): lines[cursorLine].removeSubrange(lines[cursorLine].startIndex..<index(cursorColumn)); cursorColumn = 0
        case .ctrl("k"): lines[cursorLine].removeSubrange(index(cursorColumn)...)
        default: return .notHandled
        }
        keepCursorVisible()
        return .handled
    }

    private mutating func breakLine() {
        let rest = String(lines[cursorLine][index(cursorColumn)...])
        lines[cursorLine].removeSubrange(index(cursorColumn)...)
        lines.insert(rest, at: cursorLine + 1)
        cursorLine += 1
        cursorColumn = 0
    }

    private mutating func moveLeft() {
        if cursorColumn > 0 { cursorColumn -= 1 } else if cursorLine > 0 { cursorLine -= 1; cursorColumn = lines[cursorLine].count }
    }

    private mutating func moveRight() {
        if cursorColumn < lines[cursorLine].count { cursorColumn += 1 } else if cursorLine + 1 < lines.count { cursorLine += 1; cursorColumn = 0 }
    }

    private mutating func moveVertically(by delta: Int) {
        cursorLine = min(max(0, cursorLine + delta), lines.count - 1)
        cursorColumn = min(cursorColumn, lines[cursorLine].count)
    }

    private mutating func deleteBackward() {
        if cursorColumn > 0 {
            lines[cursorLine].remove(at: index(cursorColumn - 1))
            cursorColumn -= 1
        } else if cursorLine > 0 {
            let line = lines.remove(at: cursorLine)
            cursorLine -= 1
            cursorColumn = lines[cursorLine].count
            lines[cursorLine] += line
        }
    }

    private mutating func deleteForward() {
        if cursorColumn < lines[cursorLine].count {
            lines[cursorLine].remove(at: index(cursorColumn))
        } else if cursorLine + 1 < lines.count {
            lines[cursorLine] += lines.remove(at: cursorLine + 1)
        }
    }

    private mutating func keepCursorVisible() {
        let rows = max(1, visibleSize.rows)
        let columns = max(1, visibleSize.columns)
        if cursorLine < topLine { topLine = cursorLine }
        if cursorLine >= topLine + rows { topLine = cursorLine - rows + 1 }
        let line = Array(lines[cursorLine])
        if cursorColumn < leftColumn { leftColumn = cursorColumn }
        while leftColumn < cursorColumn, displayWidth(String(line[leftColumn..<cursorColumn])) >= columns { leftColumn += 1 }
    }

    private func index(_ offset: Int) -> String.Index {
        lines[cursorLine].index(lines[cursorLine].startIndex, offsetBy: offset)
    }
}
