import Foundation

/// One figure of the summary: what was measured, its target, and whether it met it.
struct SummaryLine {
    var figure: String
    var measured: String
    var target: String
    var passes: Bool
}

/// The closing table: every measured figure against its target, PASS or FAIL.
struct BenchSummary {
    private(set) var lines: [SummaryLine] = []

    /// A figure in milliseconds that must stay at or under `limit`.
    mutating func milliseconds(_ figure: String, _ value: Double, atMost limit: Double) {
        lines.append(SummaryLine(figure: figure, measured: String(format: "%.2f ms", value),
                                 target: String(format: "≤ %g ms", limit), passes: value <= limit))
    }

    /// A ratio that must stay at or under `limit`.
    mutating func ratio(_ figure: String, _ value: Double, atMost limit: Double) {
        lines.append(SummaryLine(figure: figure, measured: String(format: "%.2f", value),
                                 target: String(format: "≤ %g", limit), passes: value <= limit))
    }

    /// Memory in MB that must stay under `limit`.
    mutating func megabytes(_ figure: String, _ value: Double, under limit: Double) {
        lines.append(SummaryLine(figure: figure, measured: String(format: "%.1f MB", value),
                                 target: String(format: "< %g MB", limit), passes: value < limit))
    }

    var text: String {
        var rows = ["", "Summary", BenchReport.pad("figure", 46) + BenchReport.pad("measured", 14) + BenchReport.pad("target", 12) + "result"]
        for line in lines {
            rows.append(BenchReport.pad(line.figure, 46) + BenchReport.pad(line.measured, 14) + BenchReport.pad(line.target, 12)
                + (line.passes ? "PASS" : "FAIL"))
        }
        return rows.joined(separator: "\n")
    }
}
