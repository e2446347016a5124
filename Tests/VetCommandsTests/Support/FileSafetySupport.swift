import Foundation
import GRDB
import VetDeskTestSupport

extension CommandRunner {
    /// Runs `script` with /bin/sh, `$VETDESK` naming the real binary and `$1 …` the arguments:
    /// for what a shell sets up before the program starts (a umask, a limit).
    static func runInShell(_ script: String, _ arguments: String...) throws -> Result {
        try run(program: URL(fileURLWithPath: "/bin/sh"), ["-c", script, "sh"] + arguments)
    }

    /// Starts the real binary and returns at once, so a test can interrupt it.
    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}

/// A small tmpfs of its own: a disk that fills up, or a medium made read-only.
struct ScratchMount {
    let path: String

    init(sizeKiB: Int) throws {
        path = try makeTemporaryFolder().path
        try Self.mount(["-t", "tmpfs", "-o", "size=\(sizeKiB)k,mode=0700", "tmpfs", path])
    }

    func makeReadOnly() throws {
        try Self.mount(["-o", "remount,ro", path])
    }

    func unmount() {
        _ = try? Self.run("/bin/umount", [path])
    }

    private static func mount(_ arguments: [String]) throws {
        let status = try run("/bin/mount", arguments)
        if status != 0 {
            throw TestSetupFailure("mount \(arguments.joined(separator: " ")) failed (status \(status)): "
                + "these tests need to mount a small tmpfs, as root")
        }
    }

    private static func run(_ tool: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

struct TestSetupFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A practice as a machine that stopped mid-work leaves it: the file plus a write-ahead log
/// holding `extraClients` clients that were never folded into the file.
struct CrashedPractice {
    let folder: URL
    let path: String

    init(copying source: String, into folder: URL, extraClients: Int) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        self.folder = folder
        path = folder.appendingPathComponent("practice.sqlite").path
        let working = folder.appendingPathComponent("working.sqlite").path
        try FileManager.default.copyItem(atPath: source, toPath: working)
        let pool = try DatabasePool(path: working)
        try pool.write { db in
            for number in 1...extraClients {
                try db.execute(sql: """
                    INSERT INTO client (first_name, last_name, address_line1, town, postcode, created_at, updated_at)
                    VALUES ('Late', ?, '1 Quay Street', 'St Helier', 'JE2 3AB', 0, 0)
                    """, arguments: ["Arrival \(number)"])
            }
        }
        // Copy the three files while the connection is still open, as they stand at a power cut.
        for suffix in ["", "-wal", "-shm"] {
            try FileManager.default.copyItem(atPath: working + suffix, toPath: path + suffix)
        }
        try pool.close()
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: working + suffix) }
    }
}

/// A Unix datagram socket standing in for the system log's /dev/log.
final class DatagramListener {
    let path: String
    private let descriptor: Int32

    init(path: String) throws {
        self.path = path
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        guard descriptor >= 0 else { throw TestSetupFailure("socket() failed") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard bound == 0 else { throw TestSetupFailure("bind \(path) failed") }
    }

    /// The next datagram, waiting at most `timeoutSeconds` for it to arrive.
    func receive(timeoutSeconds: Int) -> String? {
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = recv(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return String(decoding: buffer[0..<count], as: UTF8.self)
    }

    func close() {
        Glibc.close(descriptor)
        unlink(path)
    }
}
