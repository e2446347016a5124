import Foundation
import VetCore
import VetSQL

/// One version of the consent wording shown to clients.
public struct ConsentWording: Hashable, Sendable, SQLRecord {
    public static let tableName = "consent_wording"
    public var version: String
    public var wording: String
    public var inUseFrom: LocalDate
    /// The privacy notice version in force when the wording was added (nil before any was saved).
    public var noticeVersion: Int?
}

extension AppDatabase {
    /// Every wording, newest first: the first is the one in use.
    public func consentWordings() throws -> [ConsentWording] {
        try read { db in
            try db.fetchRecords(ConsentWording.self, "SELECT * FROM consent_wording ORDER BY in_use_from DESC, created_at DESC")
        }
    }

    /// Adds a new version of the consent wording (a manager's decision); versions are never changed.
    public func addConsentWording(version: String, wording: String, inUseFrom: LocalDate, as user: StaffSession) throws {
        var check = Validator()
        let name = check.check { () throws(ValidationError) in try TextRule.required(version, field: "wording version", maxLength: 40) }
        let text = check.check { () throws(ValidationError) in
            try TextRule.required(wording, field: "wording", maxLength: 4000, lines: .multiple)
        }
        do { try check.finish() } catch { throw StoreError.invalid(error) }
        let now = self.now
        try perform(.editSettings, as: user) { db in
            if try db.exists("SELECT 1 FROM consent_wording WHERE version = ?", [name]) {
                throw StoreError.invalid(ValidationError(field: "wording version",
                    message: "wording version '\(name ?? "")' already exists; a changed wording needs a new version"))
            }
            try db.execute("""
                INSERT INTO consent_wording (version, wording, in_use_from, created_at, created_by, notice_version)
                VALUES (?, ?, ?, ?, ?, ?)
                """, [name, text, inUseFrom, now, user.userID, try PrivacyNoticeDrafting.currentVersion(db)])
            try AuditTrail.record(db, at: now, userID: user.userID, action: "add consent wording", recordType: "consent_wording",
                                  recordID: nil, clientID: nil, detail: name ?? "")
        }
    }
}

/// Once the practice keeps its wordings, consent must name one of them.
enum ConsentWordingRule {

    static func check(_ db: any SQLConnection, version: String?, basis: ConsentBasis) throws {
        guard basis == .consent, let version else { return }
        guard try db.exists("SELECT 1 FROM consent_wording") else { return }
        if try !db.exists("SELECT 1 FROM consent_wording WHERE version = ?", [version]) {
            throw StoreError.invalid(ValidationError(field: "wording version",
                message: "wording version '\(version)' is not one of the practice's consent wordings"))
        }
    }
}
