import Foundation
import VetCore

/// The right of access: every record that identifies the client, as JSON for machines and as an
/// HTML page for people, with the supplementary information the law requires.
extension AppDatabase {
    /// Writes `REF-access.json` and `REF-access.html` (owner-only) into `folder`, which must not
    /// already hold a pack for that reference. Recorded on the request and in the audit trail.
    @discardableResult
    public func writeAccessPack(reference: String, to folder: URL, as user: StaffSession) throws -> AccessPackResult {
        try user.require(.fulfilRights)
        let ref = reference.trimmingCharacters(in: .whitespaces).uppercased()
        let names = ["\(ref)-access.json", "\(ref)-access.html", "\(ref)-staff-review.html"]
        try OwnerOnlyFile.prepareFolder(folder)
        try OwnerOnlyFile.refuseExisting(names, in: folder, what: "an access pack for \(ref)")
        let now = self.now
        let today = self.today
        let zone = clock.timeZone
        let staged = StagedFiles(folder: folder, names: names)
        do {
            let result = try perform(.fulfilRights, as: user) { db in
                let (request, client) = try RightsRequest.open(db, reference: ref, kind: .access)
                let clientID = try client.id.orThrow("client")
                let requestID = try request.id.orThrow("request")
                let sections = try AccessPackCollector(db, clientID: clientID).sections(db)
                let review = AccessPackReview(sections: sections)
                let information = SupplementaryInformation(settings: try PracticeSettingsRow.current(db), sections: sections)
                let paper = review.paperRecords()
                let items = review.items()
                let count = sections.reduce(0) { $0 + $1.rows.count }
                try AuditTrail.record(db, at: now, userID: user.userID, action: "write access pack", recordType: "dsr_request",
                                      recordID: requestID, clientID: clientID, detail: "\(count) records")
                try RightsRequest.record(db, requestID: requestID, what: "Access pack written (\(count) records; "
                    + "\(paper.count) paper records to fetch; \(items.count) items to review before release)",
                    now: now, today: today, by: user.userID)
                let readable = PackReadable(names: try PackNames.read(db, clientID: clientID, sections: sections), zone: zone)
                let html = AccessPackHTML(reference: request.reference, clientName: client.fullName, generatedOn: today,
                                          information: information, readable: readable)
                let staff = AccessPackStaffHTML(reference: request.reference, clientName: client.fullName,
                                                paperRecords: paper, reviewItems: items, page: html)
                let json = try AccessPackDocument(reference: request.reference, generatedOn: today, client: client,
                                                  information: information).encoded()
                try ExportLog.record(db, kind: .accessPack, location: folder.path, at: now, by: user.userID,
                                     requestID: requestID, clientIDs: [clientID])
                try staged.write([json, Data(html.render().utf8), Data(staff.render().utf8)])
                return AccessPackResult(reference: request.reference, jsonFile: staged.finalURLs[0],
                                        htmlFile: staged.finalURLs[1], staffFile: staged.finalURLs[2],
                                        sections: sections, paperRecords: paper,
                                        reviewItems: items)
            }
            try staged.publish()
            return result
        } catch {
            staged.discard()
            throw error
        }
    }
}

/// Files written under temporary names inside the transaction and renamed only once it has
/// committed, so a failed action leaves neither a record nor a file behind.
struct StagedFiles: Sendable {
    let folder: URL
    let names: [String]

    var finalURLs: [URL] { names.map { folder.appendingPathComponent($0) } }
    private var stagedURLs: [URL] { names.map { folder.appendingPathComponent(".\($0).partial") } }

    func write(_ contents: [Data]) throws {
        for (data, url) in zip(contents, stagedURLs) {
            try? FileManager.default.removeItem(at: url)
            try OwnerOnlyFile.write(data, to: url)
        }
    }

    func publish() throws {
        for (staged, final) in zip(stagedURLs, finalURLs) {
            guard rename(staged.path, final.path) == 0 else {
                throw StoreError.refused("cannot name the file \(final.path): \(String(cString: strerror(errno)))")
            }
        }
    }

    func discard() {
        for url in stagedURLs { try? FileManager.default.removeItem(at: url) }
    }
}

/// The machine-readable pack: records by table (each row keyed by field), and what each field means.
struct AccessPackDocument: Encodable {
    struct TableDescription: Encodable {
        var title: String
        var description: String
        var fields: [String: String]
    }

    struct Information: Encodable {
        var purposesAndLawfulBases: [[String: String]]
        var categories: [String]
        var recipients: [[String: String]]
        var retention: [String]
        var rights: [String]
        var complaints: String
        var sources: [String]
        var automatedDecisionMaking: String
    }

    var reference: String
    var generatedOn: LocalDate
    var practice: String
    var client: String
    var records: [String: [[String: PackValue]]]
    var fieldDescriptions: [String: TableDescription]
    var supplementaryInformation: Information

    init(reference: String, generatedOn: LocalDate, client: Client, information: SupplementaryInformation) {
        self.reference = reference
        self.generatedOn = generatedOn
        practice = information.settings.name
        self.client = client.fullName
        var records: [String: [[String: PackValue]]] = [:]
        var fields: [String: TableDescription] = [:]
        for section in information.sections {
            records[section.table] = section.rows.map { Dictionary(uniqueKeysWithValues: zip(section.columns, $0)) }
            fields[section.table] = TableDescription(
                title: section.title, description: PackFields.description(of: section.table),
                fields: Dictionary(uniqueKeysWithValues: section.columns.map { ($0, PackFields.description(of: $0, in: section.table)) }))
        }
        self.records = records
        fieldDescriptions = fields
        let recipientKeys = ["recipient", "kind", "categories", "purpose", "lawfulBasis"]
        supplementaryInformation = Information(
            purposesAndLawfulBases: SupplementaryInformation.purposes.map { ["purpose": $0.purpose, "lawfulBasis": $0.basis] },
            categories: information.categories,
            recipients: information.recipients.map { Dictionary(uniqueKeysWithValues: zip(recipientKeys, $0)) },
            retention: information.retention, rights: SupplementaryInformation.rights,
            complaints: information.complaint, sources: SupplementaryInformation.sources,
            automatedDecisionMaking: SupplementaryInformation.automatedDecisions)
    }

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
