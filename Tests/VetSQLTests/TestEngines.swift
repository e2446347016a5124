import Foundation
import GRDB
import Testing
import VetDeskTestSupport
@testable import VetSQL

/// A fresh, empty database of each engine for one test: a temporary SQLite file, or a new
/// database on the PostgreSQL server named by `VETDESK_TEST_POSTGRES_URL` (which `.ci/run` starts).
enum TestEngines {
    /// Runs `body` on a new database of `dialect`, removed afterwards. Without a server, a
    /// PostgreSQL case is cancelled with the reason (and fails under CI, which always has one).
    static func with(_ dialect: SQLDialect, _ body: (any SQLEngine) throws -> Void) throws {
        switch dialect {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vetsql-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            let pool = try DatabasePool(path: folder.appendingPathComponent("test.sqlite").path,
                                        configuration: configuration)
            let engine = SQLiteEngine(writer: pool)
            try body(engine)
            try engine.close()
        case .postgresql:
            let (engine, drop) = try freshServerDatabase()
            defer { drop() }
            try body(engine)
        }
    }

    /// A new database on the test server, and how to drop it.
    static func freshServerDatabase() throws -> (PostgresEngine, () -> Void) {
        let address = try TestServer.createDatabase()
        let engine = try PostgresEngine(address: address)
        return (engine, {
            try? engine.close()
            TestServer.dropDatabase(address.database)
        })
    }
}
