import ArgumentParser
import VetStore

/// `vetdesk check`: SQLite's integrity check, the schema version and the audit chain.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the database's integrity, schema version and audit chain.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let report = try reportingFailures {
            try AppDatabase.inspect(path: database.path)
        }
        print("database: \(database.path)")
        print("schema version: \(report.schemaVersion) (this VetDesk writes \(AppDatabase.schemaVersion))")
        print("integrity: \(report.integrity.joined(separator: "; "))")
        print("audit chain: \(report.brokenAuditEntry.map { "BROKEN at entry \($0)" } ?? "intact (\(report.auditEntries) entries)")")
        if !report.isHealthy {
            printError("vetdesk: the database failed its check; restore the latest backup")
            throw ExitCode(2)
        }
    }
}
