import Foundation
import Testing

/// The CUPS test queue `.ci/cups-test-queue` sets up: a raw queue whose backend writes each job
/// to `job-<id>` in its folder, so a test reads back exactly what the printer received.
enum TestPrinter {
    static let queue = "vetdesk-test"
    static let folder = URL(fileURLWithPath: "/var/tmp/vetdesk-test-printer")

    /// Why the CUPS tests cannot run here, or nil when the scheduler and the queue are there.
    static let unavailable: String? = {
        guard let lpstat = ["/usr/bin/lpstat", "/bin/lpstat"].first(where: FileManager.default.isExecutableFile) else {
            return "CUPS is not installed (run .ci/cups-test-queue as root)"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: lpstat)
        process.arguments = ["-r", "-v", queue]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return "lpstat could not be run" }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if !text.contains("scheduler is running") { return "CUPS is not running (run .ci/cups-test-queue as root)" }
        if !text.contains("device for \(queue)") { return "the CUPS queue \(queue) is missing (run .ci/cups-test-queue as root)" }
        return nil
    }()

    static var isAvailable: Bool { unavailable == nil }

    /// What the printer received for `job` ("vetdesk-test-12"). Polls the scheduler until it
    /// lists the job as completed — the backend has then written and renamed the file.
    static func output(ofJob job: String, attempts: Int = 2_000) throws -> String {
        guard let number = job.split(separator: "-").last else { throw PrinterTestFailure("no job number in '\(job)'") }
        let file = folder.appendingPathComponent("job-\(number)")
        for _ in 0..<attempts where isCompleted(job) {
            guard let data = FileManager.default.contents(atPath: file.path) else {
                throw PrinterTestFailure("job \(job) completed but \(file.path) was not written")
            }
            return String(decoding: data, as: UTF8.self)
        }
        throw PrinterTestFailure("job \(job) did not complete")
    }

    /// Whether the scheduler lists `job` among the queue's completed jobs.
    private static func isCompleted(_ job: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/lpstat")
        process.arguments = ["-W", "completed", "-o", queue]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text.split(whereSeparator: \.isNewline).contains { $0.split(separator: " ").first.map(String.init) == job }
    }
}

struct PrinterTestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
