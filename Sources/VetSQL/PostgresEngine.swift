import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO
import Synchronization

/// A group's PostgreSQL server through postgres-nio. The store is synchronous (a terminal waits
/// for each action anyway), so each statement waits for its answer on the caller's thread while
/// one event-loop thread talks to the server. One connection per process: a terminal or a
/// command does one thing at a time, and the server sees each terminal as one session.
public final class PostgresEngine: SQLEngine {
    public let address: PostgresAddress
    public var dialect: SQLDialect { .postgresql }
    /// How many times a write that collided with another writer is run again before giving up.
    static let serializationRetries = 20

    private let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    private let configuration: PostgresConnection.Configuration
    private let connection = Mutex<PostgresConnection?>(nil)
    private let nextConnectionID = Atomic<Int>(1)
    private let logger = Logger(label: "VetDesk.PostgreSQL", factory: { _ in SwiftLogNoOpLogHandler() })

    public init(address: PostgresAddress, password: String?) throws {
        self.address = address
        var configuration = address.isSocketFolder
            ? PostgresConnection.Configuration(unixSocketPath: address.socketPath, username: address.user,
                                               password: password, database: address.database)
            : PostgresConnection.Configuration(host: address.host, port: address.port, username: address.user,
                                               password: password, database: address.database,
                                               tls: try Self.tls(address.tls))
        configuration.options.connectTimeout = .seconds(10)
        self.configuration = configuration
        // Connect now, so a wrong address or password is reported when the practice is opened.
        try connection.withLock { current in current = try connect() }
    }

    /// Opens the address with the password from `PGPASSWORD` or the password file.
    public convenience init(address: PostgresAddress) throws {
        try self.init(address: address, password: try PostgresPassword.lookUp(for: address))
    }

    deinit {
        try? close()
    }

    public func read<T: Sendable>(_ body: @Sendable (any SQLConnection) throws -> T) throws -> T {
        try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }

    @discardableResult
    public func write<T: Sendable>(_ body: @Sendable (any SQLConnection) throws -> T) throws -> T {
        try transaction("BEGIN ISOLATION LEVEL SERIALIZABLE", body)
    }

    @discardableResult
    public func bulkWrite<T: Sendable>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try connection.withLock { current in
            let statements = PostgresStatementConnection(connection: try live(&current), logger: logger)
            try statements.execute("BEGIN", [])
            do {
                let result = try body(statements)
                try statements.execute("COMMIT", [])
                return result
            } catch {
                guard let failure = error as? SQLFailure else {
                    _ = try? statements.execute("ROLLBACK", [])
                    throw error
                }
                if failure.kind == .connectionLost {
                    current = nil
                    throw failure
                }
                _ = try? statements.execute("ROLLBACK", [])
                throw PostgresFailures.withCheckExpression(failure, on: statements)
            }
        }
    }

    @discardableResult
    public func withoutTransaction<T: Sendable>(_ body: @Sendable (any SQLConnection) throws -> T) throws -> T {
        try connection.withLock { current in
            let statements = PostgresStatementConnection(connection: try live(&current), logger: logger)
            do {
                return try body(statements)
            } catch let failure as SQLFailure {
                throw PostgresFailures.withCheckExpression(failure, on: statements)
            }
        }
    }

    /// Whether the connection is open as far as this process knows (the server may have
    /// dropped it since): what the next action will use, or replace.
    var hasOpenConnection: Bool {
        connection.withLock { current in current.map { !$0.isClosed } ?? false }
    }

    public func close() throws {
        let open = connection.withLock { current in
            defer { current = nil }
            return current
        }
        try? open?.close().wait()
        try group.syncShutdownGracefully()
    }

    /// Runs `body` between `begin` and COMMIT, again from the start when the server reports that
    /// it collided with a concurrent transaction (SQLSTATE 40001 or 40P01).
    private func transaction<T: Sendable>(_ begin: String,
                                          _ body: @Sendable (any SQLConnection) throws -> T) throws -> T {
        try connection.withLock { current in
            var attempt = 0
            while true {
                attempt += 1
                let statements = PostgresStatementConnection(connection: try live(&current), logger: logger)
                do {
                    do {
                        try statements.execute(begin, [])
                    } catch let failure as SQLFailure where failure.kind == .connectionLost && attempt == 1 {
                        // The server dropped the session while it sat idle and nothing of this
                        // action has run yet: start it again on a new connection.
                        current = nil
                        continue
                    }
                    let result = try body(statements)
                    try statements.execute("COMMIT", [])
                    return result
                } catch {
                    let failure = error as? SQLFailure
                    if failure?.kind == .connectionLost {
                        current = nil
                        throw error
                    }
                    _ = try? statements.execute("ROLLBACK", [])
                    if failure?.isRetryable == true, attempt < Self.serializationRetries {
                        Self.pauseBeforeRetry(attempt)
                        continue
                    }
                    if let failure { throw PostgresFailures.withCheckExpression(failure, on: statements) }
                    throw error
                }
            }
        }
    }

    /// Writers that collided would collide again if they retried in step: wait a random,
    /// growing moment (at most about 0.2 s) first.
    private static func pauseBeforeRetry(_ attempt: Int) {
        let ceiling = min(200_000, 1_000 << min(attempt, 8))
        usleep(UInt32.random(in: 0...UInt32(ceiling)))
    }

    /// The open connection, reconnecting when the last one was lost.
    private func live(_ current: inout PostgresConnection?) throws -> PostgresConnection {
        if let open = current, !open.isClosed { return open }
        current = nil
        let fresh = try connect()
        current = fresh
        return fresh
    }

    private func connect() throws -> PostgresConnection {
        let id = nextConnectionID.add(1, ordering: .relaxed).oldValue
        do {
            return try PostgresConnection.connect(on: group.next(), configuration: configuration, id: id,
                                                  logger: logger).wait()
        } catch {
            throw SQLFailure(.cannotConnect, "cannot connect to \(address): \(PostgresFailures.sentence(error))")
        }
    }

    private static func tls(_ mode: PostgresAddress.TLSMode) throws -> PostgresConnection.Configuration.TLS {
        var settings = TLSConfiguration.makeClientConfiguration()
        switch mode {
        case .disable: return .disable
        case .prefer, .require: settings.certificateVerification = .none
        case .verifyCA: settings.certificateVerification = .noHostnameVerification
        case .verifyFull: settings.certificateVerification = .fullVerification
        }
        let context = try NIOSSLContext(configuration: settings)
        return mode == .prefer ? .prefer(context) : .require(context)
    }
}
