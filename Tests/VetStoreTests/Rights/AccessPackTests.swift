import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

@Suite("access pack")
struct AccessPackTests {
    /// A client with a dog, a consultation, paid invoice, a claim with a paper copy, consent,
    /// a disclosure, a call, and a cat that came to them from another client.
    private func richClient(_ practice: TestPractice) throws -> (clientID: Int64, request: DataRequest) {
        let (client, pet) = try practice.registerClientWithPet()
        let clientID = try #require(client.id)
        let petID = try #require(pet.id)
        try practice.addConsultation(petID: petID, on: day(2025, 2, 10), notes: "Owner's husband Gareth says she limps")
        try practice.addInvoice(clientID: clientID, petID: petID, pence: 4500, on: day(2025, 2, 10), paid: true)
        try practice.addClaim(petID: petID, status: .paid, paperCopy: "Claims cabinet, drawer 2", on: day(2025, 2, 12))
        try practice.database.grantConsent(clientID: clientID, channel: .email, purpose: .practice, basis: .consent,
                                           source: .inPerson, wordingVersion: "2025-01", as: practice.receptionist)
        try practice.discloseToInsurer(clientID: clientID)
        try practice.database.logCommunication(clientID: clientID, inbound: true, channel: .call,
                                               summary: "Asked about vaccination", as: practice.receptionist)
        let previous = try practice.registerClient(firstName: "Siân", lastName: "Jones", phone: "07700 900456")
        let cat = try practice.registerPet(name: "Mog", species: "cat", clientID: try #require(previous.id))
        try practice.database.transferPet(id: try #require(cat.id), toClientID: clientID, on: practice.database.clock.today(),
                                          expectedVersion: cat.version, as: practice.receptionist)
        let request = try practice.logRequest([.access], clientID: clientID)
        return (clientID, request)
    }

    @Test(arguments: SQLDialect.allCases)
    func packHoldsEveryClientLinkedTableOfTheLiveSchema(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (_, request) = try richClient(practice)
        let pack = try practice.database.writeAccessPack(reference: request.reference, to: practice.folder.appendingPathComponent("pack"),
                                                         as: practice.manager)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: pack.jsonFile)) as? [String: Any])
        let records = try #require(json["records"] as? [String: Any])
        let linked = try practice.read { db in try ClientLinkedTables.find(db) }
        #expect(linked.count > 20)
        for table in linked {
            #expect(records[table] != nil, "the access pack leaves out client-linked table \(table)")
        }
        let descriptions = try #require(json["fieldDescriptions"] as? [String: Any])
        for table in linked { #expect(descriptions[table] != nil, "no field descriptions for \(table)") }
    }

    @Test(arguments: SQLDialect.allCases)
    func packContentSupplementaryInformationPaperRecordsAndReview(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (clientID, request) = try richClient(practice)
        let folder = practice.folder.appendingPathComponent("pack")
        let pack = try practice.database.writeAccessPack(reference: request.reference, to: folder, as: practice.manager)
        #expect(pack.section("pet")?.rows.count == 2)
        #expect(pack.section("pet_owner_change")?.rows.count == 1)
        #expect(pack.section("consultation")?.rows.count == 1)
        #expect(pack.section("treatment_line")?.rows.count == 1)
        #expect(pack.section("ledger_entry")?.rows.count == 2)
        #expect(pack.section("claim_event")?.rows.count == 1)
        #expect(pack.section("disclosure")?.rows.count == 1)
        #expect(pack.paperRecords == [PaperRecord(claimID: 1, pet: "Biscuit", condition: "Cruciate ligament",
                                                  location: "Claims cabinet, drawer 2")])
        #expect(pack.reviewItems.contains { $0.table == "pet_owner_change" })
        #expect(pack.reviewItems.contains { $0.table == "consultation" && $0.reason.contains("husband") })
        let html = try String(contentsOf: pack.htmlFile, encoding: .utf8)
        for text in ["Jersey Office of the Information Commissioner", "Channel Pet Insurance", "7 years after",
                     "6 years after", "no decisions about you by automated means", "Lawful basis"] {
            #expect(html.contains(text), "the HTML pack lacks '\(text)'")
        }
        let staff = try String(contentsOf: pack.staffFile, encoding: .utf8)
        for text in ["do not send", "Claims cabinet, drawer 2", "Review before release", "What was found", "husband"] {
            #expect(staff.contains(text), "the staff-only file lacks '\(text)'")
        }
        #expect(!html.contains("Review before release") && !html.contains("do not send"),
                "staff checks stay out of the page that is sent")
        for file in [pack.jsonFile, pack.htmlFile, pack.staffFile] {
            let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
        let detail = try practice.database.requestDetail(id: try #require(request.id))
        #expect(detail.events.last?.event.what.contains("Access pack written") == true)
        let audited = try practice.read { db in
            try db.fetchValue(Int.self, "SELECT count(*) FROM audit_entry WHERE action = 'write access pack' AND client_id = ?",
                             [clientID])
        }
        #expect(audited == 1)
    }

    @Test(arguments: SQLDialect.allCases)
    func englishPracticeNamesTheICO(engine: SQLDialect) throws {
        let practice = try TestPractice.make(region: .englandWales, engine: engine)
        let client = try practice.registerClient()
        let request = try practice.logRequest([.access], clientID: client.id)
        let pack = try practice.database.writeAccessPack(reference: request.reference, to: practice.folder, as: practice.manager)
        #expect(try String(contentsOf: pack.htmlFile, encoding: .utf8).contains("Information Commissioner's Office"))
    }

    @Test(arguments: SQLDialect.allCases)
    func refusesAFolderAlreadyHoldingThePackAndWrongRequests(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try practice.registerClient()
        let request = try practice.logRequest([.access], clientID: client.id)
        try practice.database.writeAccessPack(reference: request.reference, to: practice.folder, as: practice.manager)
        #expect { try practice.database.writeAccessPack(reference: request.reference, to: practice.folder, as: practice.manager) }
            throws: { "\($0)".contains("already holds an access pack") }
        let erasure = try practice.logRequest([.erasure], clientID: client.id)
        #expect { try practice.database.writeAccessPack(reference: erasure.reference, to: practice.folder, as: practice.manager) }
            throws: { "\($0)".contains("not access") }
        let unlinked = try practice.logRequest([.access], clientID: nil)
        #expect { try practice.database.writeAccessPack(reference: unlinked.reference, to: practice.folder, as: practice.manager) }
            throws: { "\($0)".contains("not linked to a client") }
        #expect(throws: StoreError.self) {
            try practice.database.writeAccessPack(reference: request.reference, to: practice.folder.appendingPathComponent("x"),
                                                  as: practice.receptionist)
        }
    }

    @Test(arguments: SQLDialect.allCases)
    func aFailureHalfWayLeavesNoRecordAndNoFile(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (_, request) = try richClient(practice)
        let folder = practice.folder.appendingPathComponent("failed")
        #expect(try practice.expectNothingChanged {
            try practice.database.writeAccessPack(reference: request.reference, to: folder, as: practice.manager)
        })
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// The page to send reads as words: no raw identifiers, pence or gram columns, hashes or camelCase,
    /// and it is laid out for A4 portrait; vets and insurers are named and money is in pounds.
    @Test(arguments: SQLDialect.allCases)
    func thePageToSendIsWordsAMemberOfThePublicCanRead(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (_, request) = try richClient(practice)
        let pack = try practice.database.writeAccessPack(reference: request.reference, to: practice.folder.appendingPathComponent("pack"),
                                                         as: practice.manager)
        let html = try String(contentsOf: pack.htmlFile, encoding: .utf8)
        #expect(html.contains("@page{size:A4 portrait"))
        let text = Self.visibleText(html)
        let rules: [(String, String)] = [
            (#"\b[a-z]+_[a-z_]+\b"#, "a raw field name"),
            (#"\b[a-z]+[A-Z][A-Za-z]*\b"#, "a camelCase value"),
            (#"(?i)\bpence\b"#, "a pence column"),
            (#"(?i)\bgrams?\b"#, "a gram column"),
            (#"\b[Ii][Dd]\b"#, "an internal id"),
            (#"\b[0-9a-f]{64}\b"#, "a hash"),
            (#"\b\d{4}-\d{2}-\d{2}\b"#, "a date not in words"),
        ]
        for (pattern, what) in rules {
            let regex = try NSRegularExpression(pattern: pattern)
            let range = NSRange(text.startIndex..., in: text)
            let found = regex.matches(in: text, range: range).prefix(3).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
            #expect(found.isEmpty, "the page shows \(what): \(found)")
        }
        for words in [practice.vet.displayName, "Channel Pet Insurance", "£45.00", "12.0 kg", "in person", "10 February 2025"] {
            #expect(text.contains(words), "the page lacks '\(words)'")
        }
        let json = try String(contentsOf: pack.jsonFile, encoding: .utf8)
        #expect(json.contains("\"weight_grams\" : 12000") && json.contains("\"vet_id\""), "the JSON keeps every field as stored")
    }

    /// What a reader sees: the body without tags or the style sheet, entities decoded.
    static func visibleText(_ html: String) -> String {
        var text = html
        if let style = text.range(of: #"<style>[\s\S]*?</style>"#, options: .regularExpression) { text.removeSubrange(style) }
        if let title = text.range(of: #"<title>[\s\S]*?</title>"#, options: .regularExpression) { text.removeSubrange(title) }
        text = text.replacingOccurrences(of: #"<[^>]+>"#, with: " ", options: .regularExpression)
        return text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
    }
}

/// Tables holding client-linked data, found from the live schema: those with a foreign key to
/// `client`, or to a table that has one (through pet, invoice, claim, request, consultation …).
enum ClientLinkedTables {
    static func find(_ db: any SQLConnection) throws -> Set<String> {
        var parents: [String: Set<String>] = [:]
        // The server's search index refers to the client, but only repeats names the pack already holds.
        for table in try EngineCatalogue.tables(db) where !table.hasPrefix("client_search") {
            parents[table] = try EngineCatalogue.parents(db, of: table)
        }
        var linked: Set<String> = ["client"]
        var grew = true
        while grew {
            grew = false
            for (table, refs) in parents where !linked.contains(table) && !refs.isDisjoint(with: linked) {
                linked.insert(table)
                grew = true
            }
        }
        return linked
    }

}
