import Foundation
import VetCore
import VetCommands
import VetStore

/// The practice the benchmark searches: reused when the file already holds one, otherwise
/// generated with the demo generator (whose time is reported too).
enum BenchPractice {
    /// A fixed "today", so the generated practice is the same on every run.
    static let clock = FixedClock(date: LocalDate(year: 2026, month: 3, day: 2) ?? LocalDate(daysSinceEpoch: 20_514))

    static func openOrBuild(_ options: BenchOptions) throws -> AppDatabase {
        let store = try AppDatabase(path: options.databasePath, mode: .createIfMissing, clock: clock)
        if try store.isSetUp() {
            print("Reusing the practice in \(options.databasePath).")
            return store
        }
        print("Generating \(options.clients) clients into \(options.databasePath) …")
        let progress = ProgressLine()
        let summary = try DemoPractice.generate(into: store, clients: options.clients, seed: options.seed) { step in
            progress.update("\(step.stage): \(step.clientsWritten) of \(step.clientsTotal) clients")
        }
        progress.finish()
        for (stage, seconds) in summary.stages {
            print("  " + BenchReport.pad(stage, 30) + String(format: "%6.1f s", seconds))
        }
        print("  " + BenchReport.pad("demo generation, total", 30) + String(format: "%6.1f s", summary.totalSeconds))
        let rows = summary.rows.reduce(0) { $0 + $1.count }
        print("  \(rows) rows written")
        return store
    }
}
