/// A scripted terminal for screen tests: feeds events from a list and records every frame.
@MainActor
public final class MemoryTerminal: Terminal {
    public private(set) var size: TerminalSize
    public private(set) var pendingEvents: [InputEvent]
    /// Every frame presented, oldest first.
    public private(set) var presented: [(buffer: ScreenBuffer, cursor: CursorPosition?)] = []
    public private(set) var isShutDown = false

    public init(size: TerminalSize = .minimum, events: [InputEvent] = []) {
        self.size = size
        self.pendingEvents = events
    }

    /// Convenience for a key script: `MemoryTerminal(keys: [.character("a"), .enter])`.
    public convenience init(size: TerminalSize = .minimum, keys: [Key]) {
        self.init(size: size, events: keys.map(InputEvent.key))
    }

    /// Adds events to the end of the script.
    public func enqueue(_ events: InputEvent...) {
        pendingEvents += events
    }

    /// The next scripted event, or nil when the script is used up; a `.resize` also changes `size`.
    public func readEvent(timeout milliseconds: Int) -> InputEvent? {
        guard !pendingEvents.isEmpty else { return nil }
        let event = pendingEvents.removeFirst()
        if case .resize(let newSize) = event { size = newSize }
        return event
    }

    public func present(_ buffer: ScreenBuffer, cursor: CursorPosition?) {
        presented.append((buffer, cursor))
    }

    public func shutdown() {
        isShutDown = true
    }

    /// The most recent frame, for assertions.
    public var lastFrame: ScreenBuffer? { presented.last?.buffer }
    /// The cursor of the most recent frame.
    public var lastCursor: CursorPosition? { presented.last?.cursor }
}
