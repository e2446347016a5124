import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

/// After an erasure nothing in the practice file — no table, not the search index, not the bytes
/// of the file or its write-ahead log — holds the person's name, email, phone or address line;
/// only the suppression list keeps the email and phone, and says why.
@Suite("erasure leaves nothing behind")
struct ErasureTracesTests {
    static let name = ["Claire", "Fletcher"]
    static let email = "claire.fletcher@example.com"
    static let phone = "07700900015"
    static let addressLine = "4 Rue des Prés"

    /// A client named in the kept records in every way the practice might write them.
    static func namedEverywhere(_ practice: TestPractice) throws -> (client: Int64, pet: Int64, request: Int64) {
        let client = try #require(try practice.registerClient(firstName: "Claire", lastName: "Fletcher", phone: "07700 900015",
                                                              email: email).id)
        let pet = try #require(try practice.registerPet(clientID: client).id)
        let consultation = try practice.addConsultation(petID: pet, on: day(2025, 1, 10),
            notes: "Spoke to Claire Fletcher on 07700 900015 about the move from 4 Rue des Prés, JE2 7TS.")
        _ = try practice.database.addAddendum(consultationID: consultation,
                                              text: "Mrs Fletcher emailed from CLAIRE.FLETCHER@example.com", as: practice.vet)
        let claim = try practice.addClaim(petID: pet, status: .paid, on: day(2025, 1, 12))
        try practice.write { db in
            try db.execute("UPDATE pet SET microchip = '981000000000015', alerts = 'Call Claire first: +44 (0)7700-900015' WHERE id = ?",
                           [pet])
            try db.execute("UPDATE claim_event SET note = 'Insurer spoke to C Fletcher, je2 7ts' WHERE claim_id = ?",
                           [claim])
            try AuditTrail.record(db, at: Date(), userID: practice.vet.userID, action: "log consultation", recordType: "consultation",
                                  recordID: consultation, clientID: client, detail: "Biscuit: Claire Fletcher worried")
        }
        let request = try practice.database.logRequest(NewRequest(
            kinds: [.erasure], requesterName: "Claire Fletcher", requesterContact: email, clientID: client, channel: .email,
            receivedOn: practice.database.clock.today(), notes: "Claire Fletcher asked by phone on 07700 900015"),
            as: practice.receptionist)
        return (client, pet, try #require(request.id))
    }

    @Test(arguments: SQLDialect.allCases)
    func refusesUntilEveryHitIsDecidedAndListsEachWithItsContext(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (_, pet, request) = try Self.namedEverywhere(practice)
        let review = try practice.database.erasureReview(requestID: request, as: practice.manager)
        let places = Set(review.hits.map { "\($0.table).\($0.field)" })
        #expect(places.isSuperset(of: ["consultation.subjective", "consultation_addendum.text", "pet.alerts",
                                       "claim_event.note", "dsr_request.notes"]))
        #expect(review.hits.contains { $0.kind == "phone" && $0.matched == "+44 (0)7700-900015" })
        #expect(review.hits.contains { $0.kind == "postcode" && $0.matched == "je2 7ts" })
        #expect(review.hits.contains { $0.kind == "address" && $0.context.contains("4 Rue des Prés") })
        #expect(review.microchips.map(\.petID) == [pet])
        let before = try practice.dump()
        #expect { try practice.database.eraseClient(requestID: request, as: practice.manager) }
            throws: { "\($0)".contains("still name the person") }
        let keepOne = FreeTextDecisions(kept: [try #require(review.hits.first).id: "clinically relevant"])
        #expect(throws: StoreError.self) { try practice.database.eraseClient(requestID: request, decisions: keepOne, as: practice.manager) }
        #expect(try practice.dump() == before)
    }

    @Test(arguments: SQLDialect.allCases)
    func keptHitsAndMicrochipsStayWithTheirReasonAndTheRestIsRedacted(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (_, pet, request) = try Self.namedEverywhere(practice)
        let review = try practice.database.erasureReview(requestID: request, as: practice.manager)
        let alerts = review.hits.filter { $0.table == "pet" }
        #expect(alerts.count == 2)
        let kept = Dictionary(uniqueKeysWithValues: alerts.map { ($0.id, "safety warning for staff") })
        try practice.database.eraseClient(requestID: request, decisions: FreeTextDecisions(
            redactAll: true, kept: kept, keptMicrochips: [pet: "registry asked us to keep it"]),
            as: practice.manager)
        let state = try practice.read { db in
            (pet: try db.fetchOne("SELECT alerts, microchip FROM pet WHERE id = ?", [pet]),
             notes: try db.fetchValue(String.self, "SELECT subjective FROM consultation WHERE pet_id = ?", [pet]),
             kept: try db.fetchValue(Int.self, "SELECT count(*) FROM dsr_free_text_decision WHERE decision = 'kept'"))
        }
        #expect(try state.pet?.decode(String.self, "alerts") == "Call Claire first: +44 (0)7700-900015")
        #expect(try state.pet?.decode(String.self, "microchip") == "981000000000015")
        #expect(state.notes == "Spoke to [redacted] on [redacted] about the move from [redacted], [redacted].")
        #expect(state.kept == 3)
    }

    @Test(arguments: SQLDialect.allCases)
    func afterErasureNoTableIndexOrByteOfTheFileHoldsThePerson(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (client, pet, request) = try Self.namedEverywhere(practice)
        try practice.database.eraseClient(requestID: request, decisions: FreeTextDecisions(redactAll: true), as: practice.manager)
        let version = try practice.database.requestDetail(id: request).request.version
        try practice.database.recordResponseSent(requestID: request, on: practice.database.clock.today(),
                                                 expectedVersion: version, as: practice.manager)

        let needles = Self.name + [Self.email, Self.phone, "07700 900015", "900015", Self.addressLine, "JE2 7TS"]
        let found = try practice.read { db in try Self.tablesHolding(needles, db: db) }
        #expect(found == ["suppression"], "only the suppression list may hold the person: \(found)")
        let chain = try practice.read { db in try AuditChainReport.read(db) }
        #expect(chain.isIntact, "redacting an audit detail keeps the chain checkable: \(chain.problems)")
        #expect(try practice.read { db in
            try db.fetchValue(Int.self, "SELECT count(*) FROM audit_redaction")
        } == 1)
        #expect(throws: (any Error).self) {
            try practice.write { db in try db.execute("UPDATE audit_entry SET detail = 'x' WHERE seq = 1") }
        }
        let suppression = try practice.read { db in
            try db.fetchAll("SELECT email, phone_digits, reason FROM suppression WHERE client_id = ?", [client])
        }
        #expect(suppression.allSatisfy { (try? $0.decode(String.self, "reason"))?.hasPrefix("erasure DSR-") == true })
        #expect(try practice.database.search("Fletcher", limit: 5).isEmpty)
        #expect(try practice.read { db in
            try db.fetchValue(Int.self, db.dialect == .sqlite
                ? "SELECT count(*) FROM client_search WHERE client_search MATCH 'fletcher OR claire'"
                : "SELECT count(*) FROM client_search_word WHERE word IN ('fletcher', 'claire')")
        } == 0)
        #expect(try practice.read { db in
            try db.fetchValue(String.self, "SELECT microchip FROM pet WHERE id = ?", [pet])
        } == nil)

        // The bytes of the file and its log (a server's storage is the server's own business).
        guard engine == .sqlite else { return }
        // The file and its log, read while the store is still open, as another terminal would leave them.
        var bytes = try Self.fileBytes(practice.path)
        for needle in Self.name + [Self.addressLine, "rue des prés", "Prés"] {
            let holds = bytes.contains(needle)
            #expect(!holds, "the file or its write-ahead log still holds '\(needle)'")
        }
        // The suppression list keeps the email (which holds the names in lower case) and phone on purpose;
        // without it, nothing else does: not even the search index's lower-case words.
        try practice.write { db in try db.execute("DELETE FROM suppression") }
        try practice.database.checkpoint()
        bytes = try Self.fileBytes(practice.path)
        for needle in [Self.email, Self.phone, "07700 900015", "fletcher", "claire"] {
            let holds = bytes.contains(needle)
            #expect(!holds, "the file or its write-ahead log still holds '\(needle)'")
        }
    }

    /// Tables (the search index's own tables included) with any value holding any needle, ignoring case.
    static func tablesHolding(_ needles: [String], db: any SQLConnection) throws -> [String] {
        var holding: [String] = []
        for table in try EngineCatalogue.tables(db) {
            let columns = try EngineCatalogue.columns(db, of: table)
            guard !columns.isEmpty else { continue }
            let rows = try db.fetchAll("SELECT \(columns.map { "CAST(\"\($0)\" AS TEXT)" }.joined(separator: ", ")) FROM \"\(table)\"")
            let hit = rows.contains { row in
                row.values.contains { value in
                    guard case .text(let text) = value else { return false }
                    return needles.contains { text.localizedCaseInsensitiveContains($0) }
                }
            }
            if hit { holding.append(table) }
        }
        return holding
    }

    /// The database file's bytes and its write-ahead log's, as Latin-1 text so every byte survives.
    static func fileBytes(_ path: String) throws -> String {
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        if let wal = try? Data(contentsOf: URL(fileURLWithPath: path + "-wal")) { data.append(wal) }
        return String(decoding: data, as: UTF8.self)
    }
}
