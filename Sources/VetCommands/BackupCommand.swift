import ArgumentParser
import VetStore

/// `vetdesk backup DEST`: an online copy of the database while terminals keep working.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the database to a new file while VetDesk stays in use.",
        discussion: """
            The copy is checked before it gets its name, so a backup that reports success can be \
            restored with vetdesk restore. A damaged database is refused. The backup's last audit entry \
            is printed: vetdesk check --against BACKUP later proves the live audit trail extends it.
            """)

    @Argument(help: "The new backup file (must not exist yet).") var destination: String
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            let progress = ProgressLine()
            let result: BackupResult
            do {
                defer { progress.finish() }
                result = try AppDatabase.backup(path: database.path, to: destination) { stage in progress.update(stage) }
            }
            print("Backed up \(database.path) to \(destination).")
            print("Its audit trail ends at entry \(result.auditHead.seq) (\(result.auditHead.hash)).")
            if let notAudited = result.notAudited { printError("vetdesk: note: \(notAudited)") }
        }
    }
}
