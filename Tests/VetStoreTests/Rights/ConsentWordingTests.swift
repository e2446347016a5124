import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

/// The practice keeps its consent wordings by version; once it does, consent must name one of them.
@Suite("consent wordings")
struct ConsentWordingTests {
    @Test(arguments: SQLDialect.allCases)
    func consentNamesAKeptWordingAndWordingsAreNeverChanged(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        let client = try #require(try practice.registerClient(email: "zoe@example.je").id)
        try db.addConsentWording(version: "2026-01", wording: "May we email you about our own services?",
                                 inUseFrom: day(2025, 1, 1), as: practice.manager)
        #expect(try db.consentWordings().map(\.version) == ["2026-01"])
        #expect { try db.grantConsent(clientID: client, channel: .email, purpose: .practice, basis: .consent, source: .inPerson,
                                      wordingVersion: "2019-07", as: practice.receptionist) }
            throws: { "\($0)".contains("wording version '2019-07' is not one of the practice's consent wordings") }
        try db.grantConsent(clientID: client, channel: .email, purpose: .practice, basis: .consent, source: .inPerson,
                            wordingVersion: "2026-01", as: practice.receptionist)
        try db.grantConsent(clientID: client, channel: .sms, purpose: .practice, basis: .softOptIn, source: .inPerson,
                            wordingVersion: nil, as: practice.receptionist)
        #expect { try db.addConsentWording(version: "2026-01", wording: "Changed", inUseFrom: day(2025, 2, 1), as: practice.manager) }
            throws: { "\($0)".contains("already exists") }
        #expect(throws: StoreError.self) {
            try db.addConsentWording(version: "2026-02", wording: "x", inUseFrom: day(2025, 2, 1), as: practice.receptionist)
        }
        #expect(throws: (any Error).self) {
            try db.performUnattended { db in try db.execute("UPDATE consent_wording SET wording = 'edited'") }
        }
    }
}
