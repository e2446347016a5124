import ArgumentParser
import Foundation
import VetStore

/// `--db PATH`, shared by every subcommand, with the default path rules of the product.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The practice database file.",
        discussion: "Default: $VETDESK_DB, else $XDG_DATA_HOME/vetdesk/practice.sqlite, else ~/.local/share/vetdesk/practice.sqlite."))
    var db: String?

    /// The path in force: `--db`, then the environment, then the XDG default.
    var path: String { db ?? DatabaseOptions.defaultPath(environment: ProcessInfo.processInfo.environment) }

    static func defaultPath(environment: [String: String]) -> String {
        if let explicit = environment["VETDESK_DB"], !explicit.isEmpty { return explicit }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return "\(data)/vetdesk/practice.sqlite" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return "\(home)/.local/share/vetdesk/practice.sqlite"
    }

    /// Opens the practice at `path` for a command; an upgrade of an older file is announced on stderr first.
    func open(_ mode: AppDatabase.OpenMode) throws -> AppDatabase {
        try AppDatabase(path: path, mode: mode, announce: { printError("vetdesk: \($0)") })
    }
}
