import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

/// Dates that cannot lie: no request event in the future or before the request arrived, no answer
/// before its question, no "told" date before what was told. Each refusal names the field.
@Suite("request dates")
struct RequestDateRuleTests {
    private let today = TestPractice.standardDay

    private func request(_ practice: TestPractice, received: LocalDate, kinds: [RequestKind] = [.access],
                         clientID: Int64? = nil) throws -> DataRequest {
        try practice.database.logRequest(NewRequest(kinds: kinds, requesterName: "Zoë Le Brun", clientID: clientID,
                                                    channel: .email, receivedOn: received), as: practice.receptionist)
    }

    private func refusal(_ body: () throws -> Void) -> ValidationError? {
        do { try body() } catch StoreError.invalid(let errors) { return errors.errors.first } catch { return nil }
        return nil
    }

    @Test(arguments: SQLDialect.allCases)
    func eventsInTheFutureOrBeforeTheRequestArrivedAreRefusedNamingTheField(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let logged = try request(practice, received: day(2025, 2, 20))
        let id = try #require(logged.id)
        let db = practice.database
        let future = refusal { try db.recordIdentityAsked(requestID: id, on: day(2025, 3, 4), method: "photo ID",
                                                          expectedVersion: logged.version, as: practice.manager) }
        #expect(future == ValidationError(field: "identity asked date",
                                          message: "identity asked date 2025-03-04 is in the future; today is 2025-03-03"))
        let early = refusal { try db.recordFeeAsked(requestID: id, on: day(2025, 2, 19), reason: "extra copies",
                                                    expectedVersion: logged.version, as: practice.manager) }
        #expect(early?.message == "fee asked date 2025-02-19 is before the request arrived on 2025-02-20")
        let extended = refusal { try db.extendRequest(requestID: id, reason: "complex", noticeSentOn: day(2025, 3, 10),
                                                       expectedVersion: logged.version, as: practice.manager) }
        #expect(extended?.field == "extension notice date")
        #expect(try db.requestDetail(id: id).request.version == logged.version, "nothing was written")
    }

    @Test(arguments: SQLDialect.allCases)
    func anAnswerCannotComeBeforeItsQuestionNorIdentityBeforeItWasAskedFor(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let logged = try request(practice, received: day(2025, 2, 10))
        let id = try #require(logged.id)
        let db = practice.database
        try db.askClarification(requestID: id, on: day(2025, 2, 20), question: "Which pet?", expectedVersion: 1, as: practice.manager)
        let early = refusal { try db.recordClarificationAnswer(requestID: id, on: day(2025, 2, 19), expectedVersion: 2,
                                                               as: practice.manager) }
        #expect(early == ValidationError(field: "answer date",
                                         message: "answer date 2025-02-19 is before the clarification was asked on 2025-02-20"))
        let later = refusal { try db.recordClarificationAnswer(requestID: id, on: day(2025, 3, 5), expectedVersion: 2,
                                                               as: practice.manager) }
        #expect(later?.field == "answer date", "an answer dated in the future would lengthen the deadline")
        try db.recordClarificationAnswer(requestID: id, on: day(2025, 2, 25), expectedVersion: 2, as: practice.manager)
        try db.recordIdentityAsked(requestID: id, on: day(2025, 2, 26), method: "photo ID", expectedVersion: 3, as: practice.manager)
        let identity = refusal { try db.recordIdentityReceived(requestID: id, on: day(2025, 2, 25), expectedVersion: 4,
                                                               as: practice.manager) }
        #expect(identity?.message == "identity received date 2025-02-25 is before identity evidence was asked for on 2025-02-26")
    }

    @Test(arguments: SQLDialect.allCases)
    func aToldDateCannotComeBeforeTheRestrictionOrTheCorrection(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try practice.registerClient()
        let clientID = try #require(client.id)
        let logged = try request(practice, received: day(2025, 2, 10), kinds: [.restriction, .rectification], clientID: clientID)
        let id = try #require(logged.id)
        try practice.database.restrictProcessing(requestID: id, as: practice.manager)
        let lift = refusal { try practice.database.liftRestriction(requestID: id, personToldOn: day(2025, 3, 2), as: practice.manager) }
        #expect(lift == ValidationError(field: "person told on",
                                        message: "person told on 2025-03-02 is before the restriction began on 2025-03-03"))
        try practice.database.liftRestriction(requestID: id, personToldOn: today, as: practice.manager)
        let insurer = try practice.discloseToInsurer(clientID: clientID)
        var form = ClientForm()
        form.title = "Mrs"
        form.firstName = "Zoë"
        form.lastName = "Le Brun"
        form.addressLine1 = "9 Green Street"
        form.town = "St Helier"
        form.postcode = "JE2 4UH"
        form.phones = [.init(label: .mobile, number: "07700 900123")]
        let current = try practice.database.viewClient(id: clientID, as: practice.manager).client
        _ = try practice.database.rectifyClient(requestID: id, details: try form.validated(), expectedVersion: current.version,
                                                as: practice.manager)
        let told = refusal { try practice.database.recordRecipientTold(requestID: id, disclosureID: try #require(insurer.id),
                                                                       on: day(2025, 3, 1), as: practice.manager) }
        #expect(told?.field == "told on")
        #expect(told?.message.contains("before the change they are told of was made on 2025-03-03") == true)
    }

    @Test(arguments: SQLDialect.allCases)
    func refusingNeedsReasonsWithdrawingAndCompletingDoNot(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let logged = try request(practice, received: today)
        let id = try #require(logged.id)
        let refused = refusal { try practice.database.moveRequest(requestID: id, to: .refused, outcome: "  ", expectedVersion: 1,
                                                                  as: practice.manager) }
        #expect(refused?.field == "outcome")
        try practice.database.moveRequest(requestID: id, to: .withdrawn, outcome: nil, expectedVersion: 1, as: practice.manager)
        #expect(try practice.database.requestDetail(id: id).request.closedOn == today)
    }
}
