import ArgumentParser
import VetStore

/// `vetdesk backup DEST`: an online copy of the database while terminals keep working.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the database to a new file while VetDesk stays in use.")

    @Argument(help: "The new backup file (must not exist yet).") var destination: String
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            try AppDatabase(path: database.path, mode: .existing).backup(to: destination)
            print("Backed up \(database.path) to \(destination).")
        }
    }
}
