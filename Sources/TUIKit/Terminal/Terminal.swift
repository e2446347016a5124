/// What the application shell drives: read events, present whole frames. Implemented by
/// `CursesTerminal` for real use and `MemoryTerminal` for tests.
///
/// The loop, immediate-mode: read an event (nil after the timeout means a tick), update state,
/// render a fresh `ScreenBuffer` of `size` (or the too-small view), `present` it with the
/// focused field's cursor, and call `shutdown()` on every way out.
@MainActor
public protocol Terminal: AnyObject {
    /// The current size in cells; changes are announced by `.resize` events.
    var size: TerminalSize { get }
    /// The next event, or nil when nothing arrived within `milliseconds` (treat as a tick).
    func readEvent(timeout milliseconds: Int) -> InputEvent?
    /// Shows `buffer`; puts the visible cursor at `cursor` or hides it when nil.
    func present(_ buffer: ScreenBuffer, cursor: CursorPosition?)
    /// Restores the terminal to how it was found. Safe to call more than once.
    func shutdown()
}
