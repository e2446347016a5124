import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

@Suite("restriction and objection")
struct RestrictionObjectionTests {
    private func editForm() throws -> ClientDetails {
        var form = ClientForm()
        form.firstName = "Zoë"
        form.lastName = "Le Brun"
        form.addressLine1 = "New Road"
        form.town = "St Saviour"
        form.postcode = "JE2 7TS"
        form.phones = [.init(label: .mobile, number: "07700 900123")]
        return try form.validated()
    }

    @Test(arguments: SQLDialect.allCases)
    func restrictionStopsEditsUnlessOverriddenAndTheOverrideIsLogged(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try practice.registerClient()
        let clientID = try #require(client.id)
        let request = try practice.logRequest([.restriction], clientID: clientID)
        let requestID = try #require(request.id)
        try practice.database.restrictProcessing(requestID: requestID, as: practice.manager)
        let restricted = try practice.database.viewClient(id: clientID, as: practice.manager).client
        #expect(restricted.restricted)
        #expect { try practice.database.updateClient(id: clientID, expectedVersion: restricted.version, details: try editForm(),
                                                     as: practice.receptionist) }
            throws: { "\($0)".contains("restricted") }
        #expect { try practice.database.updateClient(id: clientID, expectedVersion: restricted.version, details: try editForm(),
                                                     overrideReason: "legal claims: court order", as: practice.vet) }
            throws: { "\($0)".contains("only a practice manager can override") }
        #expect { try practice.database.updateClient(id: clientID, expectedVersion: restricted.version, details: try editForm(),
                                                     overrideReason: "because I say so", as: practice.manager) }
            throws: { "\($0)".contains("override reason must start with the ground") }
        try practice.database.updateClient(id: clientID, expectedVersion: restricted.version, details: try editForm(),
                                           overrideReason: "legal claim: court order of 1 March", as: practice.manager)
        let logged = try practice.read { db in
            (audit: try db.fetchValues(String.self, "SELECT detail FROM audit_entry WHERE action = 'override restriction' AND client_id = ?",
                                        [clientID]),
             client: try db.fetchAll("SELECT request_id, ground, note FROM dsr_restriction_override WHERE client_id = ?",
                                      [clientID]).map { row in
                "\(try row.decode(Int64?.self, "request_id") ?? 0) \(try row.decode(String.self, "ground")) "
                    + (try row.decode(String.self, "note"))
            })
        }
        #expect(logged.audit == ["edit their details: Legal claims: court order of 1 March"])
        #expect(logged.client == ["\(requestID) legalClaims court order of 1 March"])
        let events = try practice.database.requestDetail(id: requestID).events.map(\.event.what)
        #expect(events.contains("Restriction overridden to edit their details: Legal claims: court order of 1 March"))
        #expect(events.contains { $0.contains("Processing restricted") })
    }

    @Test(arguments: SQLDialect.allCases)
    func liftingNeedsThePersonToldFirst(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try practice.registerClient()
        let request = try practice.logRequest([.restriction], clientID: client.id)
        let requestID = try #require(request.id)
        try practice.database.restrictProcessing(requestID: requestID, as: practice.manager)
        #expect(throws: StoreError.self) {
            try practice.database.liftRestriction(requestID: requestID, personToldOn: TestPractice.standardDay.adding(days: 1),
                                                  as: practice.manager)
        }
        try practice.database.liftRestriction(requestID: requestID, personToldOn: TestPractice.standardDay, as: practice.manager)
        let record = try practice.read { db in
            try db.fetchRecords(RestrictionRecord.self, "SELECT * FROM dsr_restriction ORDER BY id").first
        }
        #expect(record?.personToldOn == TestPractice.standardDay && record?.liftedAt != nil)
        #expect(try practice.database.viewClient(id: try #require(client.id), as: practice.manager).client.restricted == false)
        #expect { try practice.database.liftRestriction(requestID: requestID, personToldOn: TestPractice.standardDay,
                                                        as: practice.manager) }
            throws: { "\($0)".contains("no restriction in force") }
    }

    @Test(arguments: SQLDialect.allCases)
    func objectionToMarketingWithdrawsEverythingAndANewConsentIsRefused(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try practice.registerClient(email: "zoe@example.je")
        let clientID = try #require(client.id)
        for channel in [ConsentChannel.email, .post] {
            try practice.database.grantConsent(clientID: clientID, channel: channel, purpose: .practice, basis: .consent,
                                               source: .inPerson, wordingVersion: "v1", as: practice.receptionist)
        }
        let request = try practice.logRequest([.objection], clientID: clientID)
        try practice.database.objectToMarketing(requestID: try #require(request.id), as: practice.manager)
        let view = try practice.database.viewClient(id: clientID, as: practice.manager)
        #expect(view.client.objectsToMarketing)
        #expect(view.currentConsent.allSatisfy { $0.action == .withdrawn })
        #expect(view.currentConsent.count == 2)
        let suppressed = try practice.read { db in
            try db.fetchValue(Int.self, "SELECT COUNT(*) FROM suppression WHERE client_id = ?", [clientID])
        }
        #expect(suppressed == 1)
        #expect { try practice.database.grantConsent(clientID: clientID, channel: .email, purpose: .practice, basis: .consent,
                                                     source: .inPerson, wordingVersion: "v2", as: practice.receptionist) }
            throws: { "\($0)".contains("objected to direct marketing") }
    }

    @Test(arguments: SQLDialect.allCases)
    func objectionToOtherProcessingRestrictsThenRecordsTheDecision(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try practice.registerClient()
        let request = try practice.logRequest([.objection], clientID: client.id)
        let requestID = try #require(request.id)
        try practice.database.objectToProcessing(requestID: requestID, as: practice.manager)
        #expect(try practice.database.viewClient(id: try #require(client.id), as: practice.manager).client.restricted)
        try practice.database.decideObjection(requestID: requestID, upheld: false, reason: "reminders are needed for the animal's health",
                                              as: practice.manager)
        let decision = try practice.read { db in
            try db.fetchRecords(ObjectionDecision.self, "SELECT * FROM dsr_objection_decision ORDER BY id").first
        }
        #expect(decision?.upheld == false)
        #expect(try practice.database.requestDetail(id: requestID).request.outcome?.contains("not upheld") == true)
    }

    @Test(arguments: SQLDialect.allCases)
    func failuresHalfWayLeaveTheDatabaseExactlyAsBefore(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try practice.registerClient(email: "zoe@example.je")
        let clientID = try #require(client.id)
        try practice.database.grantConsent(clientID: clientID, channel: .email, purpose: .practice, basis: .consent,
                                           source: .inPerson, wordingVersion: "v1", as: practice.receptionist)
        let request = try practice.logRequest([.restriction, .objection], clientID: clientID)
        let requestID = try #require(request.id)
        #expect(try practice.expectNothingChanged {
            try practice.database.objectToMarketing(requestID: requestID, as: practice.manager)
        })
        #expect(try practice.expectNothingChanged(failingOn: "audit_entry", when: "NEW.action = 'restrict processing'") {
            try practice.database.restrictProcessing(requestID: requestID, as: practice.manager)
        })
    }
}
