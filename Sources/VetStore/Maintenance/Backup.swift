import Foundation
import GRDB
import VetSQL
import VetCore

/// What a finished backup holds.
public struct BackupResult: Sendable {
    public var destination: String
    /// The backup's last audit entry: `vetdesk check --against` proves the live trail extends it.
    public var auditHead: AuditHead
    /// Why the backup could not be written into the practice's audit trail, when it could not.
    public var notAudited: String?
}

extension AppDatabase {
    /// `vetdesk backup`: a consistent copy taken while terminals keep working. A damaged practice
    /// is refused; the copy is written under a temporary name, checked, and only then given its
    /// name, so a failure (a full disk, say) leaves nothing behind and a retry works.
    /// `progress` hears each stage as it starts ("checking …", "copying …", "checking the copy …").
    public static func backup(path: String, to destination: String, clock: any PracticeClock = SystemClock(),
                              progress: (String) -> Void = { _ in }) throws -> BackupResult {
        if let server = ServerMaintenance.server(path) { throw ServerMaintenance.refuseBackup(of: server) }
        let manager = FileManager.default
        if manager.fileExists(atPath: destination) {
            throw StoreError.refused("\(destination) already exists; choose a new file for the backup")
        }
        progress("checking \(path) …")
        try DatabaseFileCheck.verifyReadable(path: path)
        _ = try PracticeFileIdentity.identify(path: path, mode: .reading, allowOlder: true)
        let damage = try PracticeFileIdentity.read(path: path) { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
        guard damage == ["ok"] else {
            throw StoreError.database("\(path) is damaged (\(damage.prefix(3).joined(separator: "; "))); "
                + "no backup was written — run vetdesk check, and restore the latest good backup with vetdesk restore")
        }
        let partial = destination + ".partial"
        DatabaseFile.removeWithSideFiles(partial)
        do {
            progress("copying to \(destination) and checking the copy …")
            let head = try copyVerified(from: path, to: partial)
            try DatabaseFile.replace(destination, with: partial)
            let notAudited = recordBackup(of: path, to: destination, head: head, clock: clock)
            return BackupResult(destination: destination, auditHead: head, notAudited: notAudited)
        } catch {
            DatabaseFile.removeWithSideFiles(partial)
            if let error = error as? StoreError { throw error }
            throw DatabaseFailure.storeError(error, path: destination)
        }
    }

    /// Copies `source` page by page into a new owner-only file at `copy`, as one self-contained
    /// file (no write-ahead log), and checks the copy before anything relies on it.
    static func copyVerified(from source: String, to copy: String) throws -> AuditHead {
        try DatabaseFile.createOwnerOnly(copy)
        let target = try DatabaseQueue(path: copy)
        do {
            try PracticeFileIdentity.read(path: source) { db in
                try target.writeWithoutTransaction { copyDB in try db.backup(to: copyDB) }
            }
            try target.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            let (integrity, chain) = try target.read { db in
                (try String.fetchAll(db, sql: "PRAGMA integrity_check"), try AuditChainReport.read(SQLiteConnection(db)))
            }
            try target.close()
            guard integrity == ["ok"] else {
                throw StoreError.database("the copy at \(copy) failed its integrity check "
                    + "(\(integrity.prefix(3).joined(separator: "; "))); it was removed")
            }
            DatabaseFile.flushToDisk(copy)
            return chain.head
        } catch {
            try? target.close()
            throw error
        }
    }

    /// Writes the backup into the practice's audit trail; on a read-only file or medium, or a
    /// file an older VetDesk wrote, says why it could not instead of failing the backup.
    private static func recordBackup(of path: String, to destination: String, head: AuditHead,
                                     clock: any PracticeClock) -> String? {
        do {
            let store = try AppDatabase(path: path, mode: .reading, clock: clock)
            try store.performUnattended { db in
                try AuditTrail.record(db, at: clock.now(), userID: nil, action: "backup", recordType: "practice",
                                      recordID: nil, clientID: nil,
                                      detail: "to \(destination); its audit trail ends at \(head)")
                try ExportLog.record(db, kind: .backup, location: destination, at: clock.now(), by: nil, clientIDs: nil)
            }
            return nil
        } catch {
            return "the backup is not recorded in the audit trail: \(error.localizedDescription)"
        }
    }
}
