import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

@Suite("marketing list")
struct MarketingListTests {
    private func consenting(_ practice: TestPractice, _ name: String, phone: String, email: String,
                            channels: [ConsentChannel] = [.email, .sms]) throws -> Int64 {
        let client = try practice.registerClient(firstName: name, lastName: "Test", phone: phone, email: email)
        let id = try #require(client.id)
        for channel in channels {
            try practice.database.grantConsent(clientID: id, channel: channel, purpose: .practice, basis: .consent,
                                               source: .inPerson, wordingVersion: "v1", as: practice.receptionist)
        }
        return id
    }

    private func emailList(_ practice: TestPractice) throws -> [Int64] {
        try practice.database.marketingList(channel: .email, purpose: .practice, as: practice.manager).map(\.clientID)
    }

    @Test(arguments: SQLDialect.allCases)
    func withdrawingEmailButKeepingSMSLeavesTheClientOnlyOnTheSMSList(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let id = try consenting(practice, "Ann", phone: "07700 900101", email: "ann@example.je")
        try practice.database.withdrawConsent(clientID: id, channel: .email, purpose: .practice, source: .phone, as: practice.receptionist)
        #expect(try emailList(practice).isEmpty)
        let sms = try practice.database.marketingList(channel: .sms, purpose: .practice, as: practice.manager)
        #expect(sms.map(\.clientID) == [id])
        #expect(sms.first?.contact == "07700 900101")
        #expect(try practice.database.marketingList(channel: .sms, purpose: .thirdParty, as: practice.manager).isEmpty)
    }

    @Test(arguments: SQLDialect.allCases)
    func excludesEachReasonOneByOne(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let keep = try consenting(practice, "Keep", phone: "07700 900200", email: "keep@example.je")
        let restricted = try consenting(practice, "Restricted", phone: "07700 900201", email: "r@example.je")
        let objecting = try consenting(practice, "Objecting", phone: "07700 900202", email: "o@example.je")
        let suppressedByClient = try consenting(practice, "SuppressedClient", phone: "07700 900203", email: "sc@example.je")
        let suppressedByEmail = try consenting(practice, "SuppressedEmail", phone: "07700 900204", email: "se@example.je")
        let suppressedByPhone = try consenting(practice, "SuppressedPhone", phone: "07700 900205", email: "sp@example.je")
        let anonymised = try consenting(practice, "Anonymised", phone: "07700 900206", email: "a@example.je")
        let ceased = try consenting(practice, "Ceased", phone: "07700 900207", email: "c@example.je")
        let deceased = try consenting(practice, "Deceased", phone: "07700 900208", email: "d@example.je")
        let neverAsked = try practice.registerClient(firstName: "Never", lastName: "Asked", phone: "07700 900209",
                                                     email: "n@example.je")
        let everyone = [keep, restricted, objecting, suppressedByClient, suppressedByEmail, suppressedByPhone, anonymised,
                        ceased, deceased]
        #expect(Set(try emailList(practice)) == Set(everyone))
        #expect(try !emailList(practice).contains(try #require(neverAsked.id)))

        try practice.restrictProcessing(clientID: restricted)
        #expect(try !emailList(practice).contains(restricted))
        try practice.write { db in
            try db.execute("UPDATE client SET objects_to_marketing = 1 WHERE id = ?", [objecting])
        }
        #expect(try !emailList(practice).contains(objecting))
        try practice.write { db in
            try db.execute("INSERT INTO suppression (client_id, reason, created_at, created_by) VALUES (?, 'asked', ?, ?)",
                           [suppressedByClient, Date(), practice.manager.userID])
            try db.execute("INSERT INTO suppression (email, reason, created_at, created_by) VALUES ('se@example.je', 'old', ?, ?)",
                           [Date(), practice.manager.userID])
            try db.execute("INSERT INTO suppression (phone_digits, reason, created_at, created_by) VALUES (?, 'old', ?, ?)",
                           [try db.fetchValue(String.self, "SELECT digits FROM client_phone WHERE client_id = ?",
                                                           [suppressedByPhone]), Date(), practice.manager.userID])
        }
        let afterSuppression = try emailList(practice)
        #expect(!afterSuppression.contains(suppressedByClient))
        #expect(!afterSuppression.contains(suppressedByEmail))
        #expect(!afterSuppression.contains(suppressedByPhone))
        try practice.write { db in
            try ClientAnonymiser.anonymise(db, clientID: anonymised, why: "test", at: Date(), by: practice.manager.userID)
        }
        #expect(try !emailList(practice).contains(anonymised))
        try practice.database.setClientStatus(id: ceased, to: .ceased, as: practice.manager)
        try practice.database.setClientStatus(id: deceased, to: .deceased, as: practice.manager)
        #expect(try emailList(practice) == [keep])
    }

    @Test(arguments: SQLDialect.allCases)
    func theExportIsAuditedManagerOnlyAndAFailureChangesNothing(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        _ = try consenting(practice, "Ann", phone: "07700 900101", email: "ann@example.je")
        #expect(throws: StoreError.self) {
            try practice.database.marketingList(channel: .email, purpose: .practice, as: practice.receptionist)
        }
        let csv = AppDatabase.marketingCSV(try practice.database.marketingList(channel: .email, purpose: .practice,
                                                                              as: practice.manager))
        #expect(csv.hasPrefix("client_id,name,contact,basis"))
        #expect(csv.contains("ann@example.je"))
        #expect(try practice.expectNothingChanged(failingOn: "audit_entry", when: "NEW.action = 'export marketing list'") {
            _ = try practice.database.marketingList(channel: .email, purpose: .practice, as: practice.manager)
        })
    }
}
