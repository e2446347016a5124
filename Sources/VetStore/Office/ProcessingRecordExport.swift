import Foundation
import VetCore

/// The record of processing as a readable document (plain text and HTML) and as JSON, for the
/// practice's files or a regulator who asks for it (UK GDPR Art 30; DPJL Art 14).
public struct ProcessingRecordDocument: Sendable {
    public let record: ProcessingRecord
    public let date: LocalDate

    /// One activity's entries as label and text, in the order the record lists them.
    public static func entries(_ activity: ProcessingActivity, in record: ProcessingRecord) -> [(String, String)] {
        let kinds = activity.recipientKindList.map(RecipientKindName.plural).joined(separator: ", ")
        return [
            ("Purpose", activity.purpose),
            ("Lawful basis", activity.lawfulBasis.displayName),
            ("Legitimate interest", activity.legitimateInterest.isEmpty ? "—" : activity.legitimateInterest),
            ("Categories of people", activity.peopleCategories),
            ("Categories of data", activity.dataCategories),
            ("Recipients", kinds.isEmpty ? "None outside the practice" : kinds
                + (activity.recipientsNote.isEmpty ? "" : " (\(activity.recipientsNote))")),
            ("Transfers outside the UK and Jersey", activity.transfers.isEmpty ? "None"
                : "\(activity.transfers); safeguards: \(activity.transferSafeguards)"),
            ("Retention", record.retentionText(activity)),
            ("Paper records", activity.paperRecords.isEmpty ? "None" : activity.paperRecords),
            ("Security measures", activity.securityMeasures),
        ]
    }

    public var title: String { "Record of processing activities: \(record.settings.name)" }

    public var text: String {
        var lines = [title, "Controller: \(controller)", "As at \(date.long)", ""]
        for activity in record.activities {
            lines.append("\(activity.position). \(activity.name) (version \(activity.version))")
            for (label, value) in Self.entries(activity, in: record) {
                let wrapped = PlainWrap.lines(value, width: 72)
                lines.append("   \(label):")
                lines += wrapped.map { "     \($0)" }
            }
            lines.append("")
        }
        lines += disclosureLines
        return lines.joined(separator: "\n") + "\n"
    }

    public var html: String {
        var body = ["<h1>\(HTMLText.escape(title))</h1>", "<p>Controller: \(HTMLText.escape(controller))<br>As at \(date.long)</p>"]
        for activity in record.activities {
            body.append("<h2>\(activity.position). \(HTMLText.escape(activity.name)) <small>(version \(activity.version))</small></h2>")
            body.append("<table>")
            body += Self.entries(activity, in: record).map { "<tr><th>\(HTMLText.escape($0.0))</th><td>\(HTMLText.escape($0.1))</td></tr>" }
            body.append("</table>")
        }
        body.append("<h2>Disclosure log</h2>")
        body += disclosureLines.dropFirst().map { "<p>\(HTMLText.escape($0))</p>" }
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(HTMLText.escape(title))</title>
            <style>body{font-family:sans-serif;max-width:50em;margin:2em auto;padding:0 1em}th{text-align:left;vertical-align:top;\
            padding-right:1em;width:14em}td{vertical-align:top}</style></head>
            <body>
            \(body.joined(separator: "\n"))
            </body></html>

            """
    }

    public func json() throws -> Data {
        let export = JSONRecord(
            controller: record.settings.name, address: record.settings.address, contact: record.settings.dataProtectionContact,
            region: record.settings.region.rawValue, asAt: date.iso,
            activities: record.activities.map { activity in
                JSONActivity(position: activity.position, name: activity.name, version: activity.version, purpose: activity.purpose,
                             lawfulBasis: activity.lawfulBasis.rawValue,
                             legitimateInterest: activity.legitimateInterest.isEmpty ? nil : activity.legitimateInterest,
                             categoriesOfPeople: activity.peopleCategories, categoriesOfData: activity.dataCategories,
                             recipientKinds: activity.recipientKindList, recipientsNote: activity.recipientsNote,
                             transfers: activity.transfers.isEmpty ? nil : activity.transfers,
                             transferSafeguards: activity.transferSafeguards.isEmpty ? nil : activity.transferSafeguards,
                             retentionRule: activity.retention.rawValue, retention: record.retentionText(activity),
                             paperRecords: activity.paperRecords.isEmpty ? nil : activity.paperRecords,
                             securityMeasures: activity.securityMeasures)
            },
            recipientKinds: record.recipientKinds, disclosureLogKinds: record.disclosedKinds,
            kindsMissingFromRecord: record.undeclaredKinds)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(export)
    }

    private var controller: String {
        [record.settings.name, record.settings.address, record.settings.dataProtectionContact].filter { !$0.isEmpty }
            .joined(separator: ", ")
    }

    private var disclosureLines: [String] {
        var lines = ["Disclosure log: kinds of recipient data was sent to"]
        let kinds = ProcessingActivityDetails.knownRecipientKinds.filter { (record.disclosedKinds[$0] ?? 0) > 0 }
        lines += kinds.isEmpty ? ["   none yet"] : kinds.map { "   \(RecipientKindName.plural($0)): \(record.disclosedKinds[$0] ?? 0)" }
        if !record.undeclaredKinds.isEmpty {
            lines.append("   Not yet in any activity: " + record.undeclaredKinds.map(RecipientKindName.plural).joined(separator: ", "))
        }
        return lines
    }

    struct JSONRecord: Encodable {
        var controller, address, contact, region, asAt: String
        var activities: [JSONActivity]
        var recipientKinds: [String]
        var disclosureLogKinds: [String: Int]
        var kindsMissingFromRecord: [String]
    }

    struct JSONActivity: Encodable {
        var position: Int
        var name: String
        var version: Int
        var purpose, lawfulBasis: String
        var legitimateInterest: String?
        var categoriesOfPeople, categoriesOfData: String
        var recipientKinds: [String]
        var recipientsNote: String
        var transfers, transferSafeguards: String?
        var retentionRule, retention: String
        var paperRecords: String?
        var securityMeasures: String
    }
}

extension AppDatabase {
    /// Writes the record of processing into `folder` as `record-of-processing-DATE.txt`, `.html`
    /// and `.json` (owner-only, never overwriting), and notes it in the audit trail.
    public func writeProcessingRecord(to folder: URL, as user: StaffSession) throws -> [URL] {
        try user.require(.editSettings)
        let document = ProcessingRecordDocument(record: try processingRecord(), date: today)
        let base = "record-of-processing-\(document.date.iso)"
        let names = ["\(base).txt", "\(base).html", "\(base).json"]
        try OwnerOnlyFile.prepareFolder(folder)
        try OwnerOnlyFile.refuseExisting(names, in: folder, what: "a record of processing")
        let contents = [Data(document.text.utf8), Data(document.html.utf8), try document.json()]
        let urls = names.map { folder.appendingPathComponent($0) }
        for (url, data) in zip(urls, contents) { try OwnerOnlyFile.write(data, to: url) }
        let now = self.now
        try perform(.editSettings, as: user) { db in
            try AuditTrail.record(db, at: now, userID: user.userID, action: "export record of processing",
                                  recordType: "processing_activity", recordID: nil, clientID: nil, detail: folder.path)
        }
        return urls
    }

    /// Saves the notice as a version if it changed, then writes that version into `folder` as
    /// `privacy-notice-vN.txt` and `.html` (owner-only, never overwriting).
    public func writePrivacyNotice(to folder: URL, as user: StaffSession) throws -> (version: PrivacyNoticeVersion, files: [URL]) {
        let saved = try savePrivacyNotice(as: user)
        let names = ["privacy-notice-v\(saved.version).txt", "privacy-notice-v\(saved.version).html"]
        try OwnerOnlyFile.prepareFolder(folder)
        try OwnerOnlyFile.refuseExisting(names, in: folder, what: "this version of the notice")
        let urls = names.map { folder.appendingPathComponent($0) }
        try OwnerOnlyFile.write(Data(saved.text.utf8), to: urls[0])
        try OwnerOnlyFile.write(Data(saved.html.utf8), to: urls[1])
        return (saved, urls)
    }
}
