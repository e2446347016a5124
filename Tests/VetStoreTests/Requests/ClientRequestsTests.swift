import Testing
import VetCore
@testable import VetStore
import VetSQL

/// What every role sees of a client's data-protection requests on the record.
@Suite("client's requests on the record")
struct ClientRequestsTests {
    @Test("a receptionist and a vet see the reference, kinds, due date and status of the client's requests", arguments: SQLDialect.allCases)
    func everyRoleSeesTheRequests(engine: SQLDialect) throws {
        let practice = try TestPractice.make(region: .jersey, engine: engine)
        let client = try practice.registerClient()
        let clientID = try #require(client.id)
        let other = try practice.registerClient(firstName: "Siân", lastName: "Jones", phone: "07700 900124")
        let request = try practice.database.logRequest(
            NewRequest(kinds: [.objection], requesterName: "Zoë Le Brun", clientID: clientID, channel: .email,
                       receivedOn: TestPractice.standardDay, notes: "Objects to every newsletter"), as: practice.vet)
        _ = try practice.database.logRequest(
            NewRequest(kinds: [.access], requesterName: "Siân Jones", clientID: other.id, channel: .email,
                       receivedOn: TestPractice.standardDay), as: practice.vet)
        let expected = ClientRequestLine(reference: request.reference, kinds: request.kindsText, due: request.dueOn,
                                         status: request.status)
        for session in [practice.receptionist, practice.vet, practice.manager] {
            #expect(try practice.database.clientRequests(clientID: clientID, as: session) == [expected])
        }
        #expect(expected.kinds.contains("bject"))
        #expect(try practice.database.clientRequests(clientID: try #require(other.id), as: practice.receptionist).count == 1)
    }

    @Test("open requests come before closed ones", arguments: SQLDialect.allCases)
    func openFirst(engine: SQLDialect) throws {
        let practice = try TestPractice.make(region: .jersey, engine: engine)
        let clientID = try #require(try practice.registerClient().id)
        let first = try practice.database.logRequest(
            NewRequest(kinds: [.access], requesterName: "Zoë Le Brun", clientID: clientID, channel: .email,
                       receivedOn: TestPractice.standardDay.adding(days: -5)), as: practice.receptionist)
        let second = try practice.database.logRequest(
            NewRequest(kinds: [.rectification], requesterName: "Zoë Le Brun", clientID: clientID, channel: .email,
                       receivedOn: TestPractice.standardDay), as: practice.receptionist)
        try practice.database.moveRequest(requestID: try #require(first.id), to: .withdrawn,
                                          outcome: "The client withdrew it in person.", expectedVersion: 1, as: practice.manager)
        let lines = try practice.database.clientRequests(clientID: clientID, as: practice.receptionist)
        #expect(lines.map(\.reference) == [second.reference, first.reference])
        #expect(lines.last?.status == .withdrawn)
    }
}
