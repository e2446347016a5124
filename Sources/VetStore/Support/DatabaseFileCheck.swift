import Foundation

/// Checks a database path before SQLite opens it, so that a wrong file gets a clear sentence
/// and is left exactly as it was (opening a non-database in WAL mode could otherwise touch it).
enum DatabaseFileCheck {
    static func verify(path: String, mode: AppDatabase.OpenMode) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            if mode == .existing {
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
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.database("cannot read \(path): permission denied")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header.isEmpty { return }  // A new empty file becomes a database.
        if header != Data("SQLite format 3\0".utf8) {
            throw StoreError.database("\(path) is not a VetDesk database (it is not an SQLite file); the file was not changed")
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
