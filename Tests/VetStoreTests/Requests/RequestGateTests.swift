import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

/// The identity gate, linking, third-party authority and the status following the work.
@Suite("identity gate, linking and status")
struct RequestGateTests {
    private let today = TestPractice.standardDay

    private func folder(_ practice: TestPractice, _ name: String) -> URL { practice.folder.appendingPathComponent(name) }

    @Test(arguments: SQLDialect.allCases)
    func rightsWaitForIdentityAndTheFeeSayingWhich(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try practice.registerClient()
        let clientID = try #require(client.id)
        let request = try practice.logRequest([.access, .erasure], clientID: clientID)
        let id = try #require(request.id)
        let db = practice.database
        try db.recordIdentityAsked(requestID: id, on: today, method: "photo ID", expectedVersion: 1, as: practice.manager)
        let pack = #expect(throws: StoreError.self) {
            try db.writeAccessPack(reference: request.reference, to: folder(practice, "a"), as: practice.manager)
        }
        #expect(pack?.description.contains("awaiting identity evidence (asked for on 2025-03-03)") == true)
        #expect(throws: StoreError.self) { try db.eraseClient(requestID: id, as: practice.manager) }
        #expect(try db.viewClient(id: clientID, as: practice.manager).client.lastName == "Le Brun")
        #expect(throws: StoreError.self, "only a manager may waive identity") {
            try db.recordIdentityNotNeeded(requestID: id, reason: "known client", expectedVersion: 2, as: practice.vet)
        }
        try db.recordIdentityNotNeeded(requestID: id, reason: "known client, asked in person at the desk", expectedVersion: 2,
                                       as: practice.manager)
        try db.recordFeeAsked(requestID: id, on: today, reason: "extra copies", expectedVersion: 3, as: practice.manager)
        let fee = #expect(throws: StoreError.self) {
            try db.writeAccessPack(reference: request.reference, to: folder(practice, "b"), as: practice.manager)
        }
        #expect(fee?.description.contains("awaiting the fee asked for on 2025-03-03") == true)
        try db.recordFeePaid(requestID: id, on: today, expectedVersion: 4, as: practice.manager)
        _ = try db.writeAccessPack(reference: request.reference, to: folder(practice, "c"), as: practice.manager)
        #expect(try db.requestDetail(id: id).request.status == .readyForReview, "writing the pack moves the request on")
    }

    @Test(arguments: SQLDialect.allCases)
    func anUnidentifiedRequestCanBeLinkedByNumberOrBySearch(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let zoe = try practice.registerClient()
        _ = try practice.registerClient(firstName: "Zak", lastName: "Le Brun", phone: "07700 900456")
        let request = try practice.logRequest([.access], clientID: nil)
        let id = try #require(request.id)
        let db = practice.database
        let ambiguous = #expect(throws: StoreError.self) {
            try db.linkRequest(requestID: id, toClientMatching: "Le Brun", expectedVersion: 1, as: practice.manager)
        }
        #expect(ambiguous?.description.contains("matches 2 clients: #") == true)
        let none = #expect(throws: StoreError.self) {
            try db.linkRequest(requestID: id, toClientMatching: "#999", expectedVersion: 1, as: practice.manager)
        }
        #expect(none?.description.contains("there is no client #999") == true)
        let linked = try db.linkRequest(requestID: id, toClientMatching: "Zoë", expectedVersion: 1, as: practice.manager)
        #expect(linked == zoe.id)
        let detail = try db.requestDetail(id: id)
        #expect(detail.request.clientId == zoe.id)
        #expect(try db.requestQueue(RequestQueueFilter(clientID: zoe.id)).map(\.id) == [id])
    }

    @Test(arguments: SQLDialect.allCases)
    func aThirdPartyGetsNothingUntilTheirWrittenAuthorityIsRecorded(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try practice.registerClient()
        let request = try practice.logRequest([.access], clientID: client.id)
        let id = try #require(request.id)
        let db = practice.database
        try db.recordThirdParty(requestID: id, relationship: "solicitor", authorityReceivedOn: nil, expectedVersion: 1,
                                as: practice.manager)
        let refused = #expect(throws: StoreError.self) {
            try db.writeAccessPack(reference: request.reference, to: folder(practice, "a"), as: practice.manager)
        }
        #expect(refused?.description.contains("made by a third party (solicitor)") == true)
        let future = #expect(throws: StoreError.self) {
            try db.recordThirdParty(requestID: id, relationship: "solicitor", authorityReceivedOn: day(2025, 3, 4),
                                    expectedVersion: 2, as: practice.manager)
        }
        #expect(future?.description.contains("authority received date 2025-03-04 is in the future") == true)
        try db.recordThirdParty(requestID: id, relationship: "solicitor", authorityReceivedOn: today, expectedVersion: 2,
                                as: practice.manager)
        _ = try db.writeAccessPack(reference: request.reference, to: folder(practice, "b"), as: practice.manager)
        let stored = try db.requestDetail(id: id).request
        #expect(stored.onBehalfOfClient && stored.thirdPartyRelationship == "solicitor" && stored.authorityReceivedOn == today)
    }

    @Test(arguments: SQLDialect.allCases)
    func theResponsesSentDateClosesTheRequest(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try practice.registerClient()
        let request = try practice.database.logRequest(NewRequest(kinds: [.restriction], requesterName: "Zoë Le Brun",
                                                                  clientID: client.id, channel: .email,
                                                                  receivedOn: day(2025, 2, 20)), as: practice.manager)
        let id = try #require(request.id)
        let db = practice.database
        let early = #expect(throws: StoreError.self) {
            try db.recordResponseSent(requestID: id, on: today, expectedVersion: 1, as: practice.manager)
        }
        #expect(early?.description.contains("the work has not started") == true)
        try db.restrictProcessing(requestID: id, as: practice.manager)
        var stored = try db.requestDetail(id: id).request
        #expect(stored.status == .readyForReview, "carrying out the right moves the request on")
        try db.recordResponseSent(requestID: id, on: day(2025, 2, 28), expectedVersion: stored.version, as: practice.manager)
        stored = try db.requestDetail(id: id).request
        #expect(stored.status == .completed)
        #expect(stored.responseSentOn == day(2025, 2, 28) && stored.closedOn == day(2025, 2, 28))
    }
}
