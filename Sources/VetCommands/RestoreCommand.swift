import ArgumentParser
import VetStore

/// `vetdesk restore BACKUP`: puts a verified backup back in place of the practice file.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Put a backup back in place of the practice database, keeping the current file aside.",
        discussion: """
            The backup is checked first (integrity, that it is a VetDesk practice no newer than this program, \
            an intact audit trail). Every terminal must have closed VetDesk. The current file and its -wal and \
            -shm files are kept beside it as <file>.before-restore-<date-time>.
            """)

    @Argument(help: "The backup file to restore.") var backup: String
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            let result = try AppDatabase.restore(backup: backup, to: database.path, announce: { printError($0) })
            print("Restored \(backup) to \(database.path).")
            if result.keptAside.isEmpty {
                print("There was no practice file there before.")
            } else {
                print("The file it replaced was kept as \(result.keptAside.joined(separator: ", ")).")
            }
            print("Its audit trail ends at entry \(result.auditHead.seq) (\(result.auditHead.hash)).")
        }
    }
}
