import CursesTerminal
import Testing
import TUIKit

/// Real ncursesw drawing to /dev/null; serialized because curses state is process-wide.
@Suite("Curses terminal (headless)", .serialized)
@MainActor
struct CursesTerminalTests {
    @Test func wideCharactersRoundTripThroughCurses() throws {
        let size = TerminalSize(rows: 6, columns: 30)
        let terminal = try CursesTerminal(headlessSize: size, theme: .default)
        defer { terminal.shutdown() }
        #expect(terminal.size == size)
        var buffer = ScreenBuffer(size: size)
        buffer.write("Zoë Ó Briain · Siân", row: 0, column: 0, role: .title)
        buffer.write("王小明 😀 Łukasz Nguyễn", row: 1, column: 0, role: .selected)
        buffer.write("Ze\u{0301}lie", row: 2, column: 2, role: .error)
        buffer.drawBox(Rect(row: 3, column: 0, height: 3, width: 30), title: "Pets 🐶")
        terminal.present(buffer, cursor: CursorPosition(row: 1, column: 4))
        for row in 0..<size.rows {
            #expect(terminal.readRow(row) == buffer.rows[row], "row \(row)")
        }
    }

    @Test func monochromeHeadlessTerminalPresentsAndReadsNothing() throws {
        let terminal = try CursesTerminal(headlessSize: TerminalSize(rows: 24, columns: 80), theme: .monochrome)
        defer { terminal.shutdown() }
        var buffer = ScreenBuffer(size: terminal.size)
        TooSmallView.render(into: &buffer, minimum: TerminalSize(rows: 30, columns: 100))
        terminal.present(buffer, cursor: nil)
        #expect(terminal.readRow(11) == buffer.rows[11])
        #expect(terminal.readEvent(timeout: 10) == nil)
        terminal.shutdown()
        #expect(terminal.readEvent(timeout: 10) == nil)
    }

    @Test func keyCodesDecode() {
        #expect(CursesKeyDecoder.key(forCharacter: 13) == .enter)
        #expect(CursesKeyDecoder.key(forCharacter: 27) == .escape)
        #expect(CursesKeyDecoder.key(forCharacter: 127) == .backspace)
        #expect(CursesKeyDecoder.key(forCharacter: 21) == .ctrl("u"))
        #expect(CursesKeyDecoder.key(forCharacter: 0x738B) == .character("王"))
        #expect(CursesKeyDecoder.key(forKeyCode: CursesKeyDecoder.keyCode(forFunctionKey: 2)) == .function(2))
        #expect(CursesKeyDecoder.key(forKeyCode: CursesKeyDecoder.keyCode(forFunctionKey: 10)) == .function(10))
    }
}
