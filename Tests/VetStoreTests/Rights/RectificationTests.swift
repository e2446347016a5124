import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

@Suite("rectification")
struct RectificationTests {
    private func newAddress() throws -> ClientDetails {
        var form = ClientForm()
        form.title = "Mrs"
        form.firstName = "Zoë"
        form.lastName = "Le Brun"
        form.addressLine1 = "9 Green Street"
        form.town = "St Helier"
        form.postcode = "JE2 4UH"
        form.phones = [.init(label: .mobile, number: "07700 900123")]
        return try form.validated()
    }

    @Test(arguments: SQLDialect.allCases)
    func keepsOldAndNewValuesAndListsRecipientsOfTheOldValue(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try practice.registerClient()
        let clientID = try #require(client.id)
        let insurer = try practice.discloseToInsurer(clientID: clientID)
        try practice.discloseToInsurer(clientID: clientID, categories: "clinical history")
        let request = try practice.logRequest([.rectification], clientID: clientID)
        let requestID = try #require(request.id)
        let result = try practice.database.rectifyClient(requestID: requestID, details: try newAddress(),
                                                         expectedVersion: client.version, as: practice.manager)
        #expect(result.client.addressLine1 == "9 Green Street")
        let address = try #require(result.changes.first { $0.field == "address" })
        #expect(address.oldValue == "4 Rue des Prés" && address.newValue == "9 Green Street")
        #expect(result.recipientsToTell.map(\.id) == [insurer.id])
        let history = try practice.database.viewClient(id: clientID, as: practice.manager).changes
        #expect(history.contains { $0.field == "postcode" && $0.oldValue == "JE2 7TS" && $0.newValue == "JE2 4UH" })

        try practice.database.recordRecipientTold(requestID: requestID, disclosureID: try #require(insurer.id),
                                                  on: TestPractice.standardDay, as: practice.manager)
        let notices = try practice.database.recipientNotices(requestID: requestID)
        #expect(notices.map(\.notice.toldOn) == [TestPractice.standardDay])
        #expect(try practice.database.requestDetail(id: requestID).events.contains { $0.event.what.contains("told on") })
    }

    @Test(arguments: SQLDialect.allCases)
    func aStaleVersionIsAConflictAndChangesNothing(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try practice.registerClient()
        let request = try practice.logRequest([.rectification], clientID: client.id)
        let before = try practice.dump()
        #expect(throws: StoreError.self) {
            try practice.database.rectifyClient(requestID: try #require(request.id), details: try newAddress(),
                                                expectedVersion: client.version + 5, as: practice.manager)
        }
        #expect(try practice.dump() == before)
    }

    @Test(arguments: SQLDialect.allCases)
    func aFailureHalfWayLeavesTheDatabaseExactlyAsBefore(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try practice.registerClient()
        try practice.discloseToInsurer(clientID: try #require(client.id))
        let request = try practice.logRequest([.rectification], clientID: client.id)
        let details = try newAddress()
        #expect(try practice.expectNothingChanged {
            try practice.database.rectifyClient(requestID: try #require(request.id), details: details,
                                                expectedVersion: client.version, as: practice.manager)
        })
    }
}
