import CursesTerminal
import Foundation
import TUIKit
import VetStore
import VetTUI

/// What typing into the running app measured.
struct UIBenchResult {
    var kinds: [String]
    var terminalSize: TerminalSize
    var timings: [KeystrokeTiming]
    /// `AppDatabase.search(typed, limit: 50)` alone, the call the search screen makes, timed
    /// right after each redraw; by kind.
    var searchOnly: [[Double]]
    /// Final queries whose frame listed at least one client; by kind.
    var found: [Int]
    var samples: [Int]
    /// Resident memory with the practice open and the login screen drawn, before logging in.
    var memoryBeforeLogin: MemoryReading?
    /// Resident memory at the first measured keystroke: logged in (scrypt has run) and warmed up.
    var memoryBeforeTyping: MemoryReading?
    /// Resident memory read while the app was still running, after the last keystroke.
    var memory: MemoryReading?
}

/// Keystroke to finished redraw: the real `VetDeskApp`, its own event loop, real ncurses
/// rendering to /dev/null (`CursesTerminal(headlessSize:)`), logged in as the demo receptionist.
@MainActor
enum UIKeystrokeBench {
    static func run(store: AppDatabase, kinds: [BenchQueryKind], options: BenchOptions) throws -> UIBenchResult {
        guard let login = DemoPractice.logins.first(where: { $0.role == .receptionist }) else {
            throw BenchFailure.message("the demo practice has no receptionist login")
        }
        let size = TerminalSize(rows: options.terminalRows, columns: options.terminalColumns)
        // Colour theme, as most terminals run it: colour pairs are part of the drawing cost.
        let curses = try CursesTerminal(headlessSize: size, theme: VetDeskApp.theme(for: [:]))
        var result = UIBenchResult(kinds: kinds.map(\.name), terminalSize: size, timings: [],
                                   searchOnly: kinds.map { _ in [] }, found: kinds.map { _ in 0 },
                                   samples: kinds.map(\.queries.count), memoryBeforeLogin: nil, memoryBeforeTyping: nil, memory: nil)
        var failure: (any Error)?
        let timed = TimedTerminal(
            wrapping: curses, script: UIKeystrokeScript.events(login: login, kinds: kinds),
            afterRedraw: { label in
                if result.memoryBeforeTyping == nil { result.memoryBeforeTyping = MemoryReading.current() }
                do {
                    let started = ContinuousClock.now
                    _ = try store.search(label.typed, limit: 50)
                    result.searchOnly[label.kind].append((ContinuousClock.now - started).milliseconds)
                } catch {
                    failure = error
                }
                if label.completesQuery, showsResults(curses) { result.found[label.kind] += 1 }
            },
            whenDone: { result.memory = MemoryReading.current() })
        let app = VetDeskApp(store: store, terminal: timed, environment: [:])
        result.memoryBeforeLogin = MemoryReading.current()
        app.run(stopAfterIdleReads: 0)
        if let failure { throw failure }
        result.timings = timed.timings
        guard result.timings.count > 0 else {
            throw BenchFailure.message("no keystroke was measured: did the demo receptionist log in?")
        }
        return result
    }

    /// True when the presented search screen lists a client (not the empty-result text).
    private static func showsResults(_ curses: CursesTerminal) -> Bool {
        // Rows: header, blank, "Find:", hint, blank, table heading, first result.
        let firstResult = curses.readRow(6)
        return !firstResult.contains("No clients match") && !firstResult.trimmingCharacters(in: .whitespaces).isEmpty
    }
}
