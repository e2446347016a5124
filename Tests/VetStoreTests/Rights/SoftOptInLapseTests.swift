import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

/// A soft opt-in lapses after the practice's period with no sale (24 months unless set), and the
/// marketing lists respect it; consent given outright does not lapse.
@Suite("soft opt-in lapse")
struct SoftOptInLapseTests {
    @Test(arguments: SQLDialect.allCases)
    func aSoftOptInWithNoSaleForTheLapsePeriodLeavesTheListConsentDoesNot(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let back = try practice.reopened(on: day(2022, 6, 1))
        var ids: [String: Int64] = [:]
        for (name, phone) in [("Nosale", "07700 900201"), ("Buyer", "07700 900202"), ("Consented", "07700 900203")] {
            let id = try #require(try practice.registerClient(lastName: name, phone: phone, email: "\(name.lowercased())@example.je").id)
            ids[name] = id
            try back.grantConsent(clientID: id, channel: .email, purpose: .practice,
                                  basis: name == "Consented" ? .consent : .softOptIn, source: .inPerson,
                                  wordingVersion: name == "Consented" ? "2022-01" : nil, as: practice.receptionist)
        }
        try practice.addInvoice(clientID: try #require(ids["Buyer"]), petID: nil, pence: 2_000, on: day(2024, 6, 1), paid: true)
        #expect(try practice.database.softOptInLapseMonths() == 24)
        let listed = { try Set(practice.database.marketingList(channel: .email, purpose: .practice, as: practice.manager).map(\.clientID)) }
        #expect(try listed() == [ids["Buyer"], ids["Consented"]].compactMap { $0 }.reduce(into: Set<Int64>()) { $0.insert($1) })
        try practice.database.setSoftOptInLapse(months: 36, as: practice.manager)
        #expect(try listed().count == 3, "within 36 months of the opt-in, no sale is needed yet")
        #expect(throws: StoreError.self) { try practice.database.setSoftOptInLapse(months: 0, as: practice.manager) }
        #expect(throws: StoreError.self) { try practice.database.setSoftOptInLapse(months: 12, as: practice.receptionist) }
    }
}
