import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

@Suite("erasure")
struct ErasureTests {
    @Test(arguments: SQLDialect.allCases)
    func refusedWhileTheClientOwesMoneySayingHowMuch(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (client, pet) = try practice.registerClientWithPet()
        let clientID = try #require(client.id)
        try practice.addInvoice(clientID: clientID, petID: pet.id, pence: 12_550, on: day(2025, 2, 1), paid: false)
        let request = try practice.logRequest([.erasure], clientID: clientID)
        let before = try practice.dump()
        #expect { try practice.database.eraseClient(requestID: try #require(request.id), as: practice.manager) }
            throws: { "\($0)".contains("owes £125.50") }
        #expect(try practice.dump() == before)
    }

    @Test(arguments: SQLDialect.allCases)
    func refusedWhileAClaimIsOpenSayingWhich(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (client, pet) = try practice.registerClientWithPet()
        try practice.addClaim(petID: try #require(pet.id), status: .submitted, on: day(2025, 2, 1))
        let request = try practice.logRequest([.erasure], clientID: client.id)
        #expect { try practice.database.eraseClient(requestID: try #require(request.id), as: practice.manager) }
            throws: { "\($0)".contains("claim 1 for Biscuit (Cruciate ligament) is submitted") }
    }

    @Test(arguments: SQLDialect.allCases)
    func eachCategoryIsErasedAnonymisedOrKeptWithReasonAndDate(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let registered = try practice.registerClient(email: "zoe@example.je")
        let client = try #require(registered.id)
        let pet = try practice.registerPet(clientID: client)
        let petID = try #require(pet.id)
        try practice.addConsultation(petID: petID, on: day(2024, 6, 1))
        try practice.addInvoice(clientID: client, petID: petID, pence: 4000, on: day(2024, 6, 1), paid: true)
        try practice.addClaim(petID: petID, status: .paid, on: day(2024, 6, 3))
        try practice.database.grantConsent(clientID: client, channel: .sms, purpose: .practice, basis: .softOptIn,
                                           source: .inPerson, wordingVersion: nil, as: practice.receptionist)
        let disclosure = try practice.discloseToInsurer(clientID: client)
        try practice.database.logCommunication(clientID: client, inbound: false, channel: .letter, summary: "Reminder",
                                               as: practice.receptionist)
        let request = try practice.logRequest([.erasure], clientID: client)
        let requestID = try #require(request.id)
        let result = try practice.database.eraseClient(requestID: requestID, as: practice.manager)
        let byCategory = Dictionary(uniqueKeysWithValues: result.outcomes.map { ($0.category, $0) })
        #expect(byCategory["Contact details"]?.outcome == .anonymised)
        #expect(byCategory["Clinical records"]?.outcome == .kept)
        #expect(byCategory["Clinical records"]?.keptUntil == day(2031, 6, 1))
        #expect(byCategory["Financial records"]?.keptUntil == day(2030, 6, 1))
        #expect(byCategory["Insurance"]?.outcome == .kept)
        #expect(byCategory["Marketing consent"]?.outcome == .erased)
        #expect(byCategory["Communications"]?.outcome == .erased)
        #expect(byCategory["Suppression list"]?.outcome == .kept)
        #expect(byCategory["Disclosures log"]?.outcome == .kept)
        #expect(byCategory["Data-protection requests"]?.outcome == .kept)
        #expect(byCategory["Audit trail"]?.outcome == .kept)
        #expect(result.outcomes.allSatisfy { $0.outcome != .kept || !$0.reason.isEmpty })
        #expect(result.recipientsToTell.map(\.id) == [disclosure.id])
        #expect(try practice.database.erasureOutcomes(requestID: requestID).count == result.outcomes.count)
        #expect(try practice.database.requestDetail(id: requestID).request.outcome == result.text)

        let state = try practice.read { db in
            (client: try db.fetchRecord(Client.self, id: client),
             phones: try db.fetchValue(Int.self, "SELECT count(*) FROM client_phone WHERE client_id = ?", [client]),
             search: try db.fetchValue(Int.self, db.dialect == .sqlite ? "SELECT count(*) FROM client_search WHERE rowid = ?"
                                       : "SELECT count(*) FROM client_search WHERE client_id = ?", [client]),
             consultations: try db.fetchValue(Int.self, "SELECT count(*) FROM consultation WHERE pet_id = ?", [petID]),
             suppressed: try db.fetchRecords(Suppression.self, "SELECT * FROM suppression WHERE client_id = ? ORDER BY id", [client]))
        }
        #expect(state.client?.status == .anonymised)
        #expect(state.client?.email == nil && state.client?.notes == nil && state.client?.postcode == "")
        #expect(state.client?.fullName == "Anonymised client")
        #expect(state.phones == 0 && state.search == 0)
        #expect(state.consultations == 1)
        #expect(state.suppressed.contains { $0.email == "zoe@example.je" && $0.phoneDigits == "07700900123" })
        #expect(try practice.database.search("Le Brun", limit: 5).isEmpty)
    }

    @Test(arguments: SQLDialect.allCases)
    func aFailureHalfWayLeavesTheDatabaseExactlyAsBefore(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (client, pet) = try practice.registerClientWithPet()
        try practice.addConsultation(petID: try #require(pet.id), on: day(2025, 1, 5))
        try practice.discloseToInsurer(clientID: try #require(client.id))
        let request = try practice.logRequest([.erasure], clientID: client.id)
        #expect(try practice.expectNothingChanged {
            try practice.database.eraseClient(requestID: try #require(request.id), as: practice.manager)
        })
    }
}
