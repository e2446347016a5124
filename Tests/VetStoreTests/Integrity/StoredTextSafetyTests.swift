import Testing
import VetCore
@testable import VetStore
import VetSQL

/// The store's own free-text inputs (reasons, summaries, notes) follow the same rule as the
/// forms: no control or direction characters, line breaks only where a field holds several lines.
@Suite struct StoredTextSafetyTests {
    @Test(arguments: SQLDialect.allCases)
    func communicationSummaryKeepsLinesButRefusesEscapes(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try practice.registerClient()
        let id = try #require(client.id)
        let logged = try practice.database.logCommunication(clientID: id, inbound: true, channel: .call,
                                                            summary: "Rang about Biscuit\r\nwill call back", as: practice.manager)
        #expect(logged.summary == "Rang about Biscuit\nwill call back")
        #expect(throws: StoreError.invalid(ValidationError(field: "summary",
                                                           message: "summary must not contain control characters (found U+001B)"))) {
            try practice.database.logCommunication(clientID: id, inbound: true, channel: .call,
                                                   summary: "\u{1B}]0;pwned\u{07}", as: practice.manager)
        }
    }

    @Test(arguments: SQLDialect.allCases)
    func overrideAndRectificationReasonsAreChecked(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try practice.registerClient()
        let id = try #require(client.id)
        try practice.restrictProcessing(clientID: id)
        var form = ClientForm()
        form.firstName = "Zoë"; form.lastName = "Le Brun"; form.addressLine1 = "1 Rue"; form.town = "St Helier"
        form.postcode = "JE3 7DE"; form.phones = [.init(label: .mobile, number: "07700 900123")]
        let details = try form.validated()
        #expect(throws: StoreError.invalid(ValidationError(field: "override reason",
            message: "override reason must not contain text-direction characters (found U+202E)"))) {
            try practice.database.updateClient(id: id, expectedVersion: client.version, details: details,
                                               overrideReason: "court order\u{202E}", as: practice.manager)
        }
        #expect(throws: StoreError.invalid(ValidationError(field: "reason",
            message: "reason must be on one line (found a line break, U+000A)"))) {
            try practice.database.updateClient(id: id, expectedVersion: client.version, details: details,
                                               reason: "typo\nfixed", overrideReason: "court order", as: practice.manager)
        }
    }
}
