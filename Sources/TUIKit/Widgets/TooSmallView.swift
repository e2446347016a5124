/// Shown instead of the screen when the terminal is below the minimum size: says how big it is
/// now and how big it must be, and redraws normally as soon as it is enlarged.
public enum TooSmallView {
    /// The message lines, wrapped to the current width.
    public static func message(current: TerminalSize, minimum: TerminalSize = .minimum) -> String {
        "Terminal too small: \(current), need at least \(minimum).\nPlease enlarge the window."
    }

    /// Fills the buffer with the centred message.
    public static func render(into buffer: inout ScreenBuffer, minimum: TerminalSize = .minimum) {
        buffer.clear()
        let lines = wrap(message(current: buffer.size, minimum: minimum), to: buffer.width)
        let top = max(0, (buffer.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < buffer.height {
            buffer.writeCentered(line, row: top + offset, in: buffer.bounds, role: offset == 0 ? .warning : .normal)
        }
    }
}
