import CNCursesw
import TUIKit

/// Why curses could not start.
public enum CursesTerminalError: Error, Equatable, CustomStringConvertible {
    case cannotOpen(String)
    case unknownTerminalType(String)

    public var description: String {
        switch self {
        case .cannotOpen(let path): "cannot open \(path) for the terminal"
        case .unknownTerminalType(let type): "terminal type '\(type)' is not known to curses (check TERM)"
        }
    }
}

/// `Terminal` on ncursesw: full-screen drawing with wide characters, keys from any common
/// terminal, bracketed paste, suspend and resize events.
/// All curses state is global, so the class lives on the main actor and only one should exist.
///
/// Input is taken raw: curses' keypad decoding is off, and every character goes through
/// TUIKit's `TerminalInputDecoder`. With keypad on, curses decodes only the sequences its
/// terminfo entry lists and hands back anything else (tmux's `ESC[4~` under
/// `TERM=xterm-256color`) as Esc plus stray text, with no way to tell afterwards which
/// characters arrived together; one decoder that knows every encoding has no such gaps.
@MainActor
public final class CursesTerminal: Terminal {
    public internal(set) var size: TerminalSize
    private let screen: OpaquePointer
    let window: CursesWindow
    private let files: [UnsafeMutablePointer<FILE>]
    /// Where curses writes; bracketed paste is switched on and off here.
    let outputDescriptor: Int32
    private let styles: CursesStyles
    var isActive = true
    var decoder = TerminalInputDecoder()
    /// Events decoded together (Esc Esc, a dropped sequence then a key) waiting their turn.
    var queuedEvents: [InputEvent] = []

    /// Takes over the user's terminal (stdin/stdout) using `TERM`.
    public convenience init(theme: Theme) throws {
        guard let output = fdopen(1, "w"), let input = fdopen(0, "r") else {
            throw CursesTerminalError.cannotOpen("standard input/output")
        }
        CursesSignals.allowResizeNotices()
        try self.init(terminalType: nil, output: output, input: input, theme: theme, ownedFiles: [])
        CursesSignals.install()
    }

    /// A terminal drawing to /dev/null at a fixed size, for tests: nothing is shown, input is
    /// always empty (reads never wait), and rows can be read back with `readRow(_:)`.
    public convenience init(headlessSize: TerminalSize, theme: Theme = .monochrome, terminalType: String = "xterm") throws {
        guard let output = fopen("/dev/null", "w") else { throw CursesTerminalError.cannotOpen("/dev/null") }
        guard let input = fopen("/dev/null", "r") else {
            fclose(output)
            throw CursesTerminalError.cannotOpen("/dev/null")
        }
        try self.init(terminalType: terminalType, output: output, input: input, theme: theme, ownedFiles: [output, input])
        _ = resizeterm(Int32(headlessSize.rows), Int32(headlessSize.columns))
        _ = flushinp()  // resizeterm queues a KEY_RESIZE; a fresh terminal has nothing to report
        size = Self.currentSize(of: window)
    }

    private init(
        terminalType: String?, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>, theme: Theme,
        ownedFiles: [UnsafeMutablePointer<FILE>]
    ) throws {
        Self.selectUTF8Locale()
        guard let screen = newterm(terminalType, output, input) else {
            ownedFiles.forEach { fclose($0) }
            throw CursesTerminalError.unknownTerminalType(terminalType ?? getenv("TERM").map { String(cString: $0) } ?? "")
        }
        _ = set_term(screen)
        guard let window = vetdesk_stdscr() else {
            throw CursesTerminalError.unknownTerminalType(terminalType ?? "")
        }
        self.screen = screen
        self.window = window
        self.files = ownedFiles
        self.outputDescriptor = fileno(output)
        _ = cbreak()
        _ = noecho()
        _ = nonl()
        _ = keypad(window, false)
        _ = vetdesk_set_input_modes(fileno(output))
        if getenv("ESCDELAY") == nil { _ = set_escdelay(25) }
        self.styles = CursesStyles(theme: theme)
        self.size = Self.currentSize(of: window)
        _ = wrefresh(window)
        _ = vetdesk_set_bracketed_paste(outputDescriptor, 1)
    }

    /// `setlocale(LC_ALL, "")`, falling back to C.UTF-8 when the environment names no UTF-8
    /// locale, because names like Siân and 王 must draw correctly.
    private static func selectUTF8Locale() {
        _ = setlocale(LC_ALL, "")
        let codeset = vetdesk_codeset().map { String(cString: $0) } ?? ""
        if codeset.uppercased() != "UTF-8" {
            _ = setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    static func currentSize(of window: CursesWindow) -> TerminalSize {
        TerminalSize(rows: Int(vetdesk_max_y(window)), columns: Int(vetdesk_max_x(window)))
    }

    public func present(_ buffer: ScreenBuffer, cursor: CursorPosition?) {
        guard isActive else { return }
        if buffer.size != size { _ = werase(window) }
        CursesDrawing.draw(buffer, in: window, size: size, styles: styles)
        if let cursor, cursor.row < size.rows, cursor.column < size.columns {
            _ = curs_set(1)
            _ = wmove(window, Int32(cursor.row), Int32(cursor.column))
        } else {
            _ = curs_set(0)
        }
        _ = wrefresh(window)
    }

    /// The text of one presented row as curses holds it, wide characters once each.
    public func readRow(_ row: Int) -> String {
        CursesDrawing.readRow(row, from: window, columns: size.columns)
    }

    public func shutdown() {
        guard isActive else { return }
        isActive = false
        _ = curs_set(1)
        _ = endwin()  // also puts back the user's terminal settings, flow control included
        _ = vetdesk_set_bracketed_paste(outputDescriptor, 0)
        delscreen(screen)
        files.forEach { fclose($0) }
        CursesSignals.uninstall()
    }

    /// Runs `body` with a terminal and restores the terminal afterwards, even when it throws.
    public static func run<Result>(theme: Theme, _ body: @MainActor (CursesTerminal) throws -> Result) throws -> Result {
        let terminal = try CursesTerminal(theme: theme)
        defer { terminal.shutdown() }
        return try body(terminal)
    }
}
