import Foundation
import VetSQL
import VetCore

/// The request register keeps each request's reference, kinds, dates, outcome and handler as
/// evidence; once the response to a request of an anonymised client has been sent, the requester's
/// name and contact go too — unless a reason and a keep-until date were recorded.
enum RequesterRegister {
    static let removedName = "Requester removed after erasure"

    /// Replaces the requester of every closed request of the client that has no recorded reason to keep it.
    static func forgetClosed(_ db: any SQLConnection, clientID: Int64) throws {
        try db.execute("""
            UPDATE dsr_request SET requester_name = ?, requester_contact = ''
            WHERE client_id = ? AND closed_on IS NOT NULL AND requester_kept_reason IS NULL AND requester_name <> ?
            """, [removedName, clientID, removedName])
    }

    /// Whether the request's requester goes now that its response is sent.
    static func forgetsOnResponse(_ db: any SQLConnection, _ request: DataRequest) throws -> Bool {
        guard let clientID = request.clientId, let id = request.id else { return false }
        let status = try db.fetchValue(String.self, "SELECT status FROM client WHERE id = ?", [clientID])
        let kept = try db.fetchValue(String.self, "SELECT requester_kept_reason FROM dsr_request WHERE id = ?", [id])
        return status == ClientStatus.anonymised.rawValue && kept == nil
    }

    /// Records why the requester of `requestID` stays on the register, and until when.
    static func keep(_ db: any SQLConnection, requestID: Int64, reason: String, until: LocalDate, today: LocalDate) throws {
        let text = try FreeTextRedaction.reasonText(reason, field: "reason for keeping the requester's name")
        guard until > today else {
            throw StoreError.invalid(ValidationError(field: "keep requester until",
                message: "keep requester until \(until.iso) must be after today (\(today.iso))"))
        }
        try db.execute("UPDATE dsr_request SET requester_kept_reason = ?, requester_kept_until = ? WHERE id = ?",
                       [text, until, requestID])
    }
}

/// After identity is removed nothing in the file may still hold it: SQLite's secure delete (set on
/// every connection) zeroes freed space, the search index's segments are merged so that deleted
/// entries leave no old segment behind, and the write-ahead log is folded in and truncated.
enum ErasureTraces {
    /// Inside the erasing transaction: merges the search index into one segment without the removed rows.
    static func mergeSearchIndex(_ db: any SQLConnection) throws {
        try SearchIndex.merge(db)
    }
}

extension AppDatabase {
    /// After the removing transaction commits: folds the write-ahead log into the file and truncates it,
    /// so the log holds no copy of the pages as they were. The removal itself has committed, so a
    /// terminal still reading after the busy timeout does not undo it: the log is then folded in when
    /// the last connection closes.
    func clearWriteAheadLog() {
        try? checkpoint()
    }
}
