import CNCursesw
import TUIKit

/// A curses window as Swift imports it.
typealias CursesWindow = UnsafeMutablePointer<WINDOW>

/// Copies a `ScreenBuffer` into a curses window cell by cell, and reads rows back.
@MainActor
enum CursesDrawing {
    static func draw(_ buffer: ScreenBuffer, in window: CursesWindow, size: TerminalSize, styles: CursesStyles) {
        let rows = min(buffer.height, size.rows)
        let columns = min(buffer.width, size.columns)
        for row in 0..<rows {
            var column = 0
            while column < columns {
                let cell = buffer[row, column]
                let drawn = drawCell(cell, row: row, column: column, maxColumns: columns - column, in: window, styles: styles)
                column += max(1, drawn)
            }
        }
    }

    /// Draws one cell and returns how many columns curses used. When the C library disagrees
    /// with TUIKit about a character's width, the cell is padded or replaced so later columns
    /// stay where TUIKit put them.
    private static func drawCell(
        _ cell: Cell, row: Int, column: Int, maxColumns: Int, in window: CursesWindow, styles: CursesStyles
    ) -> Int {
        let expected = cell.isContinuation ? 1 : min(cell.width, maxColumns)
        var characters = cell.isContinuation ? [wchar_t(32)] : wideCharacters(of: cell.grapheme)
        let libraryWidth = characters.first.map { Int(vetdesk_wcwidth($0)) } ?? -1
        if libraryWidth < 1 || libraryWidth > expected { characters = [wchar_t(expected == 2 ? 0xFFFD : 63)] }
        var item = cchar_t()
        characters.append(0)
        _ = setcchar(&item, characters, styles.attributes(for: cell.role), styles.pair(for: cell.role), nil)
        _ = mvwadd_wch(window, Int32(row), Int32(column), &item)
        if expected == 2, libraryWidth == 1 {
            var space = cchar_t()
            _ = setcchar(&space, [wchar_t(32), 0], styles.attributes(for: cell.role), styles.pair(for: cell.role), nil)
            _ = mvwadd_wch(window, Int32(row), Int32(column + 1), &space)
        }
        return expected
    }

    /// The grapheme as a base character plus the combining marks curses can store with it.
    private static func wideCharacters(of grapheme: String) -> [wchar_t] {
        var result: [wchar_t] = []
        for scalar in grapheme.unicodeScalars {
            let character = wchar_t(bitPattern: scalar.value)
            if !result.isEmpty, vetdesk_wcwidth(character) != 0 { break }
            result.append(character)
            if result.count == Int(vetdesk_ccharw_max()) { break }
        }
        return result
    }

    static func readRow(_ row: Int, from window: CursesWindow, columns: Int) -> String {
        guard columns > 0 else { return "" }
        var cells = [cchar_t](repeating: cchar_t(), count: columns + 1)
        let count = mvwin_wchnstr(window, Int32(row), 0, &cells, Int32(columns))
        guard count != ERR else { return "" }
        var text = ""
        for index in 0..<columns {
            var characters = [wchar_t](repeating: 0, count: Int(vetdesk_ccharw_max()) + 1)
            var attributes: attr_t = 0
            var pair: Int16 = 0
            guard getcchar(&cells[index], &characters, &attributes, &pair, nil) != ERR else { continue }
            for character in characters.prefix(while: { $0 != 0 }) {
                if let scalar = Unicode.Scalar(UInt32(bitPattern: character)) { text.unicodeScalars.append(scalar) }
            }
        }
        return text
    }
}
