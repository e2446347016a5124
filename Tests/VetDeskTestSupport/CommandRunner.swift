import Foundation

/// Runs the built `vetdesk` executable as a person would, capturing stdout, stderr and the exit status.
public struct CommandRunner {
    public struct Result {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The `vetdesk` binary beside the test bundle in the build folder.
    public static var executable: URL {
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundleFolder, bundleFolder.deletingLastPathComponent(),
                          URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".build/debug")]
        for folder in candidates {
            let url = folder.appendingPathComponent("vetdesk")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return bundleFolder.appendingPathComponent("vetdesk")
    }

    /// `input` is what a script would pipe to standard input (passwords, one per line); none means /dev/null.
    public static func run(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) throws -> Result {
        try run(program: executable, arguments, input: input, environment: environment)
    }

    /// Runs another program (a shell that sets up a umask, say) the same way, with `$VETDESK`
    /// naming the real binary in its environment.
    public static func run(program: URL, _ arguments: [String], input: String? = nil,
                           environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["VETDESK_DB"] = nil
        env["VETDESK"] = executable.path
        env.merge(environment) { _, new in new }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        // Read both pipes to the end before waiting, so a large output cannot block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// A fresh temporary folder for one test.
public func makeTemporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("vetdesk-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
