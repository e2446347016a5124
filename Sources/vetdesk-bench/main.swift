import Foundation

/// Times VetDesk at scale: the front-desk search per keystroke (against the sqlite3 shell),
/// keystroke to finished redraw through real ncurses, the UI's resident memory, and the
/// access pack and retention review. Reports numbers; it is a program, not a test.
do {
    let options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
    if options.isMemoryChild {
        try BenchMain.runMemoryChild(options)
    } else {
        try BenchMain.run(options)
    }
} catch {
    FileHandle.standardError.write(Data("vetdesk-bench: \(error)\n".utf8))
    exit(1)
}
