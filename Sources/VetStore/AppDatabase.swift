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

    /// Refuses a database written by a newer VetDesk before touching it, then applies our migrations.
    private static func migrate(_ pool: DatabasePool, path: String) throws {
        let migrator = Migrations.migrator
        let superseded = try pool.read { db in try migrator.hasBeenSuperseded(db) }
        if superseded {
            throw StoreError.database("\(path) was written by a newer version of VetDesk; "
                + "install that version to open it (the file was not changed)")
        }
        try migrator.migrate(pool)
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
