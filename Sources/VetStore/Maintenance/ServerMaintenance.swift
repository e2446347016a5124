import VetSQL

/// What a practice on a PostgreSQL server hands to the server's own tools: its backups and
/// restores are the server's (`pg_dump`, `pg_restore`, point-in-time recovery), run by whoever
/// looks after the server, so VetDesk says so rather than copying files it cannot see.
enum ServerMaintenance {
    /// The server's address when `path` is one.
    static func server(_ path: String) -> PostgresAddress? {
        if case .postgresql(let server)? = try? DatabaseAddress(path) { return server }
        return nil
    }

    static func refuseBackup(of server: PostgresAddress) -> StoreError {
        .refused("\(server) is a PostgreSQL server: back it up with the server's tools, e.g. "
            + "pg_dump --format=custom --file=practice.dump '\(server)' (see docs/practice-group.md); "
            + "vetdesk copy can also write the whole practice to a new practice file — nothing was changed")
    }

    static func refuseRestore(to server: PostgresAddress) -> StoreError {
        .refused("\(server) is a PostgreSQL server: restore it with the server's tools (pg_restore into an empty "
            + "database, see docs/practice-group.md), or move a practice file in with vetdesk copy — nothing was changed")
    }
}

extension AppDatabase {
    /// `vetdesk check` on a server: the schema (checked on opening) and the audit chain; the
    /// server keeps its own pages whole.
    static func inspectServer(_ server: PostgresAddress, against anchors: [AuditAnchor]) throws -> IntegrityReport {
        let store = try AppDatabase(path: server.description, mode: .reading)
        defer { try? store.close() }
        return try store.read { db in try IntegrityReport.read(db, anchors: anchors) }
    }
}
