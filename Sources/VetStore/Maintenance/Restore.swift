import Foundation
import VetCore
import VetSQL
#if canImport(Glibc)
import Glibc
#endif

/// What `vetdesk restore` did.
public struct RestoreResult: Sendable {
    /// Where the file that was replaced (and its -wal and -shm) now are; empty when there was none.
    public var keptAside: [String]
    public var auditHead: AuditHead
}

extension AppDatabase {
    /// `vetdesk restore`: puts a verified backup in place of the practice file. The backup must
    /// pass SQLite's integrity check, be a VetDesk file no newer than this program, and carry an
    /// intact audit trail. No terminal may have the practice open. The current file and its
    /// -wal and -shm are kept aside under a dated name, so no stale write-ahead log can ever be
    /// replayed into the restored file.
    public static func restore(backup: String, to path: String, clock: any PracticeClock = SystemClock(),
                               announce: (String) -> Void = { _ in }) throws -> RestoreResult {
        if let server = ServerMaintenance.server(path) { throw ServerMaintenance.refuseRestore(to: server) }
        try verifyBackup(backup)
        if PracticeFileLocks.isOpenElsewhere(path) {
            throw StoreError.refused("VetDesk is open on \(path) in another terminal or program; "
                + "close it everywhere, then run vetdesk restore again (nothing was changed)")
        }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            throw StoreError.database("the folder \(folder) does not exist")
        }
        let partial = path + ".restoring"
        DatabaseFile.removeWithSideFiles(partial)
        let head: AuditHead
        do {
            head = try copyVerified(from: backup, to: partial)
        } catch {
            DatabaseFile.removeWithSideFiles(partial)
            if let error = error as? StoreError { throw error }
            throw DatabaseFailure.storeError(error, path: partial)
        }
        let keptAside = try setAside(path, stamp: clock.now())
        try DatabaseFile.replace(path, with: partial)
        let store = try AppDatabase(path: path, mode: .existing, clock: clock, announce: announce)
        try store.performUnattended { db in
            try AuditTrail.record(db, at: clock.now(), userID: nil, action: "restore", recordType: "practice",
                                  recordID: nil, clientID: nil,
                                  detail: "from \(backup); the file replaced was kept as \(keptAside.first ?? "nothing")")
        }
        return RestoreResult(keptAside: keptAside, auditHead: head)
    }

    /// Refuses a backup that is damaged, not VetDesk's, newer than this program, or whose audit trail is broken.
    private static func verifyBackup(_ backup: String) throws {
        try DatabaseFileCheck.verifyReadable(path: backup)
        _ = try PracticeFileIdentity.identify(path: backup, mode: .reading, allowOlder: true)
        let report = try PracticeFileIdentity.read(path: backup) { db in try IntegrityReport.read(db, anchors: []) }
        guard report.integrity == ["ok"] else {
            throw StoreError.database("the backup \(backup) is damaged (\(report.integrity.prefix(3).joined(separator: "; "))); "
                + "choose another backup — nothing was changed")
        }
        guard report.audit.isIntact else {
            throw StoreError.database("the backup \(backup) has a broken audit trail (\(report.audit.problems.joined(separator: "; "))); "
                + "choose another backup — nothing was changed")
        }
    }

    /// Moves the practice file and its side files to `<name>.before-restore-<date-time>[-wal|-shm]`.
    private static func setAside(_ path: String, stamp: Date) throws -> [String] {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd'T'HHmmss"
        let aside = "\(path).before-restore-\(formatter.string(from: stamp))"
        var moved: [String] = []
        for (from, to) in zip([path] + DatabaseFile.sideFiles(of: path), [aside] + DatabaseFile.sideFiles(of: aside))
        where FileManager.default.fileExists(atPath: from) {
            guard rename(from, to) == 0 else {
                throw StoreError.database("cannot keep \(from) aside as \(to): \(String(cString: strerror(errno))); "
                    + "nothing else was changed")
            }
            moved.append(to)
        }
        DatabaseFile.flushFolder(of: path)
        return moved
    }
}

/// Whether another process has a practice file open, read from SQLite's own locks: every
/// connection to a WAL-mode file holds a shared lock on one byte of its -shm file for as long as
/// it is open. Only asked by a process that has no connection of its own to that file, since
/// closing a descriptor drops every lock this process holds on the file.
enum PracticeFileLocks {
    /// The byte of the -shm file that SQLite's unix VFS locks while a connection is open (its "DMS" slot).
    private static let connectionSlot: off_t = 128

    static func isOpenElsewhere(_ path: String) -> Bool {
        let descriptor = open(path + "-shm", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var probe = flock()
        probe.l_type = Int16(F_WRLCK)
        probe.l_whence = Int16(SEEK_SET)
        probe.l_start = connectionSlot
        probe.l_len = 1
        guard fcntl(descriptor, F_GETLK, &probe) == 0 else { return false }
        return probe.l_type != Int16(F_UNLCK)
    }
}
