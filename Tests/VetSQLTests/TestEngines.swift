import Foundation
import GRDB
import Testing
@testable import VetSQL

/// A fresh, empty database of each engine for one test: a temporary SQLite file, or a new
/// database on the PostgreSQL server named by `VETDESK_TEST_POSTGRES_URL` (which `.ci/run` starts).
enum TestEngines {
    static var serverURL: String? { ProcessInfo.processInfo.environment["VETDESK_TEST_POSTGRES_URL"] }

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
        guard let serverURL else {
            if ProcessInfo.processInfo.environment["CI"] != nil {
                Issue.record("VETDESK_TEST_POSTGRES_URL is not set: .ci/run should have started a PostgreSQL cluster")
            }
            try Test.cancel("needs a PostgreSQL server: set VETDESK_TEST_POSTGRES_URL (.ci/run starts one)")
        }
        guard case .postgresql(let admin) = try DatabaseAddress(serverURL) else {
            throw SQLFailure(.cannotConnect, "VETDESK_TEST_POSTGRES_URL is not a postgresql:// URL")
        }
        let name = "vetdesk_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let adminEngine = try PostgresEngine(address: admin)
        try adminEngine.withoutTransaction { try $0.execute("CREATE DATABASE \(name)") }
        var address = admin
        address.database = name
        let engine = try PostgresEngine(address: address)
        return (engine, {
            try? engine.close()
            _ = try? adminEngine.withoutTransaction { try $0.execute("DROP DATABASE \(name) WITH (FORCE)") }
            try? adminEngine.close()
        })
    }
}
