import Foundation
import GRDB

/// What `vetdesk check` reports.
public struct IntegrityReport: Sendable {
    public var integrity: [String]
    public var schemaVersion: Int
    public var brokenAuditEntry: Int64?
    public var auditEntries: Int

    public var isHealthy: Bool { integrity == ["ok"] && brokenAuditEntry == nil }

    static func read(_ db: Database) throws -> IntegrityReport {
        let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        let applied = try Migrations.migrator.appliedIdentifiers(db)
        let known = Set(Migrations.migrator.migrations)
        return IntegrityReport(integrity: integrity, schemaVersion: applied.isSuperset(of: known) ? Migrations.schemaVersion : 0,
                               brokenAuditEntry: try AuditTrail.firstBrokenEntry(db),
                               auditEntries: try AuditEntry.fetchCount(db))
    }
}

extension AppDatabase {
    /// SQLite's full integrity check, the schema version, and a walk of the audit hash chain.
    public func integrityReport() throws -> IntegrityReport {
        try read { db in try IntegrityReport.read(db) }
    }

    /// An online backup to `destination` while other terminals keep working.
    public func backup(to destination: String) throws {
        if FileManager.default.fileExists(atPath: destination) {
            throw StoreError.refused("\(destination) already exists; choose a new file for the backup")
        }
        do {
            let target = try DatabaseQueue(path: destination)
            try writer.backup(to: target)
        } catch {
            throw DatabaseFailure.storeError(error, path: destination)
        }
    }
}

extension AppDatabase {
    /// Folds the write-ahead log into the main file, so that the one file holds everything
    /// (before copying it with ordinary file tools).
    public func checkpoint() throws {
        do {
            _ = try writer.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        } catch {
            throw DatabaseFailure.storeError(error, path: path)
        }
    }
}
