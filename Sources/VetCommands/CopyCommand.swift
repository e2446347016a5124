import ArgumentParser
import Foundation
import Synchronization
import VetStore

/// `vetdesk copy SOURCE DEST`: moves a whole practice between databases — a practice file into
/// the group's PostgreSQL server, back out to a file, or file to file.
struct CopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a whole practice into a new file or an empty PostgreSQL database.",
        discussion: """
            The source and the destination are each a practice file or a \
            postgresql://user@host:port/database address (the password comes from PGPASSWORD or ~/.pgpass). \
            Every table is copied with its ids and values unchanged, then checked: each table must hold as \
            many rows in both, and the copy's audit trail must be intact and end at the source's last entry. \
            The destination must be a new file or an empty database; one that holds anything is refused and \
            left unchanged. The copy is written in one transaction (a file under a temporary name, renamed \
            once checked), so an interrupted copy leaves nothing to clear up.

            This is a full copy including every client's personal data and the audit trail: keep the \
            destination as safe as the practice itself. A new file is created readable by its owner only. As \
            with backup, no login is needed: whoever can read the source can copy it. Close VetDesk on every \
            terminal first: what is recorded after the copy starts is not in it.
            """)

    @Argument(help: "The practice to copy: a file or a postgresql:// address.") var source: String
    @Argument(help: "A new file, or the address of an empty PostgreSQL database.") var destination: String

    func run() throws {
        try reportingFailures {
            let progress = SharedProgressLine()
            let result: PracticeCopy.Result
            do {
                defer { progress.finish() }
                result = try PracticeCopy.copy(from: source, to: destination) { step in
                    progress.update(step.rowsTotal.map { "copying \(step.stage): \(step.rowsCopied) of \($0) rows" }
                        ?? "\(step.stage) …")
                }
            }
            print(Self.report(result))
        }
    }

    static func report(_ result: PracticeCopy.Result) -> String {
        var lines = ["Copied \(result.source) to \(result.destination) in \(String(format: "%.1f", result.seconds)) s."]
        lines.append("")
        lines.append("Rows per table:")
        let width = (result.tables.map(\.table.count).max() ?? 0) + 2
        for table in result.tables {
            lines.append("  " + table.table + String(repeating: " ", count: width - table.table.count)
                + "\(table.destination)")
        }
        lines.append("")
        lines.append("Audit trail: \(result.auditEntries) entries, ending at entry \(result.auditHead.seq) "
            + "(\(result.auditHead.hash)).")
        lines.append("Checked: every table holds the same number of rows in both, and the copy's audit trail "
            + "is intact and ends where the source's does.")
        return lines.joined(separator: "\n")
    }
}

/// The progress line behind a lock, so the copy can report from inside its read of the source.
private final class SharedProgressLine: Sendable {
    private let line = Mutex(ProgressLine())

    func update(_ text: String) { line.withLock { $0.update(text) } }
    func finish() { line.withLock { $0.finish() } }
}
