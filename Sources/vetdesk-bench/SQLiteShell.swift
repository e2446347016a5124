import Foundation

/// The system `sqlite3` shell: picks sample values out of the benchmark database, and times
/// SQL with no VetDesk code in the way, for the overhead ratio.
struct SQLiteShell {
    static let executable = "/usr/bin/sqlite3"
    let database: String

    /// Rows of a one-column query.
    func values(_ sql: String) throws -> [String] {
        let output = try run([database, sql])
        return output.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    /// Seconds for one run of `statements`, from the difference between a script that runs
    /// them `repeats` + 1 times and one that runs them once, so starting the shell and
    /// opening the file cancel out. The best of three attempts damps other processes' noise.
    func secondsPerRun(_ statements: [String], repeats: Int = 1_000) throws -> Double {
        let once = try scriptSeconds(statements, times: 1)
        let many = try scriptSeconds(statements, times: repeats + 1)
        return max(0, many - once) / Double(repeats)
    }

    private func scriptSeconds(_ statements: [String], times: Int) throws -> Double {
        let body = statements.map { $0.hasSuffix(";") ? $0 : $0 + ";" }.joined(separator: "\n")
        let script = ".output /dev/null\n" + Array(repeating: body, count: times).joined(separator: "\n") + "\n"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("vetdesk-bench-\(times).sql")
        try script.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        var best = Double.infinity
        for _ in 0..<3 {
            let started = ContinuousClock.now
            _ = try run([database, ".read \(file.path)"])
            best = min(best, (ContinuousClock.now - started).milliseconds / 1_000)
        }
        return best
    }

    private func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = ["-batch", "-noheader"] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchFailure.message("sqlite3 failed (status \(process.terminationStatus)) on \(database)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

extension Duration {
    var milliseconds: Double {
        let parts = components
        return Double(parts.seconds) * 1_000 + Double(parts.attoseconds) / 1e15
    }
}
