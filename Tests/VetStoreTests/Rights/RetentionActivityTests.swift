import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

/// Retention by activity: a client is due only when every period has passed, counted from the
/// practice's local dates; the manager anonymises only what is ticked, after a dry run.
@Suite("retention by activity")
struct RetentionActivityTests {
    private let today = TestPractice.standardDay

    /// A client registered ten years before `today`, with one old pet last seen eleven years ago.
    private func oldClient(_ practice: TestPractice) throws -> (client: Int64, oldPet: Int64) {
        let client = try practice.registerClient(firstName: "Arthur", lastName: "Old", phone: "07700 900001")
        let clientID = try #require(client.id)
        let pet = try practice.registerPet(name: "Rex", clientID: clientID)
        let petID = try #require(pet.id)
        try practice.addConsultation(petID: petID, on: day(2014, 2, 1))
        try practice.write { db in
            try db.execute("UPDATE client SET created_at = '2015-03-01 10:00:00.000' WHERE id = ?", [clientID])
            try db.execute("UPDATE pet SET created_at = '2013-01-01 10:00:00.000' WHERE id = ?", [petID])
        }
        return (clientID, petID)
    }

    @Test(arguments: SQLDialect.allCases)
    func aClientWithAPetRegisteredLastMonthAndNeverSeenIsNotDue(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (clientID, oldPet) = try oldClient(practice)
        let puppy = try practice.registerPet(name: "Pip", clientID: clientID)
        let puppyID = try #require(puppy.id)
        try practice.write { db in
            try db.execute("UPDATE pet SET created_at = '2025-02-03 10:00:00.000' WHERE id = ?", [puppyID])
        }
        let items = try practice.database.retentionReview(today: today)
        #expect(!items.contains { $0.kind == .client && $0.id == clientID }, "\(items.map(\.reason))")
        #expect(!items.contains { $0.kind == .pet && $0.id == puppyID })
        #expect(items.contains { $0.kind == .pet && $0.id == oldPet }, "the old pet alone is past its period")
        let applied = try practice.database.applyRetention(as: practice.manager)
        #expect(!applied.anonymised.contains { $0.kind == .client })
        #expect(try practice.database.viewClient(id: clientID, as: practice.manager).client.lastName == "Old")
    }

    @Test(arguments: SQLDialect.allCases)
    func withoutThePuppyTheClientIsDueWithOneReasonPerPeriod(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (clientID, _) = try oldClient(practice)
        let client = try #require(try practice.database.retentionReview(today: today).first { $0.kind == .client && $0.id == clientID })
        #expect(client.dueOn == day(2021, 3, 1))
        #expect(client.reasons == ["Rex last seen 2014-02-01 + 7 years clinical ended 2021-02-01",
                                   "registered 2015-03-01 + 6 years financial ended 2021-03-01"])
        #expect(client.removes == ["title", "first name", "last name", "address line 1", "town", "postcode", "1 phone number",
                                   "the search entry"])
    }

    @Test(arguments: SQLDialect.allCases)
    func aDeceasedPetCountsFromItsDeathAndALaterRequestOrLetterKeepsTheClient(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (clientID, oldPet) = try oldClient(practice)
        try practice.write { db in
            try db.execute("UPDATE pet SET status = 'deceased', died_on = '2019-06-30' WHERE id = ?", [oldPet])
        }
        var items = try practice.database.retentionReview(today: today)
        #expect(!items.contains { $0.id == oldPet && $0.kind == .pet }, "died 2019: its clinical period runs to 2026")
        #expect(!items.contains { $0.id == clientID && $0.kind == .client })
        try practice.write { db in
            try db.execute("UPDATE pet SET died_on = '2016-06-30' WHERE id = ?", [oldPet])
        }
        items = try practice.database.retentionReview(today: today)
        #expect(items.first { $0.id == oldPet && $0.kind == .pet }?.reasons == ["died 2016-06-30 + 7 years clinical ended 2023-06-30"])
        #expect(items.contains { $0.id == clientID && $0.kind == .client })
        let request = try practice.logRequest([.access], clientID: clientID)
        try practice.write { db in
            try db.execute("UPDATE dsr_request SET received_on = '2020-01-10', closed_on = '2020-02-01', status = 'completed' WHERE id = ?",
                           [request.id])
        }
        #expect(!(try practice.database.retentionReview(today: today).contains { $0.id == clientID && $0.kind == .client }),
                "a request received 2020-01-10 keeps the client until 2026-01-10")
        #expect(try practice.database.retentionReview(today: day(2026, 1, 10)).contains { $0.id == clientID && $0.kind == .client })
    }

    @Test(arguments: SQLDialect.allCases)
    func aVisitJustAfterMidnightInSummerCountsOnThePracticesDate(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (clientID, oldPet) = try oldClient(practice)
        // 23:30 UTC on 30 June is 00:30 on 1 July at the practice (British Summer Time).
        try practice.write { db in
            try db.execute("UPDATE consultation SET seen_at = '2017-06-30 23:30:00.000' WHERE pet_id = ?", [oldPet])
            try db.execute("UPDATE pet SET last_seen_on = NULL WHERE id = ?", [oldPet])
        }
        let onTheDay = try practice.database.retentionReview(today: day(2024, 6, 30))
        #expect(!onTheDay.contains { $0.id == oldPet && $0.kind == .pet }, "seen on 1 July locally: due 1 July 2024")
        let pet = try #require(try practice.database.retentionReview(today: day(2024, 7, 1)).first { $0.id == oldPet && $0.kind == .pet })
        #expect(pet.reasons == ["last seen 2017-07-01 + 7 years clinical ended 2024-07-01"])
        #expect(pet.clientID == clientID)
    }

    @Test(arguments: SQLDialect.allCases)
    func onlyTheTickedItemsAreAnonymisedAndAnUntickableItemIsRefused(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (clientID, oldPet) = try oldClient(practice)
        let current = try practice.registerClientWithPet(petName: "Fido")
        let applied = try practice.database.applyRetention(selecting: [RetentionItem.Key(kind: .pet, id: oldPet)], as: practice.manager)
        #expect(applied.anonymised.map(\.key) == [RetentionItem.Key(kind: .pet, id: oldPet)])
        #expect(applied.anonymised.first?.removes == ["name"])
        #expect(applied.notSelected.map(\.key) == [RetentionItem.Key(kind: .client, id: clientID)])
        #expect(try practice.database.viewClient(id: clientID, as: practice.manager).client.lastName == "Old")
        let currentID = try #require(current.client.id)
        let error = #expect(throws: StoreError.self) {
            try practice.database.applyRetention(selecting: [RetentionItem.Key(kind: .client, id: currentID)], as: practice.manager)
        }
        #expect(error?.description.contains("client \(currentID) is not past its retention period") == true)
    }
}
