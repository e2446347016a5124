import Foundation
import VetSQL

/// Moves on whenever anything is committed to the practice file, here or at another terminal.
///
/// It is the first, nearly free gate of a screen's periodic re-read: while it stands still
/// nothing was written anywhere, so no table needs to be read at all.
public struct StoreChangeCounter: Equatable, Sendable {
    /// SQLite's `data_version`, which changes when another connection (another terminal)
    /// commits; on PostgreSQL the newest audit entry's number, since every change is audited.
    public let dataVersion: Int64
    /// Rows this process's own writer has changed, which `data_version` does not count.
    public let ownChanges: Int
}

/// What a client's record looked like the last time it was read: the client row's version and
/// the newest audited action on anything of theirs (every change to a client's data is audited).
public struct ClientRecordStamp: Equatable, Sendable {
    public let clientVersion: Int
    public let lastChangeSeq: Int64
}

/// Who last changed something on a client's record, what and when, for the screen that shows it.
public struct RecordChangeNote: Equatable, Sendable {
    /// "Sam Reed (receptionist)", or "another user" when the login is gone.
    public let changedBy: String
    /// The audited action, such as "change details" or "register pet".
    public let action: String
    /// The audit detail: for contact details, the fields changed ("town, postcode").
    public let detail: String
    public let changedAt: Date
    /// The staff login that made the change, so a screen can tell its own saves apart.
    public let userID: Int64?
}

/// A client's stored contact details, read again because their version moved on.
public struct ClientEditingSnapshot: Sendable {
    public let client: Client
    public let phones: [ClientPhone]
    public let note: RecordChangeNote?
}

extension AppDatabase {
    /// One PRAGMA on the writer's connection: no table is read and no lock is taken. On
    /// PostgreSQL one read of the audit trail's last entry through its primary key.
    public func changeCounter() throws -> StoreChangeCounter {
        guard let writer = sqliteWriter else {
            return try read { db in
                StoreChangeCounter(dataVersion: try db.fetchValue(Int64.self, "SELECT max(id) FROM audit_entry") ?? 0,
                                   ownChanges: 0)
            }
        }
        do {
            return try writer.writeWithoutTransaction { db in
                let version = try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0
                return StoreChangeCounter(dataVersion: version, ownChanges: db.totalChangesCount)
            }
        } catch {
            throw DatabaseFailure.storeError(error, path: path)
        }
    }

    /// The client's version and newest audited change, through two indexed look-ups; nil when the
    /// client is gone. Not itself audited: it reads no personal data.
    public func clientRecordStamp(clientID: Int64) throws -> ClientRecordStamp? {
        try read { db in
            guard let version = try db.fetchValue(Int.self, "SELECT version FROM client WHERE id = ?", [clientID])
            else { return nil }
            let seq = try db.fetchValue(Int64.self, """
                SELECT seq FROM audit_entry WHERE client_id = ? AND action <> 'view' ORDER BY at DESC, seq DESC LIMIT 1
                """, [clientID]) ?? 0
            return ClientRecordStamp(clientVersion: version, lastChangeSeq: seq)
        }
    }

    /// The newest audited change to anything of the client's, with the name and role of who made it.
    public func latestClientChange(clientID: Int64) throws -> RecordChangeNote? {
        try read { db in try Self.latestChange(db, clientID: clientID) }
    }

    /// The client's contact details when their version is no longer `version`; nil while it is.
    public func clientIfChanged(id: Int64, since version: Int) throws -> ClientEditingSnapshot? {
        try read { db in
            let stored = try db.fetchValue(Int.self, "SELECT version FROM client WHERE id = ?", [id])
            guard let stored, stored != version else { return nil }
            return try Self.editingSnapshot(db, id: id)
        }
    }

    /// The client's contact details as stored now, for a form reloading them or a merge.
    public func clientForEditing(id: Int64) throws -> ClientEditingSnapshot {
        try read { db in try Self.editingSnapshot(db, id: id) }
    }

    private static func editingSnapshot(_ db: any SQLConnection, id: Int64) throws -> ClientEditingSnapshot {
        let client = try db.fetchRecord(Client.self, id: id).orThrow("client")
        return ClientEditingSnapshot(client: client, phones: try ClientPhones.fetch(db, clientID: id),
                                     note: try latestChange(db, clientID: id))
    }

    private static func latestChange(_ db: any SQLConnection, clientID: Int64) throws -> RecordChangeNote? {
        let row = try db.fetchOne("""
            SELECT a.action, a.detail, a.at, a.user_id, u.display_name, u.role FROM audit_entry a
            LEFT JOIN staff_user u ON u.id = a.user_id
            WHERE a.client_id = ? AND a.action <> 'view' ORDER BY a.at DESC, a.seq DESC LIMIT 1
            """, [clientID])
        guard let row else { return nil }
        let name = try row.decode(String?.self, "display_name")
        let role = try row.decode(String?.self, "role")
        let who = name.map { person in role.map { "\(person) (\($0))" } ?? person } ?? "another user"
        return RecordChangeNote(changedBy: who, action: try row.decode(String.self, "action"),
                                detail: try row.decode(String?.self, "detail") ?? "",
                                changedAt: try row.decode(Date.self, "at"), userID: try row.decode(Int64?.self, "user_id"))
    }
}
