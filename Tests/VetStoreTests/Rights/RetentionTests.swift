import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

@Suite("retention review")
struct RetentionTests {
    /// An old client (pet last seen 2016, last paid 2016, registered 2010), a current client, and
    /// an old client who still owes money.
    private func practiceWithHistory(engine: SQLDialect) throws
        -> (TestPractice, old: Int64, oldPet: Int64, current: Int64, debtor: Int64) {
        let practice = try TestPractice.make(engine: engine)
        let old = try practice.registerClient(firstName: "Arthur", lastName: "Old", phone: "07700 900001")
        let oldID = try #require(old.id)
        let oldPet = try practice.registerPet(name: "Rex", clientID: oldID)
        try practice.addConsultation(petID: try #require(oldPet.id), on: day(2016, 5, 2))
        try practice.addInvoice(clientID: oldID, petID: oldPet.id, pence: 3000, on: day(2016, 5, 2), paid: true)
        let current = try practice.registerClientWithPet(petName: "Fido")
        try practice.addConsultation(petID: try #require(current.pet.id), on: day(2025, 1, 10))
        let debtor = try practice.registerClient(firstName: "Dora", lastName: "Debt", phone: "07700 900002")
        let debtorID = try #require(debtor.id)
        try practice.addInvoice(clientID: debtorID, petID: nil, pence: 9900, on: day(2015, 1, 1), paid: false)
        try practice.write { db in
            try db.execute("UPDATE client SET created_at = '2010-01-01 10:00:00.000' WHERE id IN (?, ?)", [oldID, debtorID])
            try db.execute("UPDATE pet SET created_at = '2010-01-01 10:00:00.000' WHERE client_id = ?", [oldID])
        }
        return (practice, oldID, try #require(oldPet.id), try #require(current.client.id), debtorID)
    }

    @Test(arguments: SQLDialect.allCases)
    func listsWhatIsPastItsPeriodWithReasonAndDueDateAndChangesNothing(engine: SQLDialect) throws {
        let (practice, old, oldPet, current, debtor) = try practiceWithHistory(engine: engine)
        let before = try practice.dump()
        let items = try practice.database.retentionReview(today: TestPractice.standardDay)
        #expect(try practice.dump() == before)
        let client = try #require(items.first { $0.kind == .client && $0.id == old })
        #expect(client.dueOn == day(2023, 5, 2))
        #expect(client.reason.contains("Rex last seen 2016-05-02"))
        let pet = try #require(items.first { $0.kind == .pet && $0.id == oldPet })
        #expect(pet.dueOn == day(2023, 5, 2))
        #expect(!items.contains { $0.clientID == current })
        #expect(items.first { $0.kind == .client && $0.id == debtor }?.heldBecause == "owes £99.00")
    }

    @Test(arguments: SQLDialect.allCases)
    func applyingAnonymisesOnlyWhatIsDueWithAnAuditEntryEach(engine: SQLDialect) throws {
        let (practice, old, oldPet, current, debtor) = try practiceWithHistory(engine: engine)
        let currentBefore = try practice.database.viewClient(id: current, as: practice.manager).client
        let applied = try practice.database.applyRetention(as: practice.manager)
        #expect(Set(applied.anonymised.map(\.id)) == [old, oldPet])
        #expect(applied.held.map(\.id) == [debtor])
        let state = try practice.read { db in
            (old: try db.fetchRecord(Client.self, id: old), pet: try db.fetchRecord(Pet.self, id: oldPet),
             debtor: try db.fetchRecord(Client.self, id: debtor),
             audits: try db.fetchValue(Int.self, "SELECT count(*) FROM audit_entry WHERE action = 'anonymise'"),
             consultations: try db.fetchValue(Int.self, "SELECT count(*) FROM consultation WHERE pet_id = ?", [oldPet]))
        }
        #expect(state.old?.status == .anonymised && state.old?.lastName == "client")
        #expect(state.pet?.name == "Anonymised pet")
        #expect(state.debtor?.status == .active)
        #expect(state.audits == 2)
        #expect(state.consultations == 1)
        let currentAfter = try practice.database.viewClient(id: current, as: practice.manager).client
        #expect(currentAfter == currentBefore)
        #expect(try practice.database.retentionReview(today: TestPractice.standardDay).map(\.id) == [debtor])
    }

    @Test(arguments: SQLDialect.allCases)
    func onlyAManagerMayApply(engine: SQLDialect) throws {
        let (practice, _, _, _, _) = try practiceWithHistory(engine: engine)
        #expect(throws: StoreError.self) { try practice.database.applyRetention(as: practice.receptionist) }
    }

    @Test(arguments: SQLDialect.allCases)
    func aFailureHalfWayLeavesTheDatabaseExactlyAsBefore(engine: SQLDialect) throws {
        let (practice, _, _, _, _) = try practiceWithHistory(engine: engine)
        #expect(try practice.expectNothingChanged(failingOn: "audit_entry", when: "NEW.action = 'apply retention review'") {
            try practice.database.applyRetention(as: practice.manager)
        })
    }
}
