import Foundation
import TUIKit

/// What a measured keystroke was: the query kind, the text typed so far, and whether it
/// completes the query (its frame is checked for results).
struct KeystrokeLabel {
    var kind: Int
    var typed: String
    var completesQuery: Bool
}

/// One scripted event for the app, and whether its keystroke-to-redraw time counts.
struct ScriptedEvent {
    var event: InputEvent
    /// Set for a measured keystroke; nil for set-up keys (logging in, warming up, clearing the box).
    var measured: KeystrokeLabel?
}

/// The timings of one measured keystroke, in milliseconds.
struct KeystrokeTiming {
    var label: KeystrokeLabel
    /// From handing the key to the app to the end of `present`: the finished redraw.
    var total: Double
    /// The calling thread's CPU time over the same span (the work, without waiting for a core).
    var cpu: Double
    /// Only the `present` call: copying the frame into curses and `wrefresh`.
    var present: Double
}

/// A `Terminal` that feeds the app a script of events and forwards every frame to a real
/// terminal (headless curses), timing each measured keystroke from delivery to finished redraw.
/// The app's own loop (`run(stopAfterIdleReads:)`) drives it, so nothing of the loop is skipped.
@MainActor
final class TimedTerminal: Terminal {
    private let inner: any Terminal
    private var script: [ScriptedEvent]
    private var next = 0
    private var pending: (label: KeystrokeLabel, started: ContinuousClock.Instant, cpu: Double)?
    /// Runs after each measured redraw, outside the timed span (the search-only comparison).
    private let afterRedraw: (KeystrokeLabel) -> Void
    private(set) var timings: [KeystrokeTiming] = []
    /// Called once the script is used up, while the app and its terminal are still live
    /// (the memory reading is taken there).
    private let whenDone: () -> Void
    private var isDone = false

    init(wrapping inner: any Terminal, script: [ScriptedEvent],
         afterRedraw: @escaping (KeystrokeLabel) -> Void, whenDone: @escaping () -> Void) {
        self.inner = inner
        self.script = script
        self.afterRedraw = afterRedraw
        self.whenDone = whenDone
    }

    var size: TerminalSize { inner.size }

    func readEvent(timeout milliseconds: Int) -> InputEvent? {
        guard next < script.count else {
            if !isDone { isDone = true; whenDone() }
            return nil
        }
        let scripted = script[next]
        next += 1
        if let measured = scripted.measured {
            pending = (measured, ContinuousClock.now, BenchRunner.threadCPUMilliseconds())
        }
        return scripted.event
    }

    func present(_ buffer: ScreenBuffer, cursor: CursorPosition?) {
        let presentStarted = ContinuousClock.now
        inner.present(buffer, cursor: cursor)
        let finished = ContinuousClock.now
        guard let started = pending else { return }
        pending = nil
        timings.append(KeystrokeTiming(
            label: started.label,
            total: (finished - started.started).milliseconds,
            cpu: BenchRunner.threadCPUMilliseconds() - started.cpu,
            present: (finished - presentStarted).milliseconds))
        afterRedraw(started.label)
    }

    func shutdown() {
        inner.shutdown()
    }
}
