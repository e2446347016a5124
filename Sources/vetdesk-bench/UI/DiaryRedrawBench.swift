import CursesTerminal
import Foundation
import TUIKit
import VetCore
import VetStore
import VetTUI

/// Keystroke to finished redraw in the diary on the demo's busiest day: the real app, logged in
/// as the demo receptionist, moving through slots and columns, changing day and switching to
/// the week view, drawn by real ncurses to /dev/null. Booking latency is timed separately.
@MainActor
enum DiaryRedrawBench {
    struct Result {
        var terminalSize: TerminalSize
        var busiestDay: LocalDate
        var appointments: Int
        /// Milliseconds from key to end of present, by what the key did.
        var timings: [(what: String, total: Double, cpu: Double)]
    }

    /// The keys that open the diary from the home screen.
    static let openDiary: [Key] = [.ctrl("d")]

    static func run(store: AppDatabase, options: BenchOptions) throws -> Result {
        guard let login = DemoPractice.logins.first(where: { $0.role == .receptionist }) else {
            throw BenchFailure.message("the demo practice has no receptionist login")
        }
        let size = TerminalSize(rows: options.terminalRows, columns: options.terminalColumns)
        let curses = try CursesTerminal(headlessSize: size, theme: VetDeskApp.theme(for: [:]))
        let session = try store.authenticate(username: login.username, password: login.password)
        let today = store.clock.today()
        let weeks = try store.diary(from: today.adding(days: -14), days: 29, as: session)
        let busiest = weeks.max { $0.appointments.count < $1.appointments.count }
        let offset = busiest.map { today.days(until: $0.date) } ?? 0
        let (script, names) = events(login: login, daysAhead: offset)
        let timed = TimedTerminal(wrapping: curses, script: script, afterRedraw: { _ in }, whenDone: {})
        let app = VetDeskApp(store: store, terminal: timed, environment: [:])
        app.run(stopAfterIdleReads: 0)
        guard !timed.timings.isEmpty else { throw BenchFailure.message("no diary keystroke was measured") }
        return Result(terminalSize: size, busiestDay: busiest?.date ?? today, appointments: busiest?.appointments.count ?? 0,
                      timings: timed.timings.map { (names[$0.label.kind], $0.total, $0.cpu) })
    }

    /// Log in, open the diary, then a receptionist's morning: down through every slot of the
    /// day, across every column and back, three days on and back, the week view and back.
    private static func events(login: DemoPractice.Login, daysAhead: Int) -> ([ScriptedEvent], [String]) {
        let names = ["↓ next slot", "→ next column", "← previous column", "PgDn next day", "PgUp previous day", "week view"]
        var events = (login.username.map { ScriptedEvent(event: .key(.character($0))) } + [ScriptedEvent(event: .key(.enter))])
        events += login.password.map { ScriptedEvent(event: .key(.character($0))) } + [ScriptedEvent(event: .key(.enter))]
        events += openDiary.map { ScriptedEvent(event: .key($0)) }
        let move: Key = daysAhead < 0 ? .pageUp : .pageDown
        events += (0..<abs(daysAhead)).map { _ in ScriptedEvent(event: .key(move)) }
        func measured(_ key: Key, _ kind: Int, times: Int) {
            for _ in 0..<times {
                events.append(ScriptedEvent(event: .key(key), measured: KeystrokeLabel(kind: kind, typed: names[kind], completesQuery: false)))
            }
        }
        for _ in 0..<3 {
            measured(.down, 0, times: 44)
            measured(.right, 1, times: 8)
            measured(.left, 2, times: 8)
            measured(.pageDown, 3, times: 3)
            measured(.pageUp, 4, times: 3)
        }
        measured(.character("v"), 5, times: 2)
        return (events, names)
    }

    static func table(_ result: Result) -> String {
        let size = result.terminalSize
        var lines = ["", "Diary: keystroke to finished redraw on the demo's busiest day, \(result.busiestDay.long) with "
                        + "\(result.appointments) appointments (\(size.columns)×\(size.rows), drawn to /dev/null)",
                     "Key                      keys    p50     p99     max    CPU p99 (ms)"]
        let p = BenchRunner.percentile
        for what in result.timings.map(\.what).uniqued() + ["all keystrokes"] {
            let rows = what == "all keystrokes" ? result.timings : result.timings.filter { $0.what == what }
            let totals = rows.map(\.total)
            lines.append(String(format: "%@ %5d  %6.2f  %6.2f  %6.2f   %6.2f", BenchReport.pad(what, 24), rows.count,
                                p(totals, 0.5), p(totals, 0.99), totals.max() ?? 0, p(rows.map(\.cpu), 0.99)))
        }
        return lines.joined(separator: "\n")
    }
}

private extension Array where Element == String {
    func uniqued() -> [String] {
        var seen: Set<String> = []
        return filter { seen.insert($0).inserted }
    }
}
