import Foundation

/// Where a practice's data lives, from `--db` or `$VETDESK_DB`: a file path means the embedded
/// SQLite engine; a `postgresql://` URL means a group's PostgreSQL server.
public enum DatabaseAddress: Sendable, Equatable {
    case sqliteFile(path: String)
    case postgresql(PostgresAddress)

    /// Reads an address, refusing a password written into it: passwords come from
    /// `PGPASSWORD` or the password file, never from a command line others can read.
    public init(_ text: String) throws {
        let lowered = text.lowercased()
        if lowered.hasPrefix("postgresql://") || lowered.hasPrefix("postgres://") {
            self = .postgresql(try PostgresAddress(url: text))
        } else if lowered.contains("://") {
            throw SQLFailure(.cannotConnect, "database address: \(text) is neither a file path nor a postgresql:// URL")
        } else {
            self = .sqliteFile(path: text)
        }
    }

    public var isPostgreSQL: Bool {
        if case .postgresql = self { return true }
        return false
    }
}

/// A PostgreSQL server, database and login, as libpq's URL form gives them.
public struct PostgresAddress: Sendable, Equatable, CustomStringConvertible {
    public enum TLSMode: String, Sendable, CaseIterable {
        /// No encryption: only for a server on the same machine.
        case disable
        /// Encrypt when the server offers it, without checking its certificate.
        case prefer
        /// Always encrypt, without checking the certificate (libpq's meaning of `require`).
        case require
        /// Always encrypt and check the certificate against the trusted authorities.
        case verifyCA = "verify-ca"
        /// As verify-ca, and the certificate must name the host.
        case verifyFull = "verify-full"
    }

    public var host: String
    public var port: Int
    public var user: String
    public var database: String
    public var tls: TLSMode
    /// A folder holding the server's socket, when `host` starts with a slash.
    public var isSocketFolder: Bool { host.hasPrefix("/") }

    public init(host: String, port: Int = 5432, user: String, database: String, tls: TLSMode = .prefer) {
        self.host = host
        self.port = port
        self.user = user
        self.database = database
        self.tls = tls
    }

    public init(url text: String) throws {
        guard let components = URLComponents(string: text) else {
            throw Self.refusal(text, "is not a valid URL")
        }
        if components.password != nil {
            throw Self.refusal(text, "holds a password; put it in ~/.pgpass or PGPASSWORD instead")
        }
        var host = components.host ?? ""
        var tls = TLSMode.prefer
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let value = item.value, let mode = TLSMode(rawValue: value) else {
                    throw Self.refusal(text, "has sslmode \(item.value ?? ""); use one of "
                        + TLSMode.allCases.map(\.rawValue).joined(separator: ", "))
                }
                tls = mode
            case "host":
                host = item.value ?? host
            default:
                throw Self.refusal(text, "has an option VetDesk does not use: \(item.name)")
            }
        }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        let environment = ProcessInfo.processInfo.environment
        self.host = host.isEmpty ? "localhost" : host
        self.port = components.port ?? 5432
        self.user = components.user ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        self.database = database.isEmpty ? self.user : database
        self.tls = host.hasPrefix("/") ? .disable : tls
        guard (1...65535).contains(port) else { throw Self.refusal(text, "has port \(port), outside 1–65535") }
    }

    /// The address without any secret, for messages and logs.
    public var description: String {
        "postgresql://\(user)@\(isSocketFolder ? "" : host):\(port)/\(database)"
            + (isSocketFolder ? "?host=\(host)" : tls == .prefer ? "" : "?sslmode=\(tls.rawValue)")
    }

    /// The path of the server's socket file, for a socket-folder host.
    public var socketPath: String { "\(host)/.s.PGSQL.\(port)" }

    private static func refusal(_ text: String, _ rule: String) -> SQLFailure {
        SQLFailure(.cannotConnect, "database address: \(redacted(text)) \(rule)")
    }

    /// The URL with any password replaced, so a refusal never repeats a secret.
    static func redacted(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = "…"
        return components.string ?? "the URL given"
    }
}
