import Foundation
import VetCore
import VetSQL

/// One generated version of the privacy notice, kept unchanged with its date.
public struct PrivacyNoticeVersion: SQLRecord, Hashable {
    public static let tableName = "privacy_notice"
    public var version: Int
    public var generatedOn: LocalDate
    public var text: String
    public var html: String
    public var createdAt: Date
    public var createdBy: Int64
}

/// The notice as it would be generated now, before it is saved as a version.
public struct PrivacyNoticeDraft: Sendable, Hashable {
    public var content: PrivacyNoticeContent
    public var record: ProcessingRecord
    /// The version this draft becomes when saved (the latest again when nothing changed).
    public var version: Int
    public var date: LocalDate
    public var text: String
    public var html: String
    /// True when the latest saved version says exactly this.
    public var isSaved: Bool
}

/// Generating the privacy notice from the record of processing and the settings, and keeping
/// every version that was published.
extension AppDatabase {
    /// The notice the record and settings make today, numbered as it would be saved.
    public func privacyNoticeDraft() throws -> PrivacyNoticeDraft {
        let today = self.today
        let folder = templateFolder
        let textTemplate = try DocumentTemplate.load("privacy-notice.txt", overrides: folder)
        let htmlTemplate = try DocumentTemplate.load("privacy-notice.html", overrides: folder)
        return try read { db in
            try PrivacyNoticeDrafting.draft(db, today: today, textTemplate: textTemplate, htmlTemplate: htmlTemplate)
        }
    }

    /// Saves the notice as a new version, unless the latest version already says exactly this
    /// (then that version is returned): a manager's act, in the audit trail.
    @discardableResult
    public func savePrivacyNotice(as user: StaffSession) throws -> PrivacyNoticeVersion {
        let now = self.now
        let today = self.today
        let folder = templateFolder
        let textTemplate = try DocumentTemplate.load("privacy-notice.txt", overrides: folder)
        let htmlTemplate = try DocumentTemplate.load("privacy-notice.html", overrides: folder)
        return try perform(.editSettings, as: user) { db in
            let draft = try PrivacyNoticeDrafting.draft(db, today: today, textTemplate: textTemplate, htmlTemplate: htmlTemplate)
            if draft.isSaved, let latest = try PrivacyNoticeDrafting.latest(db) { return latest }
            let saved = PrivacyNoticeVersion(version: draft.version, generatedOn: today, text: draft.text, html: draft.html,
                                             createdAt: now, createdBy: user.userID)
            try db.execute("INSERT INTO privacy_notice (version, generated_on, text, html, created_at, created_by) "
                + "VALUES (?, ?, ?, ?, ?, ?)", [saved.version, saved.generatedOn, saved.text, saved.html, now, user.userID])
            try AuditTrail.record(db, at: now, userID: user.userID, action: "save privacy notice", recordType: "privacy_notice",
                                  recordID: Int64(saved.version), clientID: nil, detail: "version \(saved.version) of \(today.iso)")
            return saved
        }
    }

    /// Every saved version, newest first.
    public func privacyNotices() throws -> [PrivacyNoticeVersion] {
        try read { db in try db.fetchRecords(PrivacyNoticeVersion.self, "SELECT * FROM privacy_notice ORDER BY version DESC") }
    }
}

enum PrivacyNoticeDrafting {
    static func draft(_ db: any SQLConnection, today: LocalDate, textTemplate: DocumentTemplate,
                      htmlTemplate: DocumentTemplate) throws -> PrivacyNoticeDraft {
        let record = try ProcessingRecordQuery.load(db)
        let content = PrivacyNoticeContent(record: record)
        let latest = try latest(db)
        // The body without its date and number decides whether anything changed.
        if let latest, try content.text(version: latest.version, date: latest.generatedOn, template: textTemplate) == latest.text {
            return PrivacyNoticeDraft(content: content, record: record, version: latest.version, date: latest.generatedOn,
                                      text: latest.text, html: latest.html, isSaved: true)
        }
        let version = (latest?.version ?? 0) + 1
        return PrivacyNoticeDraft(content: content, record: record, version: version, date: today,
                                  text: try content.text(version: version, date: today, template: textTemplate),
                                  html: try content.html(version: version, date: today, template: htmlTemplate), isSaved: false)
    }

    static func latest(_ db: any SQLConnection) throws -> PrivacyNoticeVersion? {
        try db.fetchRecord(PrivacyNoticeVersion.self, "SELECT * FROM privacy_notice ORDER BY version DESC LIMIT 1")
    }

    /// The version in force, named by a consent wording when it is added.
    static func currentVersion(_ db: any SQLConnection) throws -> Int? {
        try db.fetchValue(Int.self, "SELECT max(version) FROM privacy_notice")
    }
}
