import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
        // A size inherited from the test runner's environment would pin curses to it and hide resizes.
        let shellCommand = "env -u COLUMNS -u LINES \(exports) " + command.map(TmuxSession.quote).joined(separator: " ")
        try startServer(["-f", "/dev/null", "new-session", "-d", "-s", target, "-x", String(columns), "-y", String(rows),
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
        try tmux(["send-keys", "-t", target, "-l", "--", text])
    }

    /// Sends bytes exactly as given, for key encodings tmux itself would not produce.
    public func sendBytes(_ bytes: [UInt8]) throws {
        try tmux(["send-keys", "-t", target, "-H"] + bytes.map { String($0, radix: 16) })
    }

    /// Pastes `text` as a terminal would: framed as a bracketed paste when the program asked for
    /// that (tmux's `paste-buffer -p`), else as plain typed characters. Line breaks are kept as LF.
    public func paste(_ text: String) throws {
        try tmux(["set-buffer", "-b", "vetdesk-test", "--", text])
        try tmux(["paste-buffer", "-p", "-r", "-d", "-b", "vetdesk-test", "-t", target])
    }

    /// The exit status of the program once it has exited (nil while running or when it was
    /// killed by a signal).
    public func exitStatus() throws -> Int? {
        Int(try run(["display-message", "-p", "-t", target, "#{pane_dead_status}"])
            .trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The signal that killed the program, if one did.
    public func exitSignal() throws -> Int? {
        Int(try run(["display-message", "-p", "-t", target, "#{pane_dead_signal}"])
            .trimmingCharacters(in: .whitespacesAndNewlines))
    }

    public func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", String(columns), "-y", String(rows)])
    }

    /// The window's size as tmux has it.
    public func windowSize() throws -> (columns: Int, rows: Int) {
        let text = try run(["display-message", "-p", "-t", target, "#{window_width} #{window_height}"])
        let parts = text.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard parts.count == 2 else { throw Failure.tmux("cannot read the window size from '\(text)'") }
        return (parts[0], parts[1])
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

    /// Starts the server with posix_spawn and waitpid: the daemon tmux forks keeps what it inherits,
    /// which stops Foundation's Process from noticing that the starting client has exited.
    private func startServer(_ arguments: [String]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let words = ["tmux", "-L", socket] + arguments
        var argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        // The test runner's threads block some signals; a terminal started with them blocked
        // would never hear of a resize (SIGWINCH), so the server starts with a clean mask.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var everySignal = sigset_t()
        sigfillset(&everySignal)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &everySignal)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, &argv, environ)
        guard spawned == 0 else { throw Failure.tmux("cannot start tmux (error \(spawned)); is it installed?") }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        guard status == 0 else { throw Failure.tmux("tmux new-session failed with status \(status)") }
    }

    private func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", socket] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
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
