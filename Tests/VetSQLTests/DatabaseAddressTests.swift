import Foundation
import Testing
@testable import VetSQL

@Suite("Database addresses and passwords")
struct DatabaseAddressTests {
    @Test("a path is a SQLite file; a postgresql URL names server, database, login and TLS")
    func addresses() throws {
        #expect(try DatabaseAddress("practice.sqlite") == .sqliteFile(path: "practice.sqlite"))
        guard case .postgresql(let server) = try DatabaseAddress(
            "postgresql://vetdesk@db.example.net:6543/group?sslmode=require") else {
            Issue.record("not read as PostgreSQL")
            return
        }
        #expect(server == PostgresAddress(host: "db.example.net", port: 6543, user: "vetdesk", database: "group",
                                          tls: .require))
        guard case .postgresql(let local) = try DatabaseAddress("postgres://me@/practice?host=/run/postgresql") else {
            Issue.record("not read as PostgreSQL")
            return
        }
        #expect(local.socketPath == "/run/postgresql/.s.PGSQL.5432")
    }

    @Test("a password in the address is refused without repeating it")
    func passwordRefused() {
        do {
            _ = try DatabaseAddress("postgresql://vetdesk:hunter2secret@db/group")
            Issue.record("accepted a password on the command line")
        } catch {
            let message = "\(error)"
            #expect(message.contains("~/.pgpass"))
            #expect(!message.contains("hunter2secret"))
        }
    }

    @Test("bad options and other schemes are refused naming the rule")
    func badAddresses() {
        #expect(throws: SQLFailure.self) { try DatabaseAddress("postgresql://u@h/db?sslmode=maybe") }
        #expect(throws: SQLFailure.self) { try DatabaseAddress("mysql://u@h/db") }
        #expect(throws: SQLFailure.self) { try DatabaseAddress("postgresql://u@h/db?application=x") }
    }

    @Test("the password file is matched as libpq matches it, with wildcards and escapes")
    func passwordFile() throws {
        let address = PostgresAddress(host: "db.example.net", port: 5432, user: "vet:desk", database: "group")
        let contents = """
            # comment
            other:5432:group:vet\\:desk:wrong
            db.example.net:*:group:vet\\:desk:pa\\:ss
            *:*:*:*:fallback
            """
        #expect(PostgresPassword.match(in: contents, for: address) == "pa:ss")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("pgpass").path
        try contents.write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        #expect(throws: SQLFailure.self) { try PostgresPassword.lookUp(for: address, environment: ["PGPASSFILE": file]) }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        #expect(try PostgresPassword.lookUp(for: address, environment: ["PGPASSFILE": file]) == "pa:ss")
        #expect(try PostgresPassword.lookUp(for: address, environment: ["PGPASSFILE": file, "PGPASSWORD": "env"]) == "env")
    }
}
