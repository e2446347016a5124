import Foundation
import GRDB
import Synchronization
import VetCore
import VetSQL

/// The practice database: one SQLite file in WAL mode shared by every terminal of the practice.
///
/// Its write methods are named after business actions; each runs as one transaction and
/// checks the acting user's role, so the rules hold whichever front end calls them.
public final class AppDatabase: Sendable {
    /// How a caller means to use the file.
    public enum OpenMode: Sendable {
        /// An existing practice that the command only reads, recording who viewed what
        /// (`search`, `requests`, `user list`): never migrated or stamped, so an older schema
        /// is refused with how to upgrade it rather than changed behind the reader's back.
        case reading
        /// An existing practice that the command changes; an older schema is upgraded first,
        /// after saying so.
        case existing
        /// As `existing`, and a missing or empty file becomes a new practice: only the
        /// commands that create one use it (the UI's first-run set-up, `demo`, the first manager).
        case createIfMissing
    }

    public let path: String
    /// Where every business action runs: the practice file, or the group's PostgreSQL server.
    let engine: any SQLEngine
    /// For a practice file, its pool of connections (WAL readers beside one writer) for the
    /// terminal UI and commands that change data; one plain connection for `.reading`, since
    /// opening a pool on a file whose write-ahead log is empty writes to the file. What only a
    /// file has (backups, checkpoints, SQLite's own integrity check) uses it; nil on a server.
    let sqliteWriter: (any DatabaseWriter)?
    public let clock: any PracticeClock
    /// Set once this process has written to the file, so closing can announce the audit head.
    let wroteAuditEntries = AuditWriteFlag()

    /// Opens (and if allowed creates) the database at `path`, refusing anything that would put
    /// its data at risk: another program's file, a newer schema, a read-only file.
    /// `announce` hears, before it happens, that an older schema is about to be upgraded.
    /// `path` may also be a `postgresql://` address: the practice group's server.
    public init(path: String, mode: OpenMode, clock: any PracticeClock = SystemClock(),
                announce: (String) -> Void = { _ in }) throws {
        self.clock = clock
        if case .postgresql(let server) = try Self.address(path) {
            self.path = server.description
            sqliteWriter = nil
            do { engine = try PostgresEngine(address: server) } catch {
                throw DatabaseFailure.storeError(error, path: server.description)
            }
            try PostgresSchema.prepare(engine, mode: mode, announce: announce)
            return
        }
        self.path = path
        restrictNewFilesToOwner()
        try DatabaseFileCheck.verify(path: path, mode: mode)
        if !FileManager.default.fileExists(atPath: path) { try DatabaseFile.createOwnerOnly(path) }
        let contents = try PracticeFileIdentity.identify(path: path, mode: mode)
        var config = Configuration()
        config.busyMode = .timeout(5)
        config.foreignKeysEnabled = true
        config.label = "VetDesk"
        // Freed space is zeroed, so what an erasure removes leaves no copy in free pages.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA secure_delete = ON") }
        do {
            let pool: any DatabaseWriter = mode == .reading
                ? try DatabaseQueue(path: path, configuration: config)
                : try DatabasePool(path: path, configuration: config)
            if contents.needsUpgrade {
                if contents.holdsPractice {
                    announce("Upgrading \(path) to this version of VetDesk (schema version \(Migrations.schemaVersion)); "
                        + "older versions will no longer open it.")
                }
                try Migrations.migrator.migrate(pool)
            }
            sqliteWriter = pool
            engine = SQLiteEngine(writer: pool)
        } catch let error as StoreError {
            throw error
        } catch {
            throw DatabaseFailure.storeError(error, path: path)
        }
    }

    /// A file path or a server address; a malformed address (or another scheme) is refused
    /// in words rather than taken for a file name.
    private static func address(_ path: String) throws -> DatabaseAddress {
        do { return try DatabaseAddress(path) } catch { throw StoreError.refused("\(error)") }
    }

    /// Whether the practice lives on a PostgreSQL server rather than in a file.
    public var isOnServer: Bool { sqliteWriter == nil }

    deinit {
        if wroteAuditEntries.isSet { announceAuditHead(reason: "closed") }
    }

    /// The practice file's own connections, for what only a file has; refused on a server.
    var writer: any DatabaseWriter {
        get throws {
            guard let sqliteWriter else {
                throw StoreError.refused("\(path) is a PostgreSQL server: this works on a practice file only")
            }
            return sqliteWriter
        }
    }

    /// Folds the write-ahead log into the file and closes every connection, so the one file holds
    /// everything and can be renamed; the store cannot be used afterwards.
    func close() throws {
        guard let sqliteWriter else {
            try engine.close()
            wroteAuditEntries.clear()
            return
        }
        do {
            _ = try sqliteWriter.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
            try sqliteWriter.close()
            wroteAuditEntries.clear()
        } catch {
            throw DatabaseFailure.storeError(error, path: path)
        }
    }

    /// Folds the write-ahead log into the main file, so that the one file holds everything
    /// (before copying it with ordinary file tools).
    public func checkpoint() throws {
        guard let sqliteWriter else { return }
        do {
            _ = try sqliteWriter.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        } catch {
            throw DatabaseFailure.storeError(error, path: path)
        }
    }

    /// The product schema version this program writes.
    public static var schemaVersion: Int { Migrations.schemaVersion }

    /// Runs a read on the practice file through GRDB (its own checks and tests), turning SQLite
    /// failures into sentences. Business code uses `read`.
    func readFile<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws -> T {
        do { return try writer.read(body) } catch let error as StoreError { throw error } catch {
            throw DatabaseFailure.storeError(error, path: path)
        }
    }

    /// A read on either engine: one consistent snapshot, failures turned into sentences.
    func read<T: Sendable>(_ body: @Sendable (any SQLConnection) throws -> T) throws -> T {
        do { return try engine.read(body) } catch let error as StoreError { throw error } catch {
            throw DatabaseFailure.storeError(error, path: path)
        }
    }

    /// Runs one business action as one transaction after checking the user's permission.
    func perform<T: Sendable>(_ permission: Permission?, as user: StaffSession,
                              _ body: @Sendable (any SQLConnection) throws -> T) throws -> T {
        if let permission { try user.require(permission) }
        return try performUnattended(body)
    }

    /// Runs a write that belongs to no logged-in user (first-run set-up, demo requests, backups
    /// recording themselves).
    func performUnattended<T: Sendable>(_ body: @Sendable (any SQLConnection) throws -> T) throws -> T {
        do {
            let result = try engine.write(body)
            wroteAuditEntries.set()
            return result
        } catch let error as StoreError { throw error } catch {
            throw DatabaseFailure.storeError(error, path: path)
        }
    }

    var now: Date { clock.now() }
    var today: LocalDate { clock.today() }
}

/// Files VetDesk creates (the database, its side files, backups, exports) are owner-only,
/// whatever umask the process was started with.
private func restrictNewFilesToOwner() {
    _ = umask(0o077)
}

/// Remembers, across threads, that this process has added to the audit trail.
final class AuditWriteFlag: Sendable {
    private let value = Atomic(false)
    var isSet: Bool { value.load(ordering: .acquiring) }
    func set() { value.store(true, ordering: .releasing) }
    func clear() { value.store(false, ordering: .releasing) }
}
