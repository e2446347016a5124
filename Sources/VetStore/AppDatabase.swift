import Foundation
import GRDB
import VetCore

/// The practice database: one SQLite file in WAL mode shared by every terminal of the practice.
///
/// Its write methods are named after business actions; each runs as one transaction and
/// checks the acting user's role, so the rules hold whichever front end calls them.
public final class AppDatabase: Sendable {
    /// How a caller means to use the file.
    public enum OpenMode: Sendable {
        /// The file must already exist (read commands: `search`, `requests`, `check` …).
        case existing
        /// Create the file and its schema when missing (the terminal UI, `demo`, `user add`).
        case createIfMissing
    }

    public let path: String
    let writer: DatabasePool
    public let clock: any PracticeClock

    /// Opens (and if allowed creates) the database at `path`, refusing anything that would
    /// put its data at risk: a file that is not SQLite, a newer schema, a read-only file.
    public init(path: String, mode: OpenMode, clock: any PracticeClock = SystemClock()) throws {
        self.path = path
        self.clock = clock
        try DatabaseFileCheck.verify(path: path, mode: mode)
        try AppDatabase.refuseUnusable(path: path)
        var config = Configuration()
        config.busyMode = .timeout(5)
        config.foreignKeysEnabled = true
        config.label = "VetDesk"
        do {
            let pool = try DatabasePool(path: path, configuration: config)
            try AppDatabase.migrate(pool, path: path)
            writer = pool
        } catch let error as StoreError {
            throw error
        } catch {
            throw DatabaseFailure.storeError(error, path: path)
        }
    }

    /// Reads the file through a plain connection before the pool opens it (the pool's WAL set-up
    /// writes), so that a non-database or a newer schema is refused with the file left as it was.
    private static func refuseUnusable(path: String) throws {
        do {
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            try queue.read { db in
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")
                if try db.tableExists("grdb_migrations"), try Migrations.migrator.hasBeenSuperseded(db) {
                    throw StoreError.database("\(path) was written by a newer version of VetDesk; "
                        + "install that version to open it (the file was not changed)")
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw DatabaseFailure.storeError(error, path: path)
        }
    }

    private static func migrate(_ pool: DatabasePool, path: String) throws {
        try Migrations.migrator.migrate(pool)
    }

    /// `vetdesk check` without opening the pool: a damaged file is examined, never written.
    public static func inspect(path: String) throws -> IntegrityReport {
        try DatabaseFileCheck.verify(path: path, mode: .existing)
        try refuseUnusable(path: path)
        do {
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            return try queue.read { db in try IntegrityReport.read(db) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw DatabaseFailure.storeError(error, path: path)
        }
    }

    /// The product schema version this program writes.
    public static var schemaVersion: Int { Migrations.schemaVersion }

    /// Runs a read, turning SQLite failures into sentences.
    func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws -> T {
        do { return try writer.read(body) } catch let error as StoreError { throw error } catch {
            throw DatabaseFailure.storeError(error, path: path)
        }
    }

    /// Runs one business action as one transaction after checking the user's permission.
    func perform<T: Sendable>(_ permission: Permission?, as user: StaffSession,
                              _ body: @Sendable (Database) throws -> T) throws -> T {
        if let permission { try user.require(permission) }
        do { return try writer.write(body) } catch let error as StoreError { throw error } catch {
            throw DatabaseFailure.storeError(error, path: path)
        }
    }

    /// Runs a write that belongs to no logged-in user (first-run set-up, demo generation).
    func performUnattended<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws -> T {
        do { return try writer.write(body) } catch let error as StoreError { throw error } catch {
            throw DatabaseFailure.storeError(error, path: path)
        }
    }

    var now: Date { clock.now() }
    var today: LocalDate { clock.today() }
}
