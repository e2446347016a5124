import Foundation
import VetSQL

/// An engine's own command-line shell (`sqlite3`, `psql`): picks sample values out of the
/// benchmark database, and times SQL with no VetDesk code in the way, for the overhead ratio.
protocol EngineShell {
    /// How reports name it: "sqlite3" or "psql".
    var name: String { get }
    var dialect: SQLDialect { get }
    /// Runs the shell with a script file (or one statement), giving its standard output.
    func run(statement: String?, script: URL?) throws -> String
}

extension EngineShell {
    /// Rows of a one-column query (columns separated by "|" when there are several).
    func values(_ sql: String) throws -> [String] {
        let output = try run(statement: sql, script: nil)
        return output.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    /// Seconds for one run of `statements`, from the difference between a script that runs
    /// them `repeats` + 1 times and one that runs them once, so starting the shell and
    /// connecting cancel out. The best of three attempts damps other processes' noise.
    func secondsPerRun(_ statements: [String], repeats: Int = 1_000) throws -> Double {
        let once = try scriptSeconds(statements, times: 1)
        let many = try scriptSeconds(statements, times: repeats + 1)
        return max(0, many - once) / Double(repeats)
    }

    private func scriptSeconds(_ statements: [String], times: Int) throws -> Double {
        let body = statements.map { $0.hasSuffix(";") ? $0 : $0 + ";" }.joined(separator: "\n")
        let script = Array(repeating: body, count: times).joined(separator: "\n") + "\n"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("vetdesk-bench-\(times).sql")
        try script.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        var best = Double.infinity
        for _ in 0..<3 {
            let started = ContinuousClock.now
            _ = try run(statement: nil, script: file)
            best = min(best, (ContinuousClock.now - started).milliseconds / 1_000)
        }
        return best
    }

    /// Runs a program, failing with its name and status when it fails; output is discarded
    /// for scripts (only the time counts).
    func execute(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchFailure.message("\(name) failed (status \(process.terminationStatus))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// The system `sqlite3` shell on the practice file.
struct SQLiteShell: EngineShell {
    static let executable = "/usr/bin/sqlite3"
    let database: String
    var name: String { "sqlite3" }
    var dialect: SQLDialect { .sqlite }

    func run(statement: String?, script: URL?) throws -> String {
        if let script {
            return try execute(Self.executable, ["-batch", "-noheader", "-cmd", ".output /dev/null", database,
                                                 ".read \(script.path)"])
        }
        return try execute(Self.executable, ["-batch", "-noheader", database, statement ?? ".quit"])
    }
}

/// PostgreSQL's `psql` on the practice database, with the password from the usual places.
struct PsqlShell: EngineShell {
    let address: String
    var name: String { "psql" }
    var dialect: SQLDialect { .postgresql }

    /// Debian's `psql` (a wrapper choosing the installed version), else the newest server's own.
    static var executable: String {
        let candidates = ["/usr/bin/psql"] + ((try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql"))?
            .sorted(by: >).map { "/usr/lib/postgresql/\($0)/bin/psql" } ?? [])
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/bin/psql"
    }

    func run(statement: String?, script: URL?) throws -> String {
        var arguments = ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", address]
        if let statement { arguments += ["-c", statement] }
        if let script { arguments += ["-o", "/dev/null", "-f", script.path] }
        return try execute(Self.executable, arguments)
    }
}

extension Duration {
    var milliseconds: Double {
        let parts = components
        return Double(parts.seconds) * 1_000 + Double(parts.attoseconds) / 1e15
    }
}
