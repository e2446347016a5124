import Foundation
import VetCore
import VetSQL

/// The letters of a request: filled from the request and the practice, checked against the
/// clock, and each one sent recorded on the request with its date.
extension AppDatabase {
    /// Where this practice's own templates are looked for first (see `TemplateFolder`).
    public var templateFolder: URL? { TemplateFolder.resolve(databasePath: path, isOnServer: isOnServer) }

    /// The letter `kind` for the request `reference`, dated today and filled from its template.
    /// Refuses a letter the request cannot yet carry, or an extension notice after its deadline.
    public func prepareLetter(reference: String, kind: LetterKind, as user: StaffSession) throws -> PreparedLetter {
        try user.require(.workRequest)
        let today = self.today
        let folder = templateFolder
        let template = try DocumentTemplate.load(kind.templateName, overrides: folder)
        return try read { db in
            guard let request = try db.fetchRecord(DataRequest.self, "SELECT * FROM dsr_request WHERE reference = ?",
                                                   [reference.uppercased()]), let id = request.id else {
                throw StoreError.notFound("there is no request \(reference)")
            }
            let pauses = try RequestClock.pauses(db, requestID: id)
            let lateNote = try LetterRules.check(kind, request, pauses: pauses, on: today)
            let values = try LetterFields.values(db, request: request, pauses: pauses, date: today, signatory: user.displayName)
            return PreparedLetter(requestID: id, reference: request.reference, kind: kind, date: today,
                                  text: PlainWrap.document(try template.filled(values), width: 78), template: template.source, lateNote: lateNote)
        }
    }

    /// Records that `letter` was sent (written to a file or printed, as `deliveredTo` says): a
    /// letter row, a dated line in the request's history, the export log and the audit trail.
    /// The rules are checked again, so a letter prepared before midnight cannot slip past a deadline.
    @discardableResult
    public func recordLetterSent(_ letter: PreparedLetter, deliveredTo: String, as user: StaffSession) throws -> RequestLetter {
        let now = self.now
        let today = self.today
        return try perform(.workRequest, as: user) { db in
            let request = try db.fetchRecord(DataRequest.self, id: letter.requestID).orThrow("request")
            let lateNote = try LetterRules.check(letter.kind, request, pauses: try RequestClock.pauses(db, requestID: letter.requestID),
                                                 on: today)
            let saved = try db.inserted(RequestLetter(
                id: nil, requestId: letter.requestID, kind: letter.kind, sentOn: today, sentAt: now, sentBy: user.userID,
                deliveredTo: deliveredTo, template: letter.template, lateNote: lateNote))
            try RequestHistory.append(db, request: request, what: "\(letter.kind.displayName) letter sent on \(today.long) "
                + "(\(deliveredTo))" + (lateNote.map { "; \($0)" } ?? ""), at: now, by: user.userID)
            try ExportLog.record(db, kind: .printout, location: deliveredTo, at: now, by: user.userID, requestID: letter.requestID,
                                 clientIDs: request.clientId.map { [$0] } ?? [])
            return saved
        }
    }

    /// The letters sent about a request, oldest first.
    public func requestLetters(requestID: Int64) throws -> [RequestLetter] {
        try read { db in
            try db.fetchRecords(RequestLetter.self, "SELECT * FROM dsr_letter WHERE request_id = ? ORDER BY sent_at, id",
                                [requestID])
        }
    }
}
