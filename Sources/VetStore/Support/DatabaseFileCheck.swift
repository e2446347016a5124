import Foundation

/// Checks a database path before SQLite opens it (exists, not a folder, writable), so that a
/// wrong path gets a clear sentence and the file is left exactly as it was.
enum DatabaseFileCheck {
    /// For readers that never write (`check`, `backup`, a backup being restored): the file must
    /// exist and be readable; read-only files and media are fine.
    static func verifyReadable(path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw StoreError.database("no VetDesk database at \(path)")
        }
        if isDirectory.boolValue {
            throw StoreError.database("\(path) is a folder, not a VetDesk database file")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw StoreError.database("cannot read \(path): permission denied")
        }
    }

    static func verify(path: String, mode: AppDatabase.OpenMode) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            if mode != .createIfMissing {
                throw StoreError.database("no VetDesk database at \(path); give another with --db, "
                    + "or create one by running vetdesk (or vetdesk demo)")
            }
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                do {
                    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
                } catch {
                    throw StoreError.database("cannot create the folder \(folder) for the database: \(error.localizedDescription)")
                }
            }
            return
        }
        if isDirectory.boolValue {
            throw StoreError.database("\(path) is a folder, not a VetDesk database file")
        }
        if let permissions = (try? manager.attributesOfItem(atPath: path))?[.posixPermissions] as? Int,
           permissions & 0o222 == 0 || !manager.isWritableFile(atPath: path) {
            throw StoreError.database("\(path) is read-only; VetDesk records who viewed what, so it needs to write to "
                + "the file (make it writable, or copy it) — the file was not changed")
        }
        // The file's contents are checked by SQLite itself (AppDatabase.refuseUnusable), never by
        // opening and closing a descriptor here: closing any descriptor on a database file drops
        // every POSIX lock this process's SQLite connections hold on it, and another terminal could
        // then delete the write-ahead log that those connections still rely on.
        guard manager.isReadableFile(atPath: path) else {
            throw StoreError.database("cannot read \(path): permission denied")
        }
    }
}

/// Turns SQLite's result codes into sentences for the person at the terminal.
enum DatabaseFailure {
    static func storeError(_ error: any Error, path: String) -> StoreError {
        guard let error = error as? DatabaseErrorDescribing else {
            return .database("\(path): \(error.localizedDescription)")
        }
        return .database(error.sentence(path: path))
    }
}

/// Implemented by GRDB's DatabaseError in a separate file, keeping GRDB details out of this check.
protocol DatabaseErrorDescribing {
    func sentence(path: String) -> String
}
