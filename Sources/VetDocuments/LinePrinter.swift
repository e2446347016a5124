import Foundation

/// A printing failure in words: no `lp`, no such printer, or what `lp` said when it refused.
public struct PrintFailure: LocalizedError, Sendable, Hashable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
    public var errorDescription: String? { message }
}

/// The system's printing commands (CUPS): `lp` to send text to a queue and `lpstat` to list the
/// queues. Each runs directly, never through a shell, with the text on standard input.
public struct LinePrinter: Sendable {
    /// Where the commands are looked for: the PATH of the process, as a shell would.
    let searchPath: [String]

    public init(searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) {
        self.searchPath = (searchPath ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
    }

    /// Sends `text` to `queue` (empty: the system's default printer) titled `title`; returns the
    /// job id `lp` reports ("vetdesk-test-12").
    public func print(_ text: String, queue: String, title: String, options: [String] = []) throws(PrintFailure) -> String {
        let destination = queue.isEmpty ? [] : ["-d", queue]
        let result = try run("lp", destination + ["-t", title] + options, input: Data(text.utf8))
        let printer = queue.isEmpty ? "the default printer" : "printer '\(queue)'"
        guard result.status == 0 else {
            throw PrintFailure("\(printer): lp failed (exit status \(result.status))"
                               + (result.said.isEmpty ? "" : ": \(result.said)"))
        }
        // "request id is vetdesk-test-12 (1 file(s))"
        guard let range = result.stdout.range(of: "request id is ") else {
            throw PrintFailure("\(printer): lp did not say which job it queued: \(result.stdout)")
        }
        return String(result.stdout[range.upperBound...].prefix { !$0.isWhitespace })
    }

    /// The print queues CUPS knows, by name: `lpstat -e`, or the names `lpstat -a` lists on older systems.
    public func queues() throws(PrintFailure) -> [String] {
        let listed = try run("lpstat", ["-e"], input: nil)
        if listed.status == 0 { return names(listed.stdout) }
        let accepting = try run("lpstat", ["-a"], input: nil)
        guard accepting.status == 0 else {
            throw PrintFailure("could not list printers: lpstat failed (exit status \(accepting.status))"
                               + (accepting.said.isEmpty ? "" : ": \(accepting.said)"))
        }
        return names(accepting.stdout)
    }

    private func names(_ output: String) -> [String] {
        output.split(whereSeparator: \.isNewline).compactMap { $0.split(separator: " ").first.map(String.init) }
    }

    /// The command's full path, or nil when it is not installed.
    func locate(_ command: String) -> String? {
        searchPath.map { "\($0)/\(command)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private func run(_ command: String, _ arguments: [String], input: Data?) throws(PrintFailure) -> SystemCommand.Result {
        guard let path = locate(command) else {
            throw PrintFailure("printing needs the CUPS command '\(command)', which is not installed "
                               + "(on Debian or Ubuntu: apt-get install cups-client)")
        }
        do {
            return try SystemCommand(path: path, arguments: arguments).run(input: input)
        } catch {
            switch error {
            case .couldNotStart(let reason):
                throw PrintFailure("could not run \(command): \(reason)")
            case .timedOut:
                throw PrintFailure("\(command) did not finish within a minute and was stopped: is the print system running?")
            }
        }
    }
}
