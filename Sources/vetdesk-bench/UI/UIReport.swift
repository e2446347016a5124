import Foundation

/// The keystroke-to-redraw figures as a plain-text table (also pasted into docs/benchmarks.md).
enum UIReport {
    static func table(_ result: UIBenchResult) -> String {
        let size = result.terminalSize
        var lines = [
            "",
            "Keystroke to finished redraw: VetDeskApp on ncurses (\(size.columns)×\(size.rows), drawn to /dev/null)",
            "                                          key → end of present (ms)     CPU (ms)    present (ms)  search only (ms)",
            "Query kind                          keys   p50    p99    max       p50    p99     p50    p99     p50    p99  found",
        ]
        for (index, kind) in result.kinds.enumerated() {
            let timings = result.timings.filter { $0.label.kind == index }
            lines.append(row(kind, timings, searchOnly: result.searchOnly[index],
                             found: "\(result.found[index])/\(result.samples[index])"))
        }
        lines.append(row("all keystrokes", result.timings, searchOnly: result.searchOnly.flatMap { $0 },
                         found: "\(result.found.reduce(0, +))/\(result.samples.reduce(0, +))"))
        lines.append("")
        lines.append("Slowest keystrokes (text typed so far: total ms, present ms):")
        for timing in result.timings.sorted(by: { $0.total > $1.total }).prefix(8) {
            lines.append(String(format: "  %@ %@ %6.2f  %5.2f", BenchReport.pad(result.kinds[timing.label.kind], 28),
                                BenchReport.pad("\"\(timing.label.typed)\"", 34), timing.total, timing.present))
        }
        return lines.joined(separator: "\n")
    }

    private static func row(_ name: String, _ timings: [KeystrokeTiming], searchOnly: [Double], found: String) -> String {
        let total = timings.map(\.total)
        let cpu = timings.map(\.cpu)
        let present = timings.map(\.present)
        let p = BenchRunner.percentile
        return String(format: "%@ %5d %5.2f  %5.2f  %5.2f     %5.2f  %5.2f   %5.2f  %5.2f   %5.2f  %5.2f  %@",
                      BenchReport.pad(name, 34), timings.count, p(total, 0.5), p(total, 0.99), total.max() ?? 0,
                      p(cpu, 0.5), p(cpu, 0.99), p(present, 0.5), p(present, 0.99),
                      p(searchOnly, 0.5), p(searchOnly, 0.99), found)
    }
}
