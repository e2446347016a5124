/// Multi-line text for notes: lines edited by character, Enter starts a new line, long lines
/// word-wrap to the width shown so everything written can be read back. The box grows with the
/// text from `visibleSize.rows` up to `maxRows`, then scrolls to keep the cursor visible.
/// Tab is left to the form so focus can move on.
public struct TextAreaState: Hashable, Sendable {
    public private(set) var lines: [String]
    /// Cursor line index.
    public private(set) var cursorLine: Int = 0
    /// Cursor character index within the line.
    public private(set) var cursorColumn: Int = 0
    /// First wrapped row shown.
    public private(set) var topRow: Int = 0
    /// Most characters accepted overall, counting line breaks.
    public var maxLength: Int?
    /// The fewest rows shown (the box's size when empty) and the wrapping width, from the layout.
    public var visibleSize: TerminalSize {
        didSet { keepCursorVisible() }
    }
    /// The box grows with its text up to this many rows, then scrolls.
    public var maxRows: Int {
        didSet { keepCursorVisible() }
    }

    public init(text: String = "", maxLength: Int? = nil, visibleSize: TerminalSize = TerminalSize(rows: 4, columns: 40),
                maxRows: Int? = nil) {
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        self.maxLength = maxLength
        self.visibleSize = visibleSize
        self.maxRows = max(visibleSize.rows, maxRows ?? visibleSize.rows * 2)
    }

    /// The whole text with "\n" between lines.
    public var text: String { lines.joined(separator: "\n") }

    /// One wrapped row: characters `start..<end` of line `line`.
    public struct Row: Hashable, Sendable {
        public let line: Int
        public let start: Int
        public let end: Int
    }

    /// The text broken into rows at spaces where possible, one column narrower than the box so
    /// the cursor always has a cell after the last character.
    public var rows: [Row] {
        let width = max(1, visibleSize.columns - 1)
        return lines.enumerated().flatMap { index, line in
            TextAreaState.wrapRanges(Array(line), width: width).map { Row(line: index, start: $0.lowerBound, end: $0.upperBound) }
        }
    }

    /// Rows the box takes now: at least `visibleSize.rows`, growing with the text up to `maxRows`.
    public var height: Int {
        min(max(1, maxRows), max(max(1, visibleSize.rows), rows.count))
    }

    /// The wrapped row holding the cursor.
    public var cursorRow: Int { rowIndex(in: rows) }

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

    /// Editing and movement keys; Tab, Esc and F-keys are not handled. Up and Down move by
    /// wrapped row, so a long paragraph can be walked through line by line as shown.
    public mutating func handle(_ key: Key) -> KeyHandling {
        switch key {
        case .character(let character) where key.isPrintable: insert(String(character))
        case .enter: insert("\n")
        case .left: moveLeft()
        case .right: moveRight()
        case .up: moveVertically(by: -1)
        case .down: moveVertically(by: 1)
        case .pageUp: moveVertically(by: -height)
        case .pageDown: moveVertically(by: height)
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

    /// Splits a line into row ranges no wider than `width`, breaking after the last space that
    /// fits and between characters only when one word is wider than the box.
    static func wrapRanges(_ line: [Character], width: Int) -> [Range<Int>] {
        guard !line.isEmpty else { return [0..<0] }
        var ranges: [Range<Int>] = []
        var start = 0
        while start < line.count {
            var end = start
            var used = 0
            while end < line.count {
                let next = displayWidth(String(line[end]))
                if used + next > width { break }
                used += next
                end += 1
            }
            if end == start { end = start + 1 }
            if end < line.count, line[end] != " ",
               let space = line[start..<end].lastIndex(of: " "), space > start {
                end = space + 1
            } else if end < line.count, line[end] == " " {
                end += 1  // a space at the break belongs to the row it ends
            }
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }

    private func rowIndex(in rows: [Row]) -> Int {
        let candidates = rows.indices.filter { rows[$0].line == cursorLine }
        for index in candidates where rows[index].start <= cursorColumn && cursorColumn < rows[index].end {
            return index
        }
        return candidates.last ?? 0
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

    /// Moves by wrapped rows, keeping the display column where the target row allows.
    private mutating func moveVertically(by delta: Int) {
        let all = rows
        let current = rowIndex(in: all)
        let row = all[current]
        let line = Array(lines[row.line])
        let column = displayWidth(String(line[row.start..<min(cursorColumn, row.end)]))
        let target = all[min(max(0, current + delta), all.count - 1)]
        let targetLine = Array(lines[target.line])
        var position = target.start
        var used = 0
        let isLastOfLine = target.end == targetLine.count
        let limit = isLastOfLine ? target.end : max(target.start, target.end - 1)
        while position < limit {
            let next = displayWidth(String(targetLine[position]))
            if used + next > column { break }
            used += next
            position += 1
        }
        cursorLine = target.line
        cursorColumn = position
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
        let all = rows
        let shown = height
        let row = rowIndex(in: all)
        if row < topRow { topRow = row }
        if row >= topRow + shown { topRow = row - shown + 1 }
        topRow = max(0, min(topRow, all.count - shown))
    }

    private func index(_ offset: Int) -> String.Index {
        lines[cursorLine].index(lines[cursorLine].startIndex, offsetBy: offset)
    }
}
