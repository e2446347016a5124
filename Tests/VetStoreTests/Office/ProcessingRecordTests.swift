import Foundation
import Testing
import VetCore
@testable import VetStore
import VetSQL

/// The record of processing: seeded for a small practice, edited only by a manager with each
/// change versioned and audited, and exported as a document and JSON.
@Suite("record of processing")
struct ProcessingRecordTests {
    @Test("a new practice starts with the small practice's record, its retention read from the settings",
          arguments: SQLDialect.allCases)
    func seeded(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let record = try practice.database.processingRecord()
        #expect(record.activities.map(\.name) == ["Clinical care and records", "Client accounts and invoices", "Insurance claims",
                                                  "Reminders", "Marketing", "Data-protection requests"])
        let clinical = try #require(record.activities.first)
        #expect(record.retentionText(clinical) == "7 years after the animal was last seen")
        #expect(record.activities.first { $0.name == "Insurance claims" }?.paperRecords.contains("Paper copies") == true)
        #expect(record.activities.first { $0.name == "Reminders" }?.legitimateInterest.isEmpty == false)
        #expect(!record.activities.contains { $0.name.contains("CCTV") })

        var settings = try #require(try practice.database.practiceSettings())
        settings.settings.clinicalRetentionYears = 10
        try practice.database.updateSettings(settings.settings, expectedVersion: settings.version, as: practice.manager)
        let changed = try practice.database.processingRecord()
        #expect(changed.retentionText(try #require(changed.activities.first)) == "10 years after the animal was last seen")
    }

    @Test("an English practice's record adds research on anonymised data and keeps no paper claims")
    func englishSeed() {
        let activities = ProcessingSeed.activities(region: .englandWales)
        #expect(activities.last?.name == "Research")
        #expect(activities.allSatisfy { $0.paperRecords.isEmpty })
        #expect(activities.allSatisfy { (try? $0.validated()) == $0 })
        #expect(ProcessingSeed.activities(region: .jersey).allSatisfy { (try? $0.validated()) == $0 })
    }

    @Test("a practice set up before the record gets it from the migration", arguments: SQLDialect.allCases)
    func migrationSeeds(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        try practice.write { db in
            try db.execute("DELETE FROM processing_activity")
            try ProcessingSeed.seedIfSetUp(db)
        }
        #expect(try practice.database.processingRecord().activities.count == 6)
        try practice.write { db in try ProcessingSeed.seedIfSetUp(db) }
        #expect(try practice.database.processingRecord().activities.count == 6)
    }

    @Test("a manager's edit is versioned and audited with what changed; a stale edit is a conflict; others may not edit",
          arguments: SQLDialect.allCases)
    func edits(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        let marketing = try #require(try db.processingRecord().activities.first { $0.name == "Marketing" })
        let id = try #require(marketing.id)
        var details = marketing.details
        details.recipientKinds = ["servicePartner"]
        details.transfers = "Email service provider in the United States"
        details.transferSafeguards = "UK International Data Transfer Addendum to the EU standard contractual clauses"
        let saved = try db.updateProcessingActivity(id: id, details, expectedVersion: 1, as: practice.manager)
        #expect(saved.version == 2)
        #expect(saved.recipientKindList == ["servicePartner"])
        let audit = try practice.read { db in
            try db.fetchValue(String.self, "SELECT detail FROM audit_entry WHERE action = 'change processing activity'")
        }
        #expect(audit == "Marketing: recipient kinds, transfers, transfer safeguards")
        #expect(throws: StoreError.self) { try db.updateProcessingActivity(id: id, details, expectedVersion: 1, as: practice.manager) }
        #expect(throws: StoreError.self) { try db.updateProcessingActivity(id: id, details, expectedVersion: 2, as: practice.receptionist) }

        try db.retireProcessingActivity(id: id, expectedVersion: 2, as: practice.manager)
        #expect(try !db.processingRecord().activities.contains { $0.id == id })
        #expect(try db.processingRecord(includeRetired: true).activities.contains { $0.id == id && !$0.active })
    }

    @Test("a bad activity is refused naming each field and its rule", arguments: SQLDialect.allCases)
    func refusals(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let bad = ProcessingActivityDetails(name: "CCTV", purpose: "Security of the premises", lawfulBasis: .legitimateInterests,
                                            peopleCategories: "Visitors", dataCategories: "Images", recipientKinds: ["neighbour"],
                                            transfers: "Cloud storage in the USA", retention: .custom, securityMeasures: "Locked")
        let error = #expect(throws: StoreError.self) { try practice.database.addProcessingActivity(bad, as: practice.manager) }
        let text = "\(error.map { "\($0)" } ?? "")"
        for words in ["legitimate interest must say which interest", "transfer safeguards must be given",
                      "retention note must describe the period", "recipient kind 'neighbour' is not one of"] {
            #expect(text.contains(words), "\(text)")
        }
        var duplicate = bad
        duplicate.name = "marketing"
        duplicate.lawfulBasis = .consent
        duplicate.recipientKinds = []
        duplicate.transfers = ""
        duplicate.retention = .untilWithdrawn
        #expect { try practice.database.addProcessingActivity(duplicate, as: practice.manager) }
            throws: { "\($0)".contains("activity 'marketing' is already in the record of processing") }
        duplicate.name = "CCTV"
        let added = try practice.database.addProcessingActivity(duplicate, as: practice.manager)
        #expect(added.position == 7)
    }

    @Test("recipient kinds in the disclosure log feed the record, and those no activity lists are shown",
          arguments: SQLDialect.allCases)
    func disclosuresFeedIn(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let clientID = try #require(try practice.registerClient().id)
        #expect(try !practice.database.processingRecord().recipientKinds.contains("other"))
        _ = try practice.database.logDisclosure(clientID: clientID, AppDatabase.DisclosureDetails(
            recipient: "St Helier Kennels", recipientKind: "other", categories: "vaccination status", purpose: "boarding",
            lawfulBasis: "consent"), as: practice.receptionist)
        let record = try practice.database.processingRecord()
        #expect(record.recipientKinds.contains("other"))
        #expect(record.undeclaredKinds == ["other"])
        #expect(record.disclosedKinds["other"] == 1)
    }

    @Test("the export writes text, HTML and JSON owner-only, never over existing files", arguments: SQLDialect.allCases)
    func export(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let folder = practice.folder.appendingPathComponent("ropa")
        let files = try practice.database.writeProcessingRecord(to: folder, as: practice.manager)
        #expect(files.map(\.lastPathComponent) == ["record-of-processing-2025-03-03.txt", "record-of-processing-2025-03-03.html",
                                                   "record-of-processing-2025-03-03.json"])
        let text = try String(contentsOf: files[0], encoding: .utf8)
        #expect(text.contains("1. Clinical care and records (version 1)"))
        #expect(text.contains("7 years after the animal was last seen"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: files[2])) as? [String: Any]
        let activities = try #require(json?["activities"] as? [[String: Any]])
        #expect(activities.count == 6)
        #expect(activities.first?["retention"] as? String == "7 years after the animal was last seen")
        #expect(activities.first { $0["name"] as? String == "Reminders" }?["legitimateInterest"] as? String != nil)
        #expect(try FileManager.default.attributesOfItem(atPath: files[2].path)[.posixPermissions] as? Int == 0o600)
        #expect(throws: StoreError.self) { try practice.database.writeProcessingRecord(to: folder, as: practice.manager) }
        #expect(throws: StoreError.self) { try practice.database.writeProcessingRecord(to: folder, as: practice.vet) }
    }
}
