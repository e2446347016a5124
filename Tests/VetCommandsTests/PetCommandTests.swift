import Foundation
import Testing
import VetDeskTestSupport
import VetCore
import VetStore

/// `vetdesk pet edit|death|transfer` through the real binary.
@Suite("vetdesk pet")
struct PetCommandTests {
    private static let password = "manager-pass-1"

    /// Zoë Smith with her dog Biscuit, and Ann Vibert; the manager is "mia".
    private func practice() throws -> (practice: CommandPractice, biscuit: Pet, annID: Int64) {
        let practice = try CommandPractice(password: Self.password)
        var pet = PetForm()
        pet.name = "Biscuit"
        pet.species = "Dog"
        pet.dateOfBirth = "2020-06-01"
        let biscuit = try practice.store.registerPet(try pet.validated(today: practice.store.clock.today()),
                                                     clientID: try practice.zoeID, as: practice.manager)
        var ann = ClientForm()
        ann.firstName = "Ann"
        ann.lastName = "Vibert"
        ann.addressLine1 = "2 Rue du Pont"
        ann.town = "St Helier"
        ann.postcode = "JE2 3AB"
        ann.phones = [.init(label: .mobile, number: "07700 900777")]
        let annClient = try practice.store.registerClient(try ann.validated(), as: practice.manager)
        return (practice, biscuit, try #require(annClient.id))
    }

    private func run(_ arguments: [String], _ practice: CommandPractice) throws -> CommandRunner.Result {
        try CommandRunner.run(["pet"] + arguments + ["--as", "mia", "--db", practice.path], input: Self.password + "\n")
    }

    private func pet(_ practice: CommandPractice, _ id: Int64?) throws -> Pet {
        try practice.store.petHistory(id: try #require(id)).pet
    }

    @Test func editChangesOnlyTheGivenFieldsAndNamesTheFieldOnARefusal() throws {
        let (practice, biscuit, _) = try practice()
        let saved = try run(["edit", "zoe smith", "biscuit", "--breed", "Spaniel", "--sex", "female", "--neutered", "yes"], practice)
        #expect(saved.status == 0, "stderr: \(saved.stderr)")
        #expect(saved.stdout == "Saved Biscuit (Dog).\n")
        let now = try pet(practice, biscuit.id)
        #expect(now.breed == "Spaniel")
        #expect(now.sex == .female)
        #expect(now.neutered)
        #expect(now.dateOfBirth == LocalDate(year: 2020, month: 6, day: 1))
        let bad = try run(["edit", "zoe smith", "biscuit", "--microchip", "12345"], practice)
        #expect(bad.status != 0)
        #expect(bad.stdout.isEmpty)
        #expect(bad.stderr.contains("microchip"), "\(bad.stderr)")
        let missing = try run(["edit", "zoe smith", "Rex"], practice)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("pet: Zoë Smith has no pet called 'Rex' (their pets: Biscuit)"), "\(missing.stderr)")
    }

    @Test func deathChecksTheDateAndOnlyAManagerCorrectsIt() throws {
        let (practice, biscuit, _) = try practice()
        let future = try run(["death", "zoe smith", "biscuit", "--on", "2199-01-01"], practice)
        #expect(future.status != 0)
        #expect(future.stderr.contains("date of death 2199-01-01 is in the future"), "\(future.stderr)")
        let early = try run(["death", "zoe smith", "biscuit", "--on", "2020-05-31"], practice)
        #expect(early.stderr.contains("date of death 2020-05-31 is before Biscuit was born (2020-06-01)"), "\(early.stderr)")
        let noDate = try run(["death", "zoe smith", "biscuit"], practice)
        #expect(noDate.stderr.contains("date of death: give --on YYYY-MM-DD"), "\(noDate.stderr)")
        let recorded = try run(["death", "zoe smith", "biscuit", "--on", "2024-05-01", "--cause", "Old age"], practice)
        #expect(recorded.status == 0, "stderr: \(recorded.stderr)")
        #expect(recorded.stdout == "Recorded: Biscuit died on 2024-05-01.\n")
        #expect(try pet(practice, biscuit.id).status == .deceased)
        let corrected = try run(["death", "zoe smith", "biscuit", "--correct", "--reason", "Wrong dog"], practice)
        #expect(corrected.status == 0, "stderr: \(corrected.stderr)")
        #expect(try pet(practice, biscuit.id).status == .active)
    }

    @Test func transferMovesThePetFromADateAndRefusesBadOnes() throws {
        let (practice, biscuit, annID) = try practice()
        let bad = try run(["transfer", "zoe smith", "biscuit", "--to", "ann vibert", "--on", "1 May"], practice)
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("transfer date '1 May' is not a date"), "\(bad.stderr)")
        let same = try run(["transfer", "zoe smith", "biscuit", "--to", "zoe smith", "--on", "2024-05-01"], practice)
        #expect(same.stderr.contains("new owner: Biscuit already belongs to Zoë Smith"), "\(same.stderr)")
        let moved = try run(["transfer", "zoe smith", "biscuit", "--to", "ann vibert", "--on", "2024-05-01"], practice)
        #expect(moved.status == 0, "stderr: \(moved.stderr)")
        #expect(moved.stdout == "Transferred Biscuit from Zoë Smith to client \(annID) on 2024-05-01.\n")
        #expect(try pet(practice, biscuit.id).clientId == annID)
        let zoeID = try practice.zoeID
        let view = try practice.store.viewClient(id: zoeID, as: practice.manager)
        #expect(view.formerPets.map { $0.described(for: zoeID) } == ["to Ann Vibert on 2024-05-01"])
    }
}
