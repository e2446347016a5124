import Foundation

/// A real terminal for end-to-end tests: a private tmux server running `vetdesk`, driven by
/// send-keys and read by capture-pane. Waiting is always for a condition, never a fixed sleep.
public final class TmuxSession {
    public enum Failure: Error, CustomStringConvertible {
        case tmux(String)
        case timedOut(waitingFor: String, screen: String)

        public var description: String {
            switch self {
            case .tmux(let message): "tmux: \(message)"
            case .timedOut(let what, let screen): "timed out waiting for \(what); the screen was:\n\(screen)"
            }
        }
    }

    public let socket: String
    let target = "vetdesk"

    /// Starts `command` in a detached session of `columns` × `rows` on a server of its own.
    public init(command: [String], columns: Int = 80, rows: Int = 24, environment: [String: String] = [:]) throws {
        socket = "vetdesk-test-\(UUID().uuidString.prefix(8))"
        let exports = environment.map { "\($0.key)=\(TmuxSession.quote($0.value))" }.joined(separator: " ")
        let shellCommand = (exports.isEmpty ? "" : "env \(exports) ") + command.map(TmuxSession.quote).joined(separator: " ")
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", target, "-x", String(columns), "-y", String(rows),
                  shellCommand])
        try tmux(["set-option", "-t", target, "remain-on-exit", "on"])
    }

    deinit { kill() }

    /// Ends the server and everything in it.
    public func kill() {
        _ = try? run(["kill-server"])
    }

    /// Types keys as tmux names them ("Enter", "Escape", "F2", "BTab", "C-u") or literal text.
    public func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", target] + keys)
    }

    /// Types text literally, so words such as "Enter" are not taken as key names.
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-t", target, "-l", text])
    }

    public func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", String(columns), "-y", String(rows)])
    }

    /// The visible screen as text, one line per row.
    public func screen() throws -> String {
        try run(["capture-pane", "-p", "-t", target])
    }

    /// The cursor as (column, row), zero-based.
    public func cursor() throws -> (column: Int, row: Int) {
        let text = try run(["display-message", "-p", "-t", target, "#{cursor_x} #{cursor_y}"])
        let parts = text.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard parts.count == 2 else { throw Failure.tmux("cannot read the cursor from '\(text)'") }
        return (parts[0], parts[1])
    }

    /// Whether the program inside has exited.
    public func hasExited() throws -> Bool {
        try run(["display-message", "-p", "-t", target, "#{pane_dead}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Polls the screen until `condition` holds, or fails after `timeout` seconds with the last screen.
    @discardableResult
    public func waitFor(_ description: String, timeout: TimeInterval = 15, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        repeat {
            last = try screen()
            if condition(last) { return last }
            usleep(50_000)  // Polling interval between checks, not a wait for the program.
        } while Date() < deadline
        throw Failure.timedOut(waitingFor: description, screen: last)
    }

    /// Waits until `text` is on screen.
    @discardableResult
    public func waitFor(text: String, timeout: TimeInterval = 15) throws -> String {
        try waitFor("'\(text)'", timeout: timeout) { $0.contains(text) }
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String { try run(arguments) }

    private func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", socket] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus != 0, arguments.first != "kill-server" {
            throw Failure.tmux(String(decoding: errors, as: UTF8.self))
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
