import Foundation
import VetStore

/// The timings of one kind of query.
struct BenchResult {
    var kind: String
    var keystrokes: [Double]
    /// CPU time of this thread per keystroke: the work itself, without time spent waiting
    /// for a core on a busy machine.
    var keystrokeCPU: [Double]
    var finalQuery: String
    var finalHits: Int
    var vetDeskMilliseconds: Double
    var sqliteMilliseconds: Double
    /// Final queries (one per sample) that found at least one client.
    var found: Int
    var samples: Int
    /// The slowest keystrokes: what had been typed and how long it took.
    var slowest: [(typed: String, milliseconds: Double)]
}

/// Types each sample one character at a time through `AppDatabase.search`, as a receptionist would.
enum BenchRunner {
    static func measure(_ kind: BenchQueryKind, store: AppDatabase, shell: any EngineShell) throws -> BenchResult {
        guard let example = kind.queries.first else {
            return BenchResult(kind: kind.name, keystrokes: [], keystrokeCPU: [], finalQuery: "", finalHits: 0, vetDeskMilliseconds: 0,
                               sqliteMilliseconds: 0, found: 0, samples: 0, slowest: [])
        }
        _ = try store.search(example)  // Warm the statement cache and the pages this kind reads.
        var keystrokes: [Double] = []
        var keystrokeCPU: [Double] = []
        var typedTimes: [(typed: String, milliseconds: Double)] = []
        var found = 0
        for query in kind.queries {
            var typed = ""
            for character in query {
                typed.append(character)
                if typed.allSatisfy(\.isWhitespace) { continue }
                let started = ContinuousClock.now
                let cpuStarted = Self.threadCPUMilliseconds()
                let hits = try store.search(typed)
                keystrokeCPU.append(Self.threadCPUMilliseconds() - cpuStarted)
                let elapsed = (ContinuousClock.now - started).milliseconds
                keystrokes.append(elapsed)
                typedTimes.append((typed, elapsed))
                if typed == query, !hits.isEmpty { found += 1 }
            }
        }
        let hits = try store.search(example).count
        var repeats: [Double] = []
        for _ in 0..<101 {
            let started = ContinuousClock.now
            _ = try store.search(example)
            repeats.append((ContinuousClock.now - started).milliseconds)
        }
        let raw = try shell.secondsPerRun(try store.searchStatements(example)) * 1_000
        return BenchResult(kind: kind.name, keystrokes: keystrokes, keystrokeCPU: keystrokeCPU, finalQuery: example, finalHits: hits,
                           vetDeskMilliseconds: percentile(repeats, 0.5), sqliteMilliseconds: raw, found: found,
                           samples: kind.queries.count,
                           slowest: Array(typedTimes.sorted { $0.milliseconds > $1.milliseconds }.prefix(3)))
    }

    /// CPU time used by the calling thread so far.
    static func threadCPUMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1_000 + Double(time.tv_nsec) / 1e6
    }

    static func percentile(_ values: [Double], _ fraction: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((fraction * Double(sorted.count - 1)).rounded(.up))
        return sorted[min(rank, sorted.count - 1)]
    }
}
