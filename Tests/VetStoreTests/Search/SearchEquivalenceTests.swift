import Foundation
import Testing
import VetCore
import VetDeskTestSupport
@testable import VetStore
import VetSQL

/// The front-desk search gives the same answers on both engines: the same demo practice written
/// to a file and to a server database lists the same clients in the same order, with the same
/// totals, for a query of every kind; and on the server no search statement reads a
/// client-sized table from end to end.
@Suite("Search on both engines")
struct SearchEquivalenceTests {
    /// A query of every kind the search answers, typed from the demo practice's own values.
    static func queries(_ store: AppDatabase) throws -> [(kind: String, text: String)] {
        let sample = try store.read { db in
            (postcode: try db.fetchValue(String.self, "SELECT postcode FROM client WHERE id = 1") ?? "",
             email: try db.fetchValue(String.self, "SELECT email FROM client WHERE email IS NOT NULL ORDER BY id LIMIT 1") ?? "",
             pet: try db.fetchValue(String.self, "SELECT name FROM pet ORDER BY id LIMIT 1") ?? "",
             chip: try db.fetchValue(String.self, "SELECT microchip FROM pet WHERE microchip IS NOT NULL ORDER BY id LIMIT 1")
                ?? "")
        }
        return [
            ("surname", "smith"), ("forename and surname", "zoe smi"), ("surname and forename", "smith zoe"),
            ("accented name", "łukasz"), ("accents typed or not", "nguyen"), ("accented forename and surname", "siân jon"),
            ("broad, one letter", "s"), ("broad, two letters", "ma"),
            ("pet name", sample.pet.lowercased()), ("start of a pet name", String(sample.pet.prefix(3))),
            ("whole phone", "07700 900000"), ("phone without spaces", "07700900000"),
            ("international phone", "+44 7700 900000"), ("partial phone", "07700 90"),
            ("postcode", sample.postcode), ("postcode without space", sample.postcode.replacingOccurrences(of: " ", with: "")),
            ("start of a postcode", String(sample.postcode.prefix(sample.postcode.count - 2))),
            ("email", sample.email), ("start of an email", String(sample.email.prefix(6))),
            ("whole microchip", sample.chip), ("microchip prefix", String(sample.chip.prefix(7))),
            ("nothing matching", "qzxv"), ("no phone matching", "01632 999999"),
        ]
    }

    /// A demo practice written afresh on the test server, dropped when `body` ends.
    static func withServerDemo(clients: Int, seed: UInt64, sites: Int = 1, _ body: (AppDatabase) throws -> Void) throws {
        let server = try TestServer.createDatabase()
        defer { TestServer.dropDatabase(server.database) }
        try DemoPractice.create(at: server.description, clients: clients, seed: seed, sites: sites, clock: DemoFixture.clock)
        let store = try AppDatabase(path: server.description, mode: .existing, clock: DemoFixture.clock)
        defer { try? store.close() }
        try body(store)
    }

    /// The demo's rows that say where things happened, by column name (the engines may order a
    /// table's columns differently).
    static func siteRows(_ store: AppDatabase) throws -> [String: [[String: SQLValue]]] {
        try store.read { db in
            var tables: [String: [[String: SQLValue]]] = [:]
            for (table, order) in [("site", "id"), ("staff_site", "staff_id, site_id"), ("consultation", "id"),
                                   ("invoice", "id"), ("ledger_entry", "id"), ("room", "id"), ("staff_absence", "id"),
                                   ("appointment", "id"), ("queue_entry", "id")] {
                tables[table] = try db.fetchAll("SELECT * FROM \(table) ORDER BY \(order)").map { row in
                    Dictionary(uniqueKeysWithValues: zip(row.columns.names, row.values))
                }
            }
            tables["staff_user"] = try db.fetchAll("SELECT id, username, display_name, role FROM staff_user ORDER BY id").map { row in
                Dictionary(uniqueKeysWithValues: zip(row.columns.names, row.values))
            }
            return tables
        }
    }

    @Test("the same demo seed on both engines gives the same sites, staff and site rows, and the same clients in order")
    func sameAnswers() throws {
        _ = try TestServer.address()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vetdesk-equivalence-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("practice.sqlite").path
        try DemoPractice.create(at: path, clients: 300, seed: 11, sites: 3, clock: DemoFixture.clock)
        let file = try AppDatabase(path: path, mode: .existing, clock: DemoFixture.clock)
        try Self.withServerDemo(clients: 300, seed: 11, sites: 3) { server in
            let fileRows = try Self.siteRows(file)
            let serverRows = try Self.siteRows(server)
            for (table, rows) in fileRows {
                #expect(!rows.isEmpty, "\(table)")
                #expect(serverRows[table] == rows, "\(table) differs between the engines")
            }
            #expect(fileRows["site"]?.count == 3)
            let queries = try Self.queries(file)
            #expect(queries.allSatisfy { !$0.text.isEmpty }, "\(queries)")
            for (kind, text) in queries {
                let onFile = try file.searchResults(text, limit: 50)
                let onServer = try server.searchResults(text, limit: 50)
                #expect(onServer.hits.map(\.clientID) == onFile.hits.map(\.clientID), "\(kind) '\(text)'")
                #expect(onServer.hits.map(\.matchedOn) == onFile.hits.map(\.matchedOn), "\(kind) '\(text)'")
                #expect(onServer.total == onFile.total && onServer.totalIsLowerBound == onFile.totalIsLowerBound,
                        "\(kind) '\(text)': \(onServer.shownOfTotal) on the server, \(onFile.shownOfTotal) in the file")
                if kind != "nothing matching" && kind != "no phone matching" {
                    #expect(!onFile.hits.isEmpty, "\(kind) '\(text)' finds no one, so it proves nothing")
                } else {
                    #expect(onFile.hits.isEmpty && onServer.hits.isEmpty, "\(kind) '\(text)'")
                }
            }
        }
    }

    /// The server's client-sized tables: none may be read from end to end by a search.
    static let clientSizedTables = ["client", "pet", "client_phone", "client_search", "client_search_word"]

    /// A few thousand clients fill only some dozens of pages, so the planner may fairly prefer
    /// hashing a whole small table to looking rows up one by one; with sequential scans priced
    /// out, a `Seq Scan` left in the plan means no index can answer that part of the statement,
    /// which is what would read every page at 100,000 clients.
    @Test("on PostgreSQL no search statement reads a client-sized table from end to end")
    func noSequentialScans() throws {
        _ = try TestServer.address()
        try Self.withServerDemo(clients: 3_000, seed: 5) { store in
            try store.engine.withoutTransaction { db in _ = try db.execute("ANALYZE") }
            for (kind, text) in try Self.queries(store) {
                let statements = try store.searchStatements(text)
                #expect(!statements.isEmpty || kind == "nothing matching", "\(kind)")
                for sql in statements {
                    let plan = try store.read { db in
                        try db.execute("SET LOCAL enable_seqscan = off")
                        return try db.fetchValues(String.self, "EXPLAIN " + sql)
                    }
                    let scans = plan.filter { line in
                        Self.clientSizedTables.contains { line.contains("Seq Scan on \($0) ") || line.hasSuffix("Seq Scan on \($0)") }
                    }
                    #expect(scans.isEmpty, "\(kind) '\(text)': \(sql)\n\(plan.joined(separator: "\n"))")
                }
            }
        }
    }
}
