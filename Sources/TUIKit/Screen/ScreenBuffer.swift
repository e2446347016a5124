/// An off-screen grid of cells that every screen renders into; the terminal presents it.
/// Rendering is pure and repeatable, so tests compare buffers as text.
public struct ScreenBuffer: Hashable, Sendable {
    public let size: TerminalSize
    private var cells: [Cell]

    /// A buffer of `size` filled with blanks in `role`.
    public init(size: TerminalSize, role: StyleRole = .normal) {
        let safe = TerminalSize(rows: max(0, size.rows), columns: max(0, size.columns))
        self.size = safe
        self.cells = Array(repeating: .blank(role), count: safe.rows * safe.columns)
    }

    public init(rows: Int, columns: Int) {
        self.init(size: TerminalSize(rows: rows, columns: columns))
    }

    public var height: Int { size.rows }
    public var width: Int { size.columns }
    public var bounds: Rect { Rect(size: size) }

    /// The cell at a position; blank outside the buffer.
    public subscript(row: Int, column: Int) -> Cell {
        guard contains(row: row, column: column) else { return .blank() }
        return cells[row * width + column]
    }

    func contains(row: Int, column: Int) -> Bool {
        row >= 0 && row < height && column >= 0 && column < width
    }

    /// Places one cell, blanking the other half of any wide character it overwrites.
    mutating func put(_ cell: Cell, row: Int, column: Int) {
        guard contains(row: row, column: column) else { return }
        let index = row * width + column
        let old = cells[index]
        if old.isContinuation, column > 0 {
            cells[index - 1] = .blank(cells[index - 1].role)
        } else if old.width == 2, column + 1 < width {
            cells[index + 1] = .blank(cells[index + 1].role)
        }
        cells[index] = cell
    }

    /// Restyles one cell in place, leaving wide characters intact.
    mutating func setRole(_ role: StyleRole, row: Int, column: Int) {
        guard contains(row: row, column: column) else { return }
        cells[row * width + column].role = role
    }

    /// Appends a zero-width grapheme (combining mark) to the cell that ends just before `column`.
    mutating func attach(_ mark: Character, row: Int, before column: Int) {
        var target = column - 1
        if target > 0, self[row, target].isContinuation { target -= 1 }
        guard contains(row: row, column: target) else { return }
        cells[row * width + target].grapheme.append(mark)
    }

    /// Each row as text: a wide character is printed once (its continuation cell adds nothing).
    public var rows: [String] {
        (0..<height).map { row in
            (0..<width).reduce(into: "") { line, column in line += self[row, column].grapheme }
        }
    }

    /// All rows joined by newlines with trailing spaces removed — the form golden files use.
    public var text: String {
        rows.map { line in String(line.reversed().drop(while: { $0 == " " }).reversed()) }
            .joined(separator: "\n")
    }

    /// The style role of every cell in a row, for tests that check highlighting.
    public func roles(row: Int) -> [StyleRole] {
        (0..<width).map { self[row, $0].role }
    }
}
