import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

/// Editing a pet, recording its death (and a manager's correction), and transferring it to a new
/// owner, against a real practice file. The practice's day is Mon 3 Mar 2025.
@Suite("pet life events")
struct PetLifeEventTests {
    private func refusal(_ body: () throws -> Void) -> String {
        do { try body() } catch { return "\(error)" }
        return "accepted"
    }

    private func details(_ pet: Pet, change: (inout PetForm) -> Void) throws -> PetDetails {
        var form = PetForm()
        form.name = pet.name
        form.species = pet.species
        form.sex = pet.sex.rawValue
        change(&form)
        return try form.validated(today: TestPractice.standardDay)
    }

    @Test(arguments: SQLDialect.allCases)
    func aStaleEditIsAConflictNamingWhoSavedAndWhenAndChangesNothing(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (_, pet) = try practice.registerClientWithPet()
        let id = try #require(pet.id)
        let saved = try practice.database.updatePet(id: id, expectedVersion: pet.version,
                                                    details: try details(pet) { $0.colour = "Liver and white" }, as: practice.vet)
        #expect(saved.version == pet.version + 1)
        let stale = refusal {
            _ = try practice.database.updatePet(id: id, expectedVersion: pet.version,
                                                details: try details(pet) { $0.breed = "Spaniel" }, as: practice.receptionist)
        }
        #expect(stale.contains("Priya Shah (vet)"), "\(stale)")
        #expect(stale.contains("3 Mar 2025 at 12:00"), "\(stale)")
        let now = try practice.database.petHistory(id: id).pet
        #expect(now.colour == "Liver and white")
        #expect(now.breed == nil)
        let audit = try practice.read { db in
            try db.fetchValue(String.self, "SELECT detail FROM audit_entry WHERE action = 'change pet'")
        }
        #expect(audit == "colour: (none) → Liver and white")
    }

    @Test(arguments: SQLDialect.allCases)
    func deathDateRules(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (client, pet) = try practice.registerClientWithPet()
        let id = try #require(pet.id)
        let born = try details(pet) { $0.dateOfBirth = "2020-06-01" }
        let withBirth = try practice.database.updatePet(id: id, expectedVersion: pet.version, details: born, as: practice.vet)
        try practice.addConsultation(petID: id, on: day(2025, 2, 20))
        let version = withBirth.version
        let death = { (date: LocalDate) in
            refusal { try practice.database.recordPetDeath(id: id, on: date, cause: nil, expectedVersion: version, as: practice.vet) }
        }
        #expect(death(day(2025, 3, 4)) == "date of death 2025-03-04 is in the future; today is 2025-03-03")
        #expect(death(day(2020, 5, 31)) == "date of death 2020-05-31 is before Biscuit was born (2020-06-01); "
            + "a pet cannot have died before its birth")
        #expect(death(day(2025, 2, 19)) == "date of death 2025-02-19 is before Biscuit's last consultation on "
            + "Thu 20 Feb 2025; a pet cannot be seen after it died, so use that day or later")
        let dead = try practice.database.recordPetDeath(id: id, on: day(2025, 2, 20), cause: "Heart failure",
                                                        expectedVersion: version, as: practice.vet)
        #expect(dead.status == .deceased)
        #expect(dead.diedOn == day(2025, 2, 20))
        #expect(dead.deathCause == "Heart failure")
        #expect(refusal { try practice.database.recordPetDeath(id: id, on: day(2025, 3, 1), cause: nil,
                                                                expectedVersion: dead.version, as: practice.vet) }
            == "Biscuit is already recorded as died on Thu 20 Feb 2025; a practice manager can correct it")
        let view = try practice.database.viewClient(id: try #require(client.id), as: practice.manager)
        #expect(view.pets.map(\.statusText) == ["Died 2025-02-20"])
        #expect(view.alerts.isEmpty)
        #expect(try practice.database.search("biscuit").first?.pets == ["Biscuit (died 2025-02-20)"])
        let living = try practice.read { db in
            try db.fetchValue(Int.self, "SELECT COUNT(*) FROM pet WHERE status = ?", [PetStatus.active.rawValue])
        }
        #expect(living == 0)
        #expect(try practice.auditActions(clientID: client.id).contains("record death"))
    }

    @Test(arguments: SQLDialect.allCases)
    func onlyAManagerCorrectsADeathAndTheCorrectionIsAudited(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (client, pet) = try practice.registerClientWithPet()
        let id = try #require(pet.id)
        let dead = try practice.database.recordPetDeath(id: id, on: day(2025, 3, 1), cause: nil,
                                                        expectedVersion: pet.version, as: practice.receptionist)
        #expect(refusal {
            try practice.database.correctPetDeath(id: id, diedOn: nil, cause: nil, reason: "Wrong dog",
                                                  expectedVersion: dead.version, as: practice.vet)
        } == "A vet cannot correct a recorded death; ask a practice manager.")
        #expect(refusal {
            try practice.database.correctPetDeath(id: id, diedOn: nil, cause: nil, reason: " ",
                                                  expectedVersion: dead.version, as: practice.manager)
        }.contains("reason"))
        let alive = try practice.database.correctPetDeath(id: id, diedOn: nil, cause: nil, reason: "Recorded against the wrong dog",
                                                          expectedVersion: dead.version, as: practice.manager)
        #expect(alive.status == .active)
        #expect(alive.diedOn == nil)
        let detail = try practice.read { db in
            try db.fetchValue(String.self, "SELECT detail FROM audit_entry WHERE action = 'correct death' AND client_id = ?",
                              [client.id])
        }
        #expect(detail == "died Sat 1 Mar 2025 → alive (death recorded in error); reason: Recorded against the wrong dog")
    }

    @Test(arguments: SQLDialect.allCases)
    func marketingLeavesOutAClientWhosePetsHaveAllDiedAndNamesOnlyLivingPets(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (client, pet) = try practice.registerClientWithPet()
        let clientID = try #require(client.id)
        let other = try practice.registerClient(firstName: "Ann", lastName: "Vibert", phone: "07700 900555")
        let otherID = try #require(other.id)
        let rex = try practice.registerPet(name: "Rex", clientID: otherID)
        _ = try practice.registerPet(name: "Tibbles", species: "cat", clientID: otherID)
        for id in [clientID, otherID] {
            try practice.database.grantConsent(clientID: id, channel: .post, purpose: .practice, basis: .consent,
                                               source: .inPerson, wordingVersion: "v1", as: practice.receptionist)
        }
        let before = try practice.database.marketingList(channel: .post, purpose: .practice, as: practice.manager)
        #expect(before.map(\.pets) == [["Biscuit"], ["Rex", "Tibbles"]])
        try practice.database.recordPetDeath(id: try #require(pet.id), on: day(2025, 3, 2), cause: nil,
                                             expectedVersion: pet.version, as: practice.vet)
        try practice.database.recordPetDeath(id: try #require(rex.id), on: day(2025, 3, 2), cause: nil,
                                             expectedVersion: rex.version, as: practice.vet)
        let after = try practice.database.marketingList(channel: .post, purpose: .practice, as: practice.manager)
        #expect(after.map(\.clientID) == [otherID])
        #expect(after.first?.pets == ["Tibbles"])
        #expect(AppDatabase.marketingCSV(after).contains("Tibbles"))
        #expect(!AppDatabase.marketingCSV(after).contains("Rex"))
    }

    @Test(arguments: SQLDialect.allCases)
    func transferDateRules(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (_, pet) = try practice.registerClientWithPet()
        let id = try #require(pet.id)
        let to = try practice.registerClient(firstName: "Ann", lastName: "Vibert", phone: "07700 900555")
        let toID = try #require(to.id)
        try practice.addConsultation(petID: id, on: day(2025, 2, 20))
        let transfer = { (date: LocalDate, clientID: Int64) in
            refusal { try practice.database.transferPet(id: id, toClientID: clientID, on: date, expectedVersion: pet.version,
                                                        as: practice.receptionist) }
        }
        #expect(transfer(day(2025, 3, 4), toID) == "transfer date 2025-03-04 is in the future; today is 2025-03-03")
        #expect(transfer(day(2025, 2, 19), toID) == "transfer date 2025-02-19 is before Biscuit's last consultation on "
            + "Thu 20 Feb 2025; visits up to the transfer stay on the old owner's record, so use that day or later")
        #expect(transfer(day(2025, 2, 20), pet.clientId) == "new owner: Biscuit already belongs to Mrs Zoë Le Brun")
        #expect(refusal { try practice.database.transferPet(id: id, toClientID: toID, on: day(2025, 2, 20),
                                                           expectedVersion: pet.version, as: practice.vet) }
            == "A vet cannot transfer a pet to another client; ask a receptionist or a practice manager.")
        let dead = try practice.database.recordPetDeath(id: id, on: day(2025, 3, 1), cause: nil,
                                                        expectedVersion: pet.version, as: practice.vet)
        #expect(refusal { try practice.database.transferPet(id: id, toClientID: toID, on: day(2025, 3, 2),
                                                           expectedVersion: dead.version, as: practice.receptionist) }
            == "Biscuit died on Sat 1 Mar 2025; a deceased pet cannot be transferred")
    }

    @Test(arguments: SQLDialect.allCases)
    func aTransferKeepsThePastWithTheOldOwnerAndShowsOnBothRecords(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (from, pet) = try practice.registerClientWithPet()
        let fromID = try #require(from.id)
        let id = try #require(pet.id)
        let to = try practice.registerClient(firstName: "Ann", lastName: "Vibert", phone: "07700 900555")
        let toID = try #require(to.id)
        let before = try practice.addConsultation(petID: id, on: day(2025, 2, 20))
        try practice.addInvoice(clientID: fromID, petID: id, pence: 4500, on: day(2025, 2, 20), paid: false)
        try practice.database.transferPet(id: id, toClientID: toID, on: day(2025, 3, 1), expectedVersion: pet.version,
                                          as: practice.receptionist)
        // A week later the new owner brings Biscuit in.
        let later = try practice.reopened(on: day(2025, 3, 10))
        let after = try practice.addConsultation(petID: id, on: day(2025, 3, 10))
        let old = try later.viewClient(id: fromID, as: practice.manager)
        let new = try later.viewClient(id: toID, as: practice.manager)
        #expect(old.pets.isEmpty)
        #expect(old.formerPets.map { $0.described(for: fromID) } == ["to Mrs Ann Vibert on 2025-03-01"])
        #expect(old.consultations.compactMap(\.id) == [before])
        #expect(old.balance == Pence(4500))
        #expect(new.pets.map(\.name) == ["Biscuit"])
        #expect(new.arrival(of: try #require(new.pets.first))?.described(for: toID) == "from Mrs Zoë Le Brun on 2025-03-01")
        #expect(new.consultations.compactMap(\.id) == [after])
        #expect(new.balance == Pence(0))
        #expect(try practice.auditActions(clientID: fromID).contains("transfer pet out"))
        #expect(try practice.auditActions(clientID: toID).contains("transfer pet in"))
        #expect(try later.search("biscuit").map(\.clientID) == [toID])
        // Each owner's access pack holds the visits of their own time with the pet.
        let packVisits = { (clientID: Int64) in
            try later.read { db in
                try AccessPackCollector(db, clientID: clientID).sections(db).first { $0.table == "consultation" }?.rows.count
            }
        }
        #expect(try packVisits(fromID) == 1)
        #expect(try packVisits(toID) == 1)
        let fromIDs = try later.read { db in try AccessPackCollector(db, clientID: fromID).filters }
        #expect(fromIDs.first { $0.table == "consultation" }?.filter == "id IN (\(before))")
    }
}
