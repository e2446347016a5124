import Foundation
import Synchronization

/// One run of a system program (`lp`, `sendmail` …), directly and never through a shell: the
/// arguments reach the program exactly as given, whatever characters they hold. The input is
/// written and the output read on their own threads, so a program that talks a lot, reads
/// nothing or never ends cannot hold VetDesk up past the time limit.
public struct SystemCommand: Sendable, Hashable {
    /// The program's full path.
    public let path: String
    public let arguments: [String]
    /// How long the program may run before it is stopped.
    public let timeLimit: Duration

    public init(path: String, arguments: [String] = [], timeLimit: Duration = .seconds(60)) {
        self.path = path
        self.arguments = arguments
        self.timeLimit = timeLimit
    }

    /// What the program left behind: its exit status and what it printed.
    public struct Result: Sendable, Hashable {
        public var status: Int32
        public var stdout: String
        public var stderr: String

        /// Standard error trimmed, for a message: "" when the program said nothing.
        public var said: String { stderr.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// Why there is no result: the program could not be started, or it was stopped at the time limit.
    public enum Failure: Error, Sendable, Hashable {
        case couldNotStart(String)
        case timedOut
    }

    /// Runs the program with `input` on its standard input (none: /dev/null) and waits for it.
    public func run(input: Data?) throws(Failure) -> Result {
        _ = SystemCommand.brokenPipesIgnored
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        process.standardOutput = stdout
        process.standardError = stderr
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            throw .couldNotStart(error.localizedDescription)
        }
        let deadline = DispatchTime.now() + .nanoseconds(Int(timeLimit.components.seconds) * 1_000_000_000
                                                         + Int(timeLimit.components.attoseconds / 1_000_000_000))
        let streams = DispatchGroup()
        if let input {
            let writer = stdin.fileHandleForWriting
            DispatchQueue.global().async(group: streams) {
                // A program that exits without reading leaves a broken pipe: its exit status tells.
                try? writer.write(contentsOf: input)
                try? writer.close()
            }
        }
        let out = Collected()
        let err = Collected()
        out.collect(stdout.fileHandleForReading, in: streams)
        err.collect(stderr.fileHandleForReading, in: streams)
        guard exited.wait(timeout: deadline) == .success else {
            process.terminate()
            if exited.wait(timeout: .now() + .seconds(2)) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                exited.wait()
            }
            throw .timedOut
        }
        // A program may leave a child holding its output open; what was read by then is enough.
        _ = streams.wait(timeout: max(deadline, .now() + .milliseconds(200)))
        return Result(status: process.terminationStatus, stdout: out.text, stderr: err.text)
    }

    /// Writing to a program that has exited must be an error to ignore, not SIGPIPE ending VetDesk.
    private static let brokenPipesIgnored: Void = { _ = signal(SIGPIPE, SIG_IGN) }()
}

/// The bytes one stream delivered so far, gathered on a reading thread and read on the waiting one.
private final class Collected: Sendable {
    private let bytes = Mutex(Data())

    func collect(_ handle: FileHandle, in group: DispatchGroup) {
        DispatchQueue.global().async(group: group) {
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { return }
                self.bytes.withLock { $0.append(chunk) }
            }
        }
    }

    var text: String { bytes.withLock { String(decoding: $0, as: UTF8.self) } }
}
