import Foundation
import Testing
import VetCore
import VetDeskTestSupport
import VetSQL
@testable import VetStore

/// `vetdesk copy` between the engines and between files: every table's rows arrive exactly,
/// the audit chain is intact and ends where the source's does, the copied practice goes on
/// working (new ids after the copied ones, search finding copied clients), and a destination
/// that holds anything is refused with nothing changed.
@Suite("Copying a whole practice")
struct PracticeCopyTests {
    static let clients = 40

    @Test("a practice file copied into an empty PostgreSQL database keeps every row and works there")
    func fileToServer() throws {
        let server = try TestServer.createDatabase()
        defer { TestServer.dropDatabase(server.database) }
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try Self.demoFile(in: folder)

        let result = try PracticeCopy.copy(from: source, to: server.description, clock: DemoFixture.clock)

        try Self.expectSameRows(source, server.description, result: result)
        try Self.expectWorks(server.description, copiedFrom: source)
    }

    @Test("a practice on PostgreSQL copied out to a new file keeps every row and works there")
    func serverToFile() throws {
        let server = try TestServer.createDatabase()
        defer { TestServer.dropDatabase(server.database) }
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try DemoPractice.create(at: server.description, clients: Self.clients, seed: 5, clock: DemoFixture.clock)
        let destination = folder.appendingPathComponent("moved-out.sqlite").path

        let result = try PracticeCopy.copy(from: server.description, to: destination, clock: DemoFixture.clock)

        try Self.expectSameRows(server.description, destination, result: result)
        #expect(!FileManager.default.fileExists(atPath: destination + ".partial"))
        try Self.expectWorks(destination, copiedFrom: server.description)
    }

    @Test("a practice file copied to a new file keeps every row, and the new file is its owner's only")
    func fileToFile() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try Self.demoFile(in: folder)
        let destination = folder.appendingPathComponent("copy.sqlite").path

        let result = try PracticeCopy.copy(from: source, to: destination, clock: DemoFixture.clock)

        try Self.expectSameRows(source, destination, result: result)
        let permissions = try FileManager.default.attributesOfItem(atPath: destination)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        try Self.expectWorks(destination, copiedFrom: source)
    }

    @Test("a server database that already holds a practice is refused and left exactly as it was")
    func nonEmptyServerRefused() throws {
        let server = try TestServer.createDatabase()
        defer { TestServer.dropDatabase(server.database) }
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try DemoPractice.create(at: server.description, clients: 5, seed: 9, clock: DemoFixture.clock)
        let before = try Self.rows(server.description)
        let source = try Self.demoFile(in: folder)

        #expect(throws: StoreError.refused("\(server.description) already holds a practice; vetdesk copy only fills "
            + "a new file or an empty database — nothing was changed")) {
            try PracticeCopy.copy(from: source, to: server.description, clock: DemoFixture.clock)
        }
        #expect(try Self.rows(server.description) == before)
    }

    @Test("an existing file is refused and left exactly as it was; a source that is no practice copies nothing")
    func nonEmptyFileRefused() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try Self.demoFile(in: folder)
        let other = folder.appendingPathComponent("other.sqlite").path
        try DemoPractice.create(at: other, clients: 3, seed: 2, clock: DemoFixture.clock)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: other))

        #expect(throws: StoreError.refused("\(other) already exists and is not empty; vetdesk copy writes a new file, "
            + "so give another name — nothing was changed")) {
            try PracticeCopy.copy(from: source, to: other, clock: DemoFixture.clock)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == bytes)

        let missing = folder.appendingPathComponent("missing.sqlite").path
        let destination = folder.appendingPathComponent("never.sqlite").path
        #expect(throws: StoreError.self) {
            try PracticeCopy.copy(from: missing, to: destination, clock: DemoFixture.clock)
        }
        #expect(!FileManager.default.fileExists(atPath: destination))
        #expect(!FileManager.default.fileExists(atPath: destination + ".partial"))
    }

    @Test("a copy that fails part-way leaves the destination empty, and a later copy goes through")
    func failedCopyLeavesNothing() throws {
        let server = try TestServer.createDatabase()
        defer { TestServer.dropDatabase(server.database) }
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = try Self.demoFile(in: folder)
        let bad = folder.appendingPathComponent("bad.sqlite").path
        try FileManager.default.copyItem(atPath: good, toPath: bad)
        // A pet whose owner is missing: the load fails at the pets, after the clients were
        // written in the same transaction.
        let broken = try AppDatabase(path: bad, mode: .existing, clock: DemoFixture.clock)
        try broken.writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "UPDATE pet SET client_id = 999999 WHERE id = 1")
        }
        try broken.close()

        #expect(throws: StoreError.self) {
            try PracticeCopy.copy(from: bad, to: server.description, clock: DemoFixture.clock)
        }
        let store = try AppDatabase(path: server.description, mode: .reading, clock: DemoFixture.clock)
        let left = try store.read { db in
            try PracticeTables.all.filter { $0.seeding == .none }.map { table in
                try db.fetchValue(Int.self, "SELECT COUNT(*) FROM \(table.quotedName)") ?? 0
            }.reduce(0, +)
        }
        try store.close()
        #expect(left == 0)

        let file = folder.appendingPathComponent("never.sqlite").path
        #expect(throws: StoreError.self) {
            try PracticeCopy.copy(from: bad, to: file, clock: DemoFixture.clock)
        }
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect(!FileManager.default.fileExists(atPath: file + ".partial"))

        let result = try PracticeCopy.copy(from: good, to: server.description, clock: DemoFixture.clock)
        try Self.expectSameRows(good, server.description, result: result)
    }

    @Test("the list of tables copied is exactly the schema's, on both engines")
    func tableListMatchesBothCatalogues() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try AppDatabase(path: folder.appendingPathComponent("new.sqlite").path, mode: .createIfMissing)
        let known = Set(PracticeTables.all.map(\.name))
        #expect(try file.read { db in try PracticeTables.catalogue(db) } == known)
        let server = try TestServer.createDatabase()
        defer { TestServer.dropDatabase(server.database) }
        let onServer = try AppDatabase(path: server.description, mode: .createIfMissing)
        defer { try? onServer.close() }
        #expect(try onServer.read { db in try PracticeTables.catalogue(db) } == known)
    }

    // MARK: - Helpers

    /// A demo practice in a new file of `folder`.
    static func demoFile(in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("practice.sqlite").path
        try DemoPractice.create(at: path, clients: clients, seed: 3, clock: DemoFixture.clock)
        return path
    }

    /// Every row of every copied table in key order, each row by column name (the engines may
    /// order a table's columns differently).
    static func rows(_ location: String) throws -> [String: [[String: SQLValue]]] {
        let store = try AppDatabase(path: location, mode: .reading, clock: DemoFixture.clock)
        defer { try? store.close() }
        return try store.read { db in
            var tables: [String: [[String: SQLValue]]] = [:]
            for table in PracticeTables.all {
                let order = table.key.map(PracticeTable.quoted).joined(separator: ", ")
                tables[table.name] = try db.fetchAll("SELECT * FROM \(table.quotedName) ORDER BY \(order)").map { row in
                    Dictionary(uniqueKeysWithValues: zip(row.columns.names, row.values))
                }
            }
            return tables
        }
    }

    static func auditChain(_ location: String) throws -> AuditChainReport {
        let store = try AppDatabase(path: location, mode: .reading, clock: DemoFixture.clock)
        defer { try? store.close() }
        return try store.read { db in try AuditChainReport.read(db) }
    }

    static func expectSameRows(_ source: String, _ destination: String, result: PracticeCopy.Result) throws {
        let from = try rows(source)
        let into = try rows(destination)
        for table in PracticeTables.all {
            #expect(from[table.name] == into[table.name], "\(table.name) differs")
        }
        #expect(from["client"]?.count == clients)
        for busy in ["pet", "consultation", "invoice", "allocation", "claim", "consent_event", "audit_entry"] {
            #expect(from[busy]?.isEmpty == false, "the demo has no \(busy) rows to copy")
        }
        #expect(result.tables.map(\.table) == PracticeTables.all.map(\.name))
        #expect(result.tables.allSatisfy { $0.matches && $0.source == from[$0.table]?.count })
        let sourceChain = try auditChain(source)
        let copiedChain = try auditChain(destination)
        #expect(copiedChain.isIntact, "\(copiedChain.problems)")
        #expect(copiedChain.head == sourceChain.head)
        #expect(result.auditHead == sourceChain.head)
        #expect(result.auditEntries == sourceChain.entries)
    }

    /// The copy is a working practice: a new client is numbered after every copied one, and
    /// search finds both a copied client and the new one.
    static func expectWorks(_ destination: String, copiedFrom source: String) throws {
        let copied = try rows(source)["client"] ?? []
        let highest = copied.compactMap { Int64.fromSQL($0["id"] ?? .null) }.max() ?? 0
        let firstClient = try #require(copied.first)
        let store = try AppDatabase(path: destination, mode: .existing, clock: DemoFixture.clock)
        defer { try? store.close() }
        let receptionist = try store.authenticate(username: "reception", password: "reception123")
        let added = try store.registerClient(ClientForms.jersey(lastName: "Quennevais").validated(), as: receptionist)
        let addedID = try #require(added.id)
        #expect(addedID == highest + 1)
        let lastName = try #require(String.fromSQL(firstClient["last_name"] ?? .null))
        let firstID = try #require(Int64.fromSQL(firstClient["id"] ?? .null))
        #expect(try store.search(lastName, limit: 100).contains { $0.clientID == firstID })
        #expect(try store.search("Quennevais").map(\.clientID) == [addedID])
        let chain = try store.read { db in try AuditChainReport.read(db) }
        #expect(chain.isIntact, "\(chain.problems)")
    }
}
