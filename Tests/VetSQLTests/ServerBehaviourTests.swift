import Foundation
import Testing
@testable import VetSQL

/// What only a server shows: writers colliding, and a connection that drops.
@Suite("PostgreSQL server behaviour")
struct ServerBehaviourTests {
    @Test("concurrent writers that collide are run again, so no increment is lost")
    func serializationRetries() throws {
        let (engine, drop) = try TestEngines.freshServerDatabase()
        defer { drop() }
        try engine.write { db in
            try db.executeScript("CREATE TABLE counter (id BIGINT PRIMARY KEY, value BIGINT NOT NULL); INSERT INTO counter VALUES (1, 0)")
        }
        let second = try PostgresEngine(address: engine.address)
        defer { try? second.close() }
        let perWriter = 40
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 2) { writer in
            let target = writer == 0 ? engine : second
            for _ in 0..<perWriter {
                do {
                    try target.write { db in
                        let value = try db.fetchValue(Int64.self, "SELECT value FROM counter WHERE id = 1") ?? 0
                        try db.execute("UPDATE counter SET value = ? WHERE id = 1", [value + 1])
                    }
                } catch { failures.add("\(error)") }
            }
        }
        #expect(failures.all.isEmpty)
        let total = try engine.read { db in try db.fetchValue(Int64.self, "SELECT value FROM counter WHERE id = 1") }
        #expect(total == Int64(2 * perWriter))
    }

    @Test("a connection the server dropped while idle is replaced before the next action")
    func idleDropReconnects() throws {
        let (engine, drop) = try TestEngines.freshServerDatabase()
        defer { drop() }
        let observer = try PostgresEngine(address: engine.address)
        defer { try? observer.close() }
        let first = try #require(try engine.read { db in try db.fetchValue(Int64.self, "SELECT pg_backend_pid()") })
        try Self.terminate(first, using: observer)
        // An idle terminal notices the dropped session long before its next action.
        try Self.waitUntil("the client notices the dropped session") { !engine.hasOpenConnection }
        let second = try engine.read { db in try db.fetchValue(Int64.self, "SELECT pg_backend_pid()") }
        #expect(second != nil && second != first)
    }

    @Test("a connection lost during an action is reported as lost, commits nothing, and the next action reconnects")
    func lostDuringActionIsReported() throws {
        let (engine, drop) = try TestEngines.freshServerDatabase()
        defer { drop() }
        let observer = try PostgresEngine(address: engine.address)
        defer { try? observer.close() }
        try engine.write { db in try db.execute("CREATE TABLE note (words TEXT NOT NULL)") }
        do {
            try engine.write { db in
                try db.execute("INSERT INTO note VALUES ('typed before the cable was pulled')")
                let backend = try db.fetchValue(Int64.self, "SELECT pg_backend_pid()") ?? 0
                try Self.terminate(backend, using: observer)
                try db.execute("INSERT INTO note VALUES ('never reaches the server')")
            }
            Issue.record("the action succeeded on a terminated connection")
        } catch let failure as SQLFailure {
            #expect(failure.kind == .connectionLost)
        }
        let kept = try engine.read { db in try db.fetchValue(Int.self, "SELECT count(*) FROM note") }
        #expect(kept == 0)
    }

    /// Ends a server session and waits until the server says it has gone.
    static func terminate(_ backend: Int64, using observer: PostgresEngine) throws {
        try observer.withoutTransaction { db in
            try db.execute("SELECT pg_terminate_backend(?::integer)", [backend])
            try waitUntil("the server ends session \(backend)") {
                try !db.exists("SELECT 1 FROM pg_stat_activity WHERE pid = ?", [backend])
            }
        }
    }

    /// Polls `condition` until it holds, failing after ten seconds instead of hanging the run.
    static func waitUntil(_ what: String, _ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(10)
        while try !condition() {
            guard Date() < deadline else { throw SQLFailure(.other, "timed out waiting until \(what)") }
            usleep(1_000)
        }
    }

    @Test("a wrong password is a clear refusal naming the server, not a crash")
    func wrongPassword() throws {
        let (engine, drop) = try TestEngines.freshServerDatabase()
        defer { drop() }
        do {
            _ = try PostgresEngine(address: engine.address, password: "not-the-password")
            Issue.record("connected with a wrong password")
        } catch let failure as SQLFailure {
            #expect(failure.kind == .cannotConnect)
            #expect(failure.message.contains(engine.address.host))
        }
    }
}

/// Collects failures from concurrent writers.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func add(_ message: String) { lock.withLock { messages.append(message) } }
    var all: [String] { lock.withLock { messages } }
}
