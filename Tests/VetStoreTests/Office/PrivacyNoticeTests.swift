import Foundation
import Testing
import VetCore
@testable import VetStore
import VetSQL

/// The privacy notice is generated from the record of processing and the settings: it must state
/// every retention period, every kind of recipient and the regulator exactly as they are, for each
/// region, and each published version is kept and named by the consent wordings added under it.
@Suite("privacy notice")
struct PrivacyNoticeTests {
    static let regions: [PracticeRegion] = [.englandWales, .jersey]

    /// Fails when the notice and the record or settings disagree on a period, a recipient or the regulator.
    private func expectAgreement(_ draft: PrivacyNoticeDraft, region: PracticeRegion,
                                 sourceLocation: SourceLocation = #_sourceLocation) throws {
        let settings = draft.record.settings
        #expect(settings.region == region, sourceLocation: sourceLocation)
        let flat = draft.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let html = draft.html
        for activity in draft.record.activities {
            let period = draft.record.retentionText(activity)
            #expect(flat.contains("\(activity.name): \(period)."), "retention of \(activity.name)", sourceLocation: sourceLocation)
            #expect(html.contains(HTMLText.escape(period)), sourceLocation: sourceLocation)
        }
        #expect(flat.contains("\(settings.clinicalRetentionYears) years after the animal was last seen"), sourceLocation: sourceLocation)
        #expect(flat.contains("\(settings.financialRetentionYears) years after the transaction"), sourceLocation: sourceLocation)
        for kind in ProcessingActivityDetails.knownRecipientKinds {
            let named = flat.contains("- \(RecipientKindName.plural(kind))")
            #expect(named == draft.record.recipientKinds.contains(kind), "recipient kind \(kind)", sourceLocation: sourceLocation)
        }
        let law = RegionLaw(region: region)
        #expect(flat.contains(law.regulatorName), sourceLocation: sourceLocation)
        let other = RegionLaw(region: region == .jersey ? .englandWales : .jersey)
        #expect(!flat.contains(other.regulatorName), sourceLocation: sourceLocation)
        #expect(flat.contains("no decisions about you by automated means"), sourceLocation: sourceLocation)
        #expect(flat.contains("withdraw it at any time"), sourceLocation: sourceLocation)
    }

    @Test("the notice agrees with the record and settings in each region, and follows them when they change",
          arguments: regions)
    func agreement(region: PracticeRegion) throws {
        let practice = try TestPractice.make(region: region)
        let db = practice.database
        try expectAgreement(try db.privacyNoticeDraft(), region: region)
        let draft = try db.privacyNoticeDraft()
        #expect(draft.text.contains("Harbour Vets, 1 Quay Street, St Helier, is the controller"))
        #expect(draft.text.contains("dpo@harbourvets.je"))
        let flat = draft.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(draft.text.contains("Paper records") == draft.record.activities.contains { !$0.paperRecords.isEmpty })
        #expect(flat.contains(region == .jersey ? "We answer within four weeks" : "We answer within one month"))

        var settings = try #require(try db.practiceSettings())
        settings.settings.clinicalRetentionYears = 9
        settings.settings.financialRetentionYears = 8
        try db.updateSettings(settings.settings, expectedVersion: settings.version, as: practice.manager)
        let clientID = try #require(try practice.registerClient().id)
        _ = try db.logDisclosure(clientID: clientID, AppDatabase.DisclosureDetails(
            recipient: "Island Kennels", recipientKind: "other", categories: "vaccination status", purpose: "boarding",
            lawfulBasis: "consent"), as: practice.receptionist)
        let changed = try db.privacyNoticeDraft()
        try expectAgreement(changed, region: region)
        #expect(changed.text.contains("9 years after the animal was last seen"))
        #expect(!changed.text.contains("7 years after the animal was last seen"))
        #expect(changed.text.contains("- Other recipients"))
    }

    @Test("each saved version is kept with its date; saving an unchanged notice keeps the version; consent wordings name it",
          arguments: SQLDialect.allCases)
    func versions(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        try db.addConsentWording(version: "2025-01", wording: "May we email you?", inUseFrom: day(2025, 1, 1), as: practice.manager)
        #expect(try db.consentWordings().first?.noticeVersion == nil)
        let draft = try db.privacyNoticeDraft()
        #expect(draft.version == 1)
        #expect(!draft.isSaved)
        let first = try db.savePrivacyNotice(as: practice.manager)
        #expect(first.version == 1)
        #expect(first.generatedOn == TestPractice.standardDay)
        #expect(first.text.contains("Privacy notice, version 1, \(TestPractice.standardDay.long)"))
        #expect(try db.privacyNoticeDraft().isSaved)
        let later = try practice.reopened(on: day(2025, 4, 1))
        #expect(try later.savePrivacyNotice(as: practice.manager).version == 1)
        try later.addConsentWording(version: "2025-04", wording: "May we text you?", inUseFrom: day(2025, 4, 1), as: practice.manager)

        let reminders = try #require(try later.processingRecord().activities.first { $0.name == "Reminders" })
        var details = reminders.details
        details.purpose = "Reminding clients of vaccinations and check-ups"
        try later.updateProcessingActivity(id: try #require(reminders.id), details, expectedVersion: 1, as: practice.manager)
        let second = try later.savePrivacyNotice(as: practice.manager)
        #expect(second.version == 2)
        #expect(second.generatedOn == day(2025, 4, 1))
        #expect(try later.privacyNotices().map(\.version) == [2, 1])
        #expect(try later.privacyNotices().last?.text == first.text)
        try later.addConsentWording(version: "2025-05", wording: "May we post you offers?", inUseFrom: day(2025, 5, 1),
                                    as: practice.manager)
        let named = Dictionary(uniqueKeysWithValues: try later.consentWordings().map { ($0.version, $0.noticeVersion) })
        #expect(named == ["2025-01": nil, "2025-04": 1, "2025-05": 2])
        #expect(throws: (any Error).self) {
            try practice.write { db in try db.execute("UPDATE privacy_notice SET text = 'changed' WHERE version = 1") }
        }
        #expect(throws: StoreError.self) { try db.savePrivacyNotice(as: practice.receptionist) }
    }

    @Test("a practice's own notice template frames the generated body")
    func ownTemplate() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vetdesk-notice-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "OUR NOTICE v{{version}}\n{{body}}\n".write(to: folder.appendingPathComponent("privacy-notice.txt"),
                                                         atomically: true, encoding: .utf8)
        let template = try DocumentTemplate.load("privacy-notice.txt", overrides: folder)
        #expect(template.source == folder.appendingPathComponent("privacy-notice.txt").path)
        #expect(try DocumentTemplate.load("privacy-notice.html", overrides: folder).source == "shipped")
        #expect(try template.filled(["version": "3", "body": "text"]) == "OUR NOTICE v3\ntext\n")
        #expect(throws: StoreError.self) { try template.filled(["version": "3"]) }
        #expect(TemplateFolder.resolve(databasePath: "/srv/vets/practice.sqlite", isOnServer: false, environment: [:])?.path
            == "/srv/vets/templates")
        #expect(TemplateFolder.resolve(databasePath: "postgresql://vets@db/practice", isOnServer: true, environment: [:]) == nil)
        #expect(TemplateFolder.resolve(databasePath: "/srv/vets/practice.sqlite", isOnServer: false,
                                       environment: ["VETDESK_TEMPLATES": "/etc/vetdesk"])?.path == "/etc/vetdesk")
    }
}
