import ArgumentParser
import VetStore

/// `vetdesk check`: SQLite's integrity check, the schema version and the audit chain.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the database's integrity, schema version and audit chain.",
        discussion: """
            The file is only read, so a damaged or read-only file can be checked. The audit trail is \
            walked entry by entry: a changed entry, a missing number, a cut-off end or a dropped guard is \
            reported. --against BACKUP also proves the live trail extends the backup's exactly, and --head \
            does the same for a head written to the system log (seq:hash).
            """)

    @Option(help: ArgumentHelp("A backup whose audit trail the live one must extend.", valueName: "backup"))
    var against: [String] = []

    @Option(help: ArgumentHelp("A known audit head, as the system log shows it.", valueName: "seq:hash"))
    var head: [String] = []

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        for text in head where AuditHead(text) == nil {
            throw ValidationError("--head '\(text)' is not seq:hash (a number, a colon and 64 hex digits)")
        }
    }

    func run() throws {
        let report = try reportingFailures {
            var anchors = head.compactMap(AuditHead.init).map { AuditAnchor(head: $0, source: "the head \($0.seq) given") }
            for backup in against {
                anchors.append(AuditAnchor(head: try AppDatabase.auditHead(of: backup), source: "the backup \(backup)"))
            }
            return try AppDatabase.inspect(path: database.path, against: anchors)
        }
        print("database: \(database.path)")
        print("schema version: \(report.schemaVersion) (this VetDesk writes \(AppDatabase.schemaVersion))")
        print("integrity: \(report.integrity.joined(separator: "; "))")
        if report.audit.isIntact {
            print("audit chain: intact (\(report.audit.entries) entries, head \(report.audit.head))")
        } else {
            print("audit chain: BROKEN")
            for problem in report.audit.problems { print("  - \(problem)") }
        }
        for backup in against where report.audit.isIntact { print("extends the backup \(backup): yes") }
        for warning in report.warnings { printError("vetdesk: warning: \(warning)") }
        if !report.isHealthy {
            printError("vetdesk: the database failed its check; restore the latest good backup with vetdesk restore BACKUP")
            throw ExitCode(2)
        }
    }
}
