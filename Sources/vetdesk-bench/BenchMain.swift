import Foundation
import VetStore

/// Runs the chosen parts in order and closes with the summary table.
@MainActor
enum BenchMain {
    static func run(_ options: BenchOptions) throws {
        let store = try BenchPractice.openOrBuild(options)
        let shell = options.shell
        var summary = BenchSummary()
        let needsQueries = options.parts.contains(.search) || options.parts.contains(.ui)
        let kinds = needsQueries ? try BenchQueries.kinds(shell: shell, samples: options.samples) : []
        if options.parts.contains(.search) {
            let results = try kinds.map { try BenchRunner.measure($0, store: store, shell: shell) }
            print(BenchReport.table(results, shell: shell.name))
            summary.milliseconds("search: p99 per keystroke", BenchRunner.percentile(results.flatMap(\.keystrokes), 0.99), atMost: 5)
            summary.milliseconds("search: CPU p99 per keystroke",
                                 BenchRunner.percentile(results.flatMap(\.keystrokeCPU), 0.99), atMost: 5)
            summary.ratio("search: worst ratio to the \(shell.name) shell", results.map(BenchReport.ratio).max() ?? 0, atMost: 1.5)
        }
        if options.parts.contains(.ui) {
            let result = try UIKeystrokeBench.run(store: store, kinds: kinds, options: options)
            print(UIReport.table(result))
            print("\n" + RedrawParts.measure(size: result.terminalSize).text)
            if shell.dialect == .sqlite {
                // It works on a copy of the file; a server's tick is the same read through the engine.
                print("\n" + (try TickCost.measure(options)).text)
            }
            summary.milliseconds("UI: p99 keystroke → finished redraw", BenchRunner.percentile(result.timings.map(\.total), 0.99),
                                 atMost: 16)
            summary.milliseconds("UI: CPU p99 keystroke → finished redraw", BenchRunner.percentile(result.timings.map(\.cpu), 0.99),
                                 atMost: 16)
        }
        if options.parts.contains(.memory) {
            print("\nResident memory of the UI (a fresh process opens the practice and the UI, logs in and types every query):")
            let readings = try MemoryBench.measureInChild(options)
            for (moment, reading) in zip(["practice open, login drawn", "logged in, before typing", "after the last keystroke"], readings) {
                print("  " + BenchReport.pad(moment, 28)
                    + String(format: "VmRSS %5.1f MB, VmHWM (peak) %5.1f MB", reading.residentMB, reading.peakMB))
            }
            guard let reading = readings.last else { throw BenchFailure.message("the memory child reported nothing") }
            summary.megabytes("UI memory: VmRSS after typing", reading.residentMB, under: 64)
            summary.megabytes("UI memory: VmHWM (peak)", reading.peakMB, under: 64)
        }
        if options.parts.contains(.rights) {
            let result = try RightsBench.run(store: store, shell: shell, runs: options.runs)
            print(RightsReport.text(result))
            summary.milliseconds("access pack, heaviest client (median)", BenchRunner.percentile(result.packMilliseconds, 0.5),
                                 atMost: 1_000)
            summary.milliseconds("retention review (median)", BenchRunner.percentile(result.retentionMilliseconds, 0.5),
                                 atMost: 10_000)
        }
        if options.parts.contains(.diary) {
            let redraw = try DiaryRedrawBench.run(store: store, options: options)
            print(DiaryRedrawBench.table(redraw))
            summary.milliseconds("diary: p99 keystroke → finished redraw, busiest day",
                                 BenchRunner.percentile(redraw.timings.map(\.total), 0.99), atMost: 16)
            let result = try DiaryBench.run(store: store, shell: shell, runs: options.bookings)
            print(DiaryBench.report(result, shell: shell.name))
            summary.milliseconds("diary: book + cancel p50", BenchRunner.percentile(result.bookAndCancelMilliseconds, 0.5),
                                 atMost: 50)
            summary.milliseconds("diary: book + cancel p99", BenchRunner.percentile(result.bookAndCancelMilliseconds, 0.99),
                                 atMost: 100)
        }
        if options.parts.contains(.reminders) {
            let result = try RemindersBench.run(store: store, runs: options.runs)
            print(RemindersBench.text(result))
            summary.milliseconds("recall list, four weeks ahead (median)", BenchRunner.percentile(result.milliseconds, 0.5),
                                 atMost: 2_000)
        }
        print(summary.text)
    }

    /// The memory child: open the practice and the UI, type, report memory. Nothing else.
    static func runMemoryChild(_ options: BenchOptions) throws {
        let store = try AppDatabase(path: options.databasePath, mode: .existing, clock: BenchPractice.clock)
        let kinds = try BenchQueries.kinds(shell: options.shell, samples: options.samples)
        let result = try UIKeystrokeBench.run(store: store, kinds: kinds, options: options)
        print(String(format: "%d keystrokes typed, p99 %.2f ms", result.timings.count,
                     BenchRunner.percentile(result.timings.map(\.total), 0.99)))
        MemoryBench.report([result.memoryBeforeLogin, result.memoryBeforeTyping, result.memory])
    }
}
