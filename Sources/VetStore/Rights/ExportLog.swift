import Foundation
import GRDB
import VetSQL
import VetCore

/// What kind of file about people VetDesk wrote.
public enum ExportKind: String, Codable, Sendable, CaseIterable {
    case accessPack, portability, marketingList, backup
    /// An invoice or statement sent to a printer or written to a file for printing.
    case printout

    public var displayName: String {
        switch self {
        case .accessPack: "access pack"
        case .portability: "portability export"
        case .marketingList: "marketing list"
        case .backup: "backup"
        case .printout: "printout"
        }
    }
}

/// One file VetDesk wrote about people, and whether it has been recorded as deleted.
public struct ExportLogEntry: Codable, Hashable, Sendable {
    public var id: Int64
    public var kind: ExportKind
    /// The file or folder written ("standard output" for a list printed instead).
    public var location: String
    public var writtenAt: Date
    /// The staff member who wrote it, or the computer account for a backup run without a login.
    public var writtenBy: String
    public var requestReference: String?
    /// A backup holds every client.
    public var allClients: Bool
    public var clientCount: Int
    public var deletedOn: LocalDate?
    public var deletedNote: String?

    init(row: SQLRow) throws {
        id = try row.decode(Int64.self, "id")
        kind = ExportKind(rawValue: try row.decode(String.self, "kind")) ?? .backup
        location = try row.decode(String.self, "location")
        writtenAt = try row.decode(Date.self, "written_at")
        writtenBy = try row.decode(String?.self, "staff_name")
            ?? (try row.decode(String?.self, "written_by_account")).map { "computer account \($0)" } ?? "unknown"
        requestReference = try row.decode(String?.self, "reference")
        allClients = try row.decode(Bool.self, "all_clients")
        clientCount = try row.decode(Int.self, "client_count")
        deletedOn = try row.decode(LocalDate?.self, "deleted_on")
        deletedNote = try row.decode(String?.self, "deleted_note")
    }

    /// "access pack DSR-2026-0007 at /home/mia/packs (written 2026-03-10 by Mia Manager)".
    public func sentence(zone: TimeZone) -> String {
        let day = LocalDate(instant: writtenAt, in: zone).iso
        return "\(kind.displayName)\(requestReference.map { " for \($0)" } ?? "") at \(location) (written \(day) by \(writtenBy)"
            + (allClients ? ", holds every client" : ", \(clientCount) client\(clientCount == 1 ? "" : "s")") + ")"
            + (deletedOn.map { "; deleted \($0.iso)" + (deletedNote.map { ": \($0)" } ?? "") } ?? "")
    }
}

enum ExportLog {
    /// Logs a file written about `clientIDs` (nil: every client, as a backup holds).
    static func record(_ db: any SQLConnection, kind: ExportKind, location: String, at now: Date, by userID: Int64?,
                       requestID: Int64? = nil, clientIDs: [Int64]?) throws {
        let account = userID == nil ? ProcessInfo.processInfo.userName : nil
        let count = try clientIDs?.count
            ?? db.fetchValue(Int.self, "SELECT count(*) FROM client WHERE status <> 'anonymised'") ?? 0
        let exportID = try db.fetchValue(Int64.self, """
            INSERT INTO export_log (kind, location, written_at, written_by, written_by_account, request_id, all_clients, client_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
            """, [kind.rawValue, location, now, userID, account, requestID, clientIDs == nil, count]).orThrow("export")
        for clientID in Set(clientIDs ?? []).sorted() {
            try db.execute("INSERT INTO export_log_client (export_id, client_id) VALUES (?, ?)", [exportID, clientID])
        }
    }

    static let select = """
        SELECT e.*, s.display_name AS staff_name, r.reference FROM export_log e
        LEFT JOIN staff_user s ON s.id = e.written_by LEFT JOIN dsr_request r ON r.id = e.request_id
        """

    /// Files that hold the client and are not recorded as deleted: exports naming them, and every
    /// backup written since they were registered.
    static func holding(_ db: any SQLConnection, clientID: Int64) throws -> [ExportLogEntry] {
        try entries(db, select + """
             WHERE e.deleted_on IS NULL AND (e.id IN (SELECT export_id FROM export_log_client WHERE client_id = ?)
               OR (e.all_clients = 1 AND e.written_at >= (SELECT created_at FROM client WHERE id = ?)))
            ORDER BY e.written_at, e.id
            """, [clientID, clientID])
    }

    static func entries(_ db: any SQLConnection, _ sql: String, _ arguments: SQLArguments = []) throws -> [ExportLogEntry] {
        try db.fetchAll(sql, arguments).map { try ExportLogEntry(row: $0) }
    }
}

extension AppDatabase {
    /// The export log, newest first; with `clientID`, only files that hold that client (deleted ones included).
    public func exportLog(clientID: Int64? = nil, as user: StaffSession) throws -> [ExportLogEntry] {
        try user.require(.fulfilRights)
        return try read { db in
            guard let clientID else { return try ExportLog.entries(db, ExportLog.select + " ORDER BY e.written_at DESC, e.id DESC") }
            return try ExportLog.entries(db, ExportLog.select + """
                 WHERE e.id IN (SELECT export_id FROM export_log_client WHERE client_id = ?)
                   OR (e.all_clients = 1 AND e.written_at >= (SELECT created_at FROM client WHERE id = ?))
                ORDER BY e.written_at DESC, e.id DESC
                """, [clientID, clientID])
        }
    }

    /// Records that a logged file was deleted on `date` (not in the future, not before it was written).
    public func recordExportDeleted(id: Int64, on date: LocalDate, note: String?, as user: StaffSession) throws {
        let now = self.now
        let today = self.today
        let zone = clock.timeZone
        let text: String?
        do { text = try TextRule.optional(note, field: "note", maxLength: 500) } catch { throw StoreError.invalid(error) }
        try perform(.fulfilRights, as: user) { db in
            guard let entry = try ExportLog.entries(db, ExportLog.select + " WHERE e.id = ?", [id]).first else {
                throw StoreError.invalid(ValidationError(field: "export", message: "export \(id) is not in the export log"))
            }
            if let deleted = entry.deletedOn { throw StoreError.refused("export \(id) was already recorded as deleted on \(deleted.iso)") }
            let written = LocalDate(instant: entry.writtenAt, in: zone)
            if date > today || date < written {
                throw StoreError.invalid(ValidationError(field: "deleted date",
                    message: "deleted date \(date.iso) must be between the day it was written (\(written.iso)) and today (\(today.iso))"))
            }
            try db.execute("UPDATE export_log SET deleted_on = ?, deleted_note = ?, deleted_recorded_by = ? WHERE id = ?",
                           [date, text, user.userID, id])
            try AuditTrail.record(db, at: now, userID: user.userID, action: "record export deleted", recordType: "export_log",
                                  recordID: id, clientID: nil, detail: "\(entry.kind.displayName) deleted \(date.iso)")
        }
    }

    /// Writes the marketing list as an owner-only CSV at `url` (never over an existing file) and logs it.
    public func writeMarketingList(_ entries: [MarketingListEntry], to url: URL, as user: StaffSession) throws {
        try user.require(.exportMarketingList)
        try OwnerOnlyFile.write(Data(Self.marketingCSV(entries).utf8), to: url)
        try logMarketingList(entries, location: url.path, as: user)
    }

    /// Logs a marketing list given out other than as a file VetDesk wrote (printed to standard output).
    public func logMarketingList(_ entries: [MarketingListEntry], location: String, as user: StaffSession) throws {
        let now = self.now
        try perform(.exportMarketingList, as: user) { db in
            try ExportLog.record(db, kind: .marketingList, location: location, at: now, by: user.userID,
                                 clientIDs: entries.map(\.clientID))
        }
    }
}
