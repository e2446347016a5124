import Foundation
import VetCore

/// One line of progress for a long-running command (demo, backup, retention, the benchmark):
/// rewritten in place with a carriage return on a terminal, at most ten times a second, and
/// erased when the work ends so what follows starts on a clean line. When standard error is not
/// a terminal (a pipe, a log file) it writes nothing at all, so no carriage returns end up in
/// the output a script reads.
public final class ProgressLine {
    private let isTerminal: Bool
    private let write: (String) -> Void
    private let now: () -> Date
    private var shownCount = 0
    private var lastWrite: Date?
    private var pending: String?

    /// Writes to standard error when it is a terminal.
    public convenience init() {
        self.init(isTerminal: isatty(STDERR_FILENO) == 1) { text in FileHandle.standardError.write(Data(text.utf8)) }
    }

    /// `write` receives exactly what would go to the terminal; tests pass their own.
    public init(isTerminal: Bool, now: @escaping () -> Date = Date.init, write: @escaping (String) -> Void) {
        self.isTerminal = isTerminal
        self.write = write
        self.now = now
    }

    /// Shows `text` in place of the previous progress (throttled; the latest text always wins).
    public func update(_ text: String) {
        guard isTerminal else { return }
        let time = now()
        if let lastWrite, time.timeIntervalSince(lastWrite) < 0.1 {
            pending = text
            return
        }
        show(text, at: time)
    }

    /// Erases the progress line, leaving the cursor at its start.
    public func finish() {
        guard isTerminal, shownCount > 0 || pending != nil else { return }
        write("\r" + String(repeating: " ", count: shownCount) + "\r")
        shownCount = 0
        pending = nil
        lastWrite = nil
    }

    private func show(_ text: String, at time: Date) {
        let visible = SafeText.visible(text.filter { !$0.isNewline }, keeping: [])
        let padding = max(0, shownCount - visible.count)
        write("\r" + visible + String(repeating: " ", count: padding))
        shownCount = visible.count
        lastWrite = time
        pending = nil
    }
}
