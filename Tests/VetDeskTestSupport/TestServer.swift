import Foundation
import Testing
import VetSQL

/// The PostgreSQL server the tests run against, named by `VETDESK_TEST_POSTGRES_URL` (which
/// `.ci/run` starts): each test gets databases of its own, dropped afterwards.
public enum TestServer {
    public static var url: String? { ProcessInfo.processInfo.environment["VETDESK_TEST_POSTGRES_URL"] }

    /// The server's address, or the test is cancelled saying why (and fails under CI, which
    /// always has a server).
    public static func address() throws -> PostgresAddress {
        guard let url else {
            if ProcessInfo.processInfo.environment["CI"] != nil {
                Issue.record("VETDESK_TEST_POSTGRES_URL is not set: .ci/run should have started a PostgreSQL cluster")
            }
            try Test.cancel("needs a PostgreSQL server: set VETDESK_TEST_POSTGRES_URL (.ci/run starts one)")
        }
        guard case .postgresql(let admin) = try DatabaseAddress(url) else {
            throw SQLFailure(.cannotConnect, "VETDESK_TEST_POSTGRES_URL is not a postgresql:// URL")
        }
        return admin
    }

    /// Creates a new, empty database (or a copy of `template`) and returns its address.
    public static func createDatabase(prefix: String = "vetdesk_test", template: String? = nil) throws -> PostgresAddress {
        var address = try address()
        let name = prefix + "_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let admin = try PostgresEngine(address: address)
        defer { try? admin.close() }
        let copy = template.map { " TEMPLATE \($0)" } ?? ""
        // Copying a template is refused while any session is still connected to it (the session
        // that built it may not have closed yet, or the server counts a copy under way): try again.
        var attempt = 0
        while true {
            do {
                try admin.withoutTransaction { try $0.execute("CREATE DATABASE \(name)\(copy)") }
                break
            } catch where "\(error)".contains("is being accessed by other users") && attempt < 50 {
                attempt += 1
                usleep(100_000)
            }
        }
        address.database = name
        return address
    }

    /// Drops a database made by `createDatabase`, whoever is still connected to it.
    public static func dropDatabase(_ name: String) {
        guard let admin = try? PostgresEngine(address: address()) else { return }
        _ = try? admin.withoutTransaction { try $0.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
        try? admin.close()
    }
}
