import Foundation
import GRDB

/// What a database path holds, read through a read-only connection before anything opens it
/// for writing, so that another program's file, a newer schema or (for readers) an older one
/// is refused with the file left byte-for-byte as it was.
struct PracticeFileIdentity {
    /// False for a missing or empty file that is about to become a new practice.
    var holdsPractice: Bool
    /// True when migrations (including the VetDesk stamp) still have to run.
    var needsUpgrade: Bool

    /// `allowOlder` lets a reader that never writes (check, backup) examine a file an older VetDesk wrote.
    static func identify(path: String, mode: AppDatabase.OpenMode, allowOlder: Bool = false) throws -> PracticeFileIdentity {
        guard let size = DatabaseFile.size(of: path), size > 0 else {
            guard mode == .createIfMissing else {
                throw StoreError.database("\(path) is empty, not a VetDesk practice; "
                    + "create a practice by running vetdesk (or vetdesk demo) — the file was not changed")
            }
            return PracticeFileIdentity(holdsPractice: false, needsUpgrade: true)
        }
        let state = try read(path: path) { db in try SchemaState.read(db) }
        try state.refuseUnless(usableFor: allowOlder ? .existing : mode, path: path)
        return PracticeFileIdentity(holdsPractice: true, needsUpgrade: !state.isCurrent)
    }

    /// Runs `body` on a read-only connection; on a read-only medium, where SQLite cannot create
    /// the shared-memory index of a WAL file, it retries with the file declared immutable.
    static func read<T>(path: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try readOnce(DatabaseFile.readOnlyAddress(path, immutable: false), body)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CANTOPEN || error.resultCode == .SQLITE_READONLY {
            do {
                return try readOnce(DatabaseFile.readOnlyAddress(path, immutable: true), body)
            } catch let error as StoreError { throw error } catch {
                throw DatabaseFailure.storeError(error, path: path)
            }
        } catch let error as StoreError { throw error } catch {
            throw DatabaseFailure.storeError(error, path: path)
        }
    }

    private static func readOnce<T>(_ address: String, _ body: (Database) throws -> T) throws -> T {
        var config = Configuration()
        config.readonly = true
        config.label = "VetDesk (examining)"
        let queue = try DatabaseQueue(path: address, configuration: config)
        defer { try? queue.close() }
        return try queue.read { db in try body(db) }
    }
}

/// The stamp and migrations a file carries.
struct SchemaState {
    var applicationID: Int32
    var migrations: Set<String>

    /// A VetDesk file: stamped, or (before the stamp existed) carrying VetDesk's first migration.
    var isVetDesk: Bool {
        applicationID == DatabaseFile.applicationID
            || (applicationID == 0 && migrations.contains(Migrations.firstMigration))
    }

    var isNewer: Bool { !migrations.isSubset(of: Set(Migrations.migrator.migrations)) }
    var isCurrent: Bool { migrations == Set(Migrations.migrator.migrations) && applicationID == DatabaseFile.applicationID }

    static func read(_ db: Database) throws -> SchemaState {
        let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let applied = try db.tableExists("grdb_migrations")
            ? Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")) : []
        return SchemaState(applicationID: id, migrations: applied)
    }

    func refuseUnless(usableFor mode: AppDatabase.OpenMode, path: String) throws {
        guard isVetDesk else {
            throw StoreError.database("\(path) is not a VetDesk database (it belongs to another program); "
                + "the file was not changed — check the path given with --db or $VETDESK_DB")
        }
        if isNewer {
            throw StoreError.database("\(path) was written by a newer version of VetDesk; "
                + "install that version to open it (the file was not changed)")
        }
        if mode == .reading, !isCurrent {
            throw StoreError.database("\(path) was written by an older version of VetDesk; open it once with "
                + "vetdesk (the terminal UI) to upgrade it, then try again (the file was not changed)")
        }
    }
}
