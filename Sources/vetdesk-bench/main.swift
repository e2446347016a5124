import Foundation
import VetCore
import VetStore

/// Times the front-desk search at scale, one keystroke at a time, and compares it with the
/// same SQL run by the sqlite3 shell. Reports numbers; it is a program, not a test.
do {
    let options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
    let store = try BenchPractice.openOrBuild(options)
    let shell = SQLiteShell(database: options.databasePath)
    let kinds = try BenchQueries.kinds(shell: shell, samples: options.samples)
    var results: [BenchResult] = []
    for kind in kinds {
        results.append(try BenchRunner.measure(kind, store: store, shell: shell))
    }
    print(BenchReport.table(results))
} catch {
    FileHandle.standardError.write(Data("vetdesk-bench: \(error)\n".utf8))
    exit(1)
}
