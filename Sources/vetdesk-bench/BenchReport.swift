import Foundation

/// The results as a plain-text table (also pasted into docs/benchmarks.md).
enum BenchReport {
    static func table(_ results: [BenchResult], shell: String) -> String {
        var lines = [
            "",
            "                                           wall clock (ms)    CPU (ms)",
            "Per keystroke                        keys   p50    p99    max   p50    p99  found | final query            vetdesk  " + pad(shell, 7) + "  ratio",
        ]
        for result in results {
            // A raw time too small to separate from the shell's own start-up noise shows as 0.
            lines.append(String(format: "%@ %5d %5.2f  %5.2f  %5.2f %5.2f  %5.2f  %2d/%-2d | %@ %7.3f  %7.3f  %5.2f",
                                pad(result.kind, 36), result.keystrokes.count,
                                BenchRunner.percentile(result.keystrokes, 0.5), BenchRunner.percentile(result.keystrokes, 0.99),
                                result.keystrokes.max() ?? 0, BenchRunner.percentile(result.keystrokeCPU, 0.5),
                                BenchRunner.percentile(result.keystrokeCPU, 0.99), result.found, result.samples,
                                pad("\"\(result.finalQuery)\"", 22), result.vetDeskMilliseconds,
                                result.sqliteMilliseconds, ratio(result)))
        }
        let all = results.flatMap(\.keystrokes)
        let cpu = results.flatMap(\.keystrokeCPU)
        lines.append(String(format: "%@ %5d %5.2f  %5.2f  %5.2f %5.2f  %5.2f", pad("all keystrokes", 36), all.count,
                            BenchRunner.percentile(all, 0.5), BenchRunner.percentile(all, 0.99), all.max() ?? 0,
                            BenchRunner.percentile(cpu, 0.5), BenchRunner.percentile(cpu, 0.99)))
        lines.append("")
        lines.append("Slowest keystrokes per kind (text typed so far, ms):")
        for result in results {
            let slow = result.slowest.map { String(format: "\"%@\" %.2f", $0.typed, $0.milliseconds) }
            lines.append("  " + pad(result.kind, 28) + slow.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    static func ratio(_ result: BenchResult) -> Double {
        result.sqliteMilliseconds > 0.005 ? result.vetDeskMilliseconds / result.sqliteMilliseconds : 0
    }

    /// Pads by characters (not bytes, as %-s would), so names with accents line up.
    static func pad(_ text: String, _ width: Int) -> String {
        let clipped = text.count > width ? String(text.prefix(width - 1)) + "…" : text
        return clipped + String(repeating: " ", count: max(0, width - clipped.count))
    }
}
