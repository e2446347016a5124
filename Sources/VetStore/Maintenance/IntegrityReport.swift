import Foundation
import GRDB
import VetSQL

/// What `vetdesk check` reports.
public struct IntegrityReport: Sendable {
    public var integrity: [String]
    /// The schema version the file is at (0 when it carries none VetDesk knows).
    public var schemaVersion: Int
    public var audit: AuditChainReport
    /// Things to put right that do not make the file unhealthy (e.g. readable by other users).
    public var warnings: [String]

    public var isHealthy: Bool { integrity == ["ok"] && audit.isIntact }

    static func read(_ db: Database, anchors: [AuditAnchor]) throws -> IntegrityReport {
        let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        let state = try SchemaState.read(db)
        let version = state.isCurrent ? Migrations.schemaVersion
            : state.migrations.contains(Migrations.firstMigration) ? 1 : 0
        return IntegrityReport(integrity: integrity, schemaVersion: version,
                               audit: try AuditChainReport.read(SQLiteConnection(db), anchors: anchors), warnings: [])
    }

    /// On a server, which keeps its own pages whole, the schema (checked when it was opened)
    /// and the audit chain.
    static func read(_ db: any SQLConnection, anchors: [AuditAnchor]) throws -> IntegrityReport {
        IntegrityReport(integrity: ["ok"], schemaVersion: Migrations.schemaVersion,
                        audit: try AuditChainReport.read(db, anchors: anchors), warnings: [])
    }
}

extension AppDatabase {
    /// The same check on the open practice (the manager's audit viewer, tests).
    public func integrityReport() throws -> IntegrityReport {
        if sqliteWriter != nil { return try readFile { db in try IntegrityReport.read(db, anchors: []) } }
        return try read { db in try IntegrityReport.read(db, anchors: []) }
    }

    /// `vetdesk check`: SQLite's full integrity check, the schema version and the audit chain,
    /// compared with any anchors. The file is opened read-only, so a damaged file, a read-only
    /// file or medium and a full disk can all be checked, and nothing is ever written.
    public static func inspect(path: String, against anchors: [AuditAnchor] = []) throws -> IntegrityReport {
        if let server = ServerMaintenance.server(path) { return try inspectServer(server, against: anchors) }
        try DatabaseFileCheck.verifyReadable(path: path)
        _ = try PracticeFileIdentity.identify(path: path, mode: .reading, allowOlder: true)
        var report = try PracticeFileIdentity.read(path: path) { db in try IntegrityReport.read(db, anchors: anchors) }
        if DatabaseFile.isReadableByOthers(path) {
            report.warnings.append("\(path) can be read by other users of this computer; "
                + "make it owner-only with: chmod 600 \(path)")
        }
        return report
    }

    /// The last audit entry of a backup (or any practice file), for `vetdesk check --against`.
    public static func auditHead(of path: String) throws -> AuditHead {
        if let server = ServerMaintenance.server(path) {
            let store = try AppDatabase(path: server.description, mode: .reading)
            defer { try? store.close() }
            return try store.read { db in try AuditTrail.head(db) }
        }
        try DatabaseFileCheck.verifyReadable(path: path)
        _ = try PracticeFileIdentity.identify(path: path, mode: .reading, allowOlder: true)
        return try PracticeFileIdentity.read(path: path) { db in try AuditTrail.head(SQLiteConnection(db)) }
    }
}
