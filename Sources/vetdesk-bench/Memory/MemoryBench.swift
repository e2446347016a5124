import Foundation

/// Resident memory of this process, from /proc/self/status (Linux), in kibibytes.
struct MemoryReading {
    /// Resident now.
    var residentKB: Int
    /// The most that was ever resident (high-water mark).
    var peakKB: Int

    static func current() -> MemoryReading? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        func field(_ name: String) -> Int? {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return nil }
            return line.split(separator: " ").compactMap { Int($0) }.first
        }
        guard let resident = field("VmRSS"), let peak = field("VmHWM") else { return nil }
        return MemoryReading(residentKB: resident, peakKB: peak)
    }

    var residentMB: Double { Double(residentKB) / 1_024 }
    var peakMB: Double { Double(peakKB) / 1_024 }
}

/// The UI's own memory: the benchmark runs itself again as a child that only opens the
/// practice and the UI and types the queries, so the demo generator's memory (and this
/// process's other measurements) are not counted. The child prints one marked line.
enum MemoryBench {
    static let childFlag = "--memory-child"
    private static let marker = "UI-MEMORY-KB"

    /// Run in the child after the typing run: the readings before logging in, before typing and
    /// after the last keystroke, on one marked line.
    static func report(_ readings: [MemoryReading?]) {
        let known = readings.compactMap { $0 }
        guard known.count == readings.count else {
            print("\(marker) unavailable")
            return
        }
        print(([marker] + known.flatMap { ["\($0.residentKB)", "\($0.peakKB)"] }).joined(separator: " "))
    }

    /// Starts the child and reads its figures. Its other output is passed through, indented.
    /// The child's readings: before logging in, before typing, after the last keystroke.
    static func measureInChild(_ options: BenchOptions) throws -> [MemoryReading] {
        let process = Process()
        // This very program, however it was started (`swift run`, a relative path …).
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = options.childArguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        var readings: [MemoryReading] = []
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ")
            let numbers = words.dropFirst().compactMap { Int($0) }
            if words.first.map(String.init) == marker, numbers.count == 6 {
                readings = stride(from: 0, to: 6, by: 2).map { MemoryReading(residentKB: numbers[$0], peakKB: numbers[$0 + 1]) }
            } else {
                print("  child: " + line)
            }
        }
        guard process.terminationStatus == 0, readings.count == 3 else {
            throw BenchFailure.message("the memory child failed (status \(process.terminationStatus))")
        }
        return readings
    }
}
