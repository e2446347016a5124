import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

@Suite("marketing consent")
struct ConsentActionTests {
    @Test(arguments: SQLDialect.allCases)
    func latestEventIsTheCurrentStatePerChannel(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let id = try #require(try practice.registerClient().id)
        let store = practice.database
        try store.grantConsent(clientID: id, channel: .email, purpose: .practice, basis: .consent, source: .inPerson,
                               wordingVersion: "2025-01", as: practice.receptionist)
        try store.grantConsent(clientID: id, channel: .sms, purpose: .practice, basis: .softOptIn, source: .inPerson,
                               wordingVersion: "2025-01", as: practice.receptionist)
        try store.withdrawConsent(clientID: id, channel: .email, purpose: .practice, source: .phone, as: practice.receptionist)
        let current = try store.viewClient(id: id, as: practice.manager).currentConsent
        #expect(current.first { $0.channel == .email }?.action == .withdrawn)
        #expect(current.first { $0.channel == .sms }?.action == .granted)
        #expect(try store.viewClient(id: id, as: practice.manager).consentEvents.count == 3)
    }

    @Test(arguments: SQLDialect.allCases)
    func softOptInIsRefusedForThirdPartyMarketing(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let id = try #require(try practice.registerClient().id)
        #expect(throws: StoreError.self) {
            try practice.database.grantConsent(clientID: id, channel: .email, purpose: .thirdParty, basis: .softOptIn,
                                               source: .webForm, wordingVersion: nil, as: practice.receptionist)
        }
    }

    @Test(arguments: SQLDialect.allCases)
    func aClientWhoObjectedCannotBeSignedUpAgain(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let id = try #require(try practice.registerClient().id)
        try practice.write { db in
            try db.execute("UPDATE client SET objects_to_marketing = 1 WHERE id = ?", [id])
        }
        #expect {
            try practice.database.grantConsent(clientID: id, channel: .post, purpose: .practice, basis: .consent,
                                               source: .letter, wordingVersion: nil, as: practice.receptionist)
        } throws: { error in
            (error as? StoreError)?.description.contains("objected to direct marketing") == true
        }
    }

    @Test(arguments: SQLDialect.allCases)
    func restrictedClientsDetailsCannotBeEditedWithoutAnOverrideWhichIsLogged(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try practice.registerClient()
        let id = try #require(client.id)
        try practice.restrictProcessing(clientID: id)
        let form = ClientForms.jersey(addressLine1: "New Road")
        #expect(throws: StoreError.self) {
            try practice.database.updateClient(id: id, expectedVersion: 1, details: form.validated(), as: practice.manager)
        }
        try practice.database.updateClient(id: id, expectedVersion: 1, details: form.validated(),
                                           overrideReason: "legal claim: court order", as: practice.manager)
        let overrides = try practice.read { db in
            try db.fetchValues(String.self, "SELECT detail FROM audit_entry WHERE action = 'override restriction'")
        }
        #expect(overrides.count == 1)
        #expect(overrides.first?.contains("court order") == true)
    }
}
