import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Facts about a practice file on disk that hold before SQLite opens it: its stamp, its side
/// files, owner-only creation, and the read-only address used to examine it without writing.
enum DatabaseFile {
    /// `PRAGMA application_id` of every VetDesk practice ("VETD"): a SQLite file without it, and
    /// without VetDesk's own migrations, belongs to another program and is never touched.
    static let applicationID: Int32 = 0x5645_5444

    /// The files SQLite keeps beside a database: the write-ahead log and its index, or a rollback journal.
    static func sideFiles(of path: String) -> [String] { [path + "-wal", path + "-shm", path + "-journal"] }

    /// The size of the file, or nil when there is none.
    static func size(of path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
    }

    /// Creates an empty file readable and writable by its owner only, whatever the umask, so that
    /// SQLite (which gives its -wal and -shm the database's mode) never makes a readable copy.
    /// Runs before any SQLite connection exists on the path, so no lock can be dropped by closing it.
    static func createOwnerOnly(_ path: String) throws {
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw StoreError.database("cannot create \(path): \(String(cString: strerror(errno)))")
        }
        _ = fchmod(descriptor, 0o600)
        close(descriptor)
    }

    /// Files VetDesk writes about people are owner-only; folders it creates are owner-only too.
    static func makeOwnerOnly(_ path: String) {
        _ = chmod(path, 0o600)
    }

    /// True when the group or others may read the file: `vetdesk check` warns about it.
    static func isReadableByOthers(_ path: String) -> Bool {
        guard let mode = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int else {
            return false
        }
        return mode & 0o044 != 0
    }

    /// A SQLite URI that opens `path` read-only. `immutable` also tells SQLite that nothing can
    /// change the file, which is what lets it read a WAL-mode file on a read-only medium where it
    /// cannot create the shared-memory index; it is used only when an ordinary read-only open fails.
    static func readOnlyAddress(_ path: String, immutable: Bool) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let escaped = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        return "file:\(escaped)?mode=ro" + (immutable ? "&immutable=1" : "")
    }

    /// Writes the file's data to the disk before it is renamed into place.
    static func flushToDisk(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    /// Flushes a folder so that a rename inside it survives a power cut.
    static func flushFolder(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    /// Renames `source` over `destination` in one step (both in the same folder).
    static func replace(_ destination: String, with source: String) throws {
        guard rename(source, destination) == 0 else {
            throw StoreError.database("cannot put \(source) in place as \(destination): \(String(cString: strerror(errno)))")
        }
        flushFolder(of: destination)
    }

    /// Removes a file and its side files, ignoring those that are not there.
    static func removeWithSideFiles(_ path: String) {
        for file in [path] + sideFiles(of: path) { unlink(file) }
    }
}
