import Foundation

/// The password for a PostgreSQL login, found where libpq looks: `PGPASSWORD`, then the password
/// file (`PGPASSFILE`, else `~/.pgpass`), whose lines are `host:port:database:user:password`.
public enum PostgresPassword {
    public static func lookUp(for address: PostgresAddress,
                              environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String? {
        if let password = environment["PGPASSWORD"], !password.isEmpty { return password }
        let path = environment["PGPASSFILE"]
            ?? (environment["HOME"].map { "\($0)/.pgpass" } ?? NSHomeDirectory() + "/.pgpass")
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        try refuseIfShared(path)
        let contents = try String(contentsOfFile: path, encoding: .utf8)
        return match(in: contents, for: address)
    }

    /// The password of the first line matching the address; `*` matches anything.
    static func match(in contents: String, for address: PostgresAddress) -> String? {
        let host = address.isSocketFolder ? "localhost" : address.host
        for line in contents.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = splitFields(String(line))
            guard fields.count == 5 else { continue }
            let wanted = [host, String(address.port), address.database, address.user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// Splits on unescaped colons; `\:` and `\\` stand for themselves.
    static func splitFields(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }

    /// libpq ignores a password file others can read; VetDesk says so instead of failing later.
    static func refuseIfShared(_ path: String) throws {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        if let permissions = attributes[.posixPermissions] as? Int, permissions & 0o077 != 0 {
            throw SQLFailure(.cannotConnect, "the password file \(path) can be read by others; "
                + "make it private with: chmod 600 \(path)")
        }
    }
}
