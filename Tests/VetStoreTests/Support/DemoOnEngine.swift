import Foundation
import VetDeskTestSupport
@testable import VetStore
import VetSQL

/// A demo practice (on DemoFixture's fixed day) in its own file or its own database on the test
/// server, removed when the test lets go of it.
final class DemoOnEngine: Sendable {
    let store: AppDatabase
    private let folder: URL?
    private let serverDatabase: String?

    init(clients: Int, seed: UInt64 = 7, sites: Int = 1, engine: SQLDialect) throws {
        switch engine {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vetdesk-demo-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let path = folder.appendingPathComponent("practice.sqlite").path
            try DemoPractice.create(at: path, clients: clients, seed: seed, sites: sites, clock: DemoFixture.clock)
            store = try AppDatabase(path: path, mode: .existing, clock: DemoFixture.clock)
            self.folder = folder
            serverDatabase = nil
        case .postgresql:
            let server = try TestServer.createDatabase()
            do {
                try DemoPractice.create(at: server.description, clients: clients, seed: seed, sites: sites,
                                        clock: DemoFixture.clock)
                store = try AppDatabase(path: server.description, mode: .existing, clock: DemoFixture.clock)
            } catch {
                TestServer.dropDatabase(server.database)
                throw error
            }
            folder = nil
            serverDatabase = server.database
        }
    }

    deinit {
        try? store.close()
        if let folder { try? FileManager.default.removeItem(at: folder) }
        if let serverDatabase { TestServer.dropDatabase(serverDatabase) }
    }

    /// One value read through the engine.
    func value<T: SQLValueConvertible & Sendable>(_ type: T.Type, _ sql: String, _ arguments: SQLArguments = []) throws -> T? {
        try store.read { db in try db.fetchValue(T.self, sql, arguments) }
    }

    /// The search index as rows of text, in a stable order, whichever engine holds it.
    func searchIndex() throws -> [String] {
        try store.read { db in
            switch db.dialect {
            case .sqlite:
                return try db.fetchAll("SELECT rowid, * FROM client_search ORDER BY rowid").map(\.valuesText)
            case .postgresql:
                return try db.fetchAll("SELECT * FROM client_search ORDER BY client_id").map(\.valuesText)
                    + db.fetchAll("SELECT word, client_id FROM client_search_word ORDER BY client_id, word").map(\.valuesText)
            }
        }
    }
}
