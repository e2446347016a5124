import Foundation
import Testing
import VetCore
import VetDeskTestSupport
import VetStore

/// A pet's death and its transfer to a new owner in a real terminal: tmux runs `vetdesk`, keys
/// are typed at the client record's Pets pane, the screen is read back and the file checked.
@Suite("pet life events in a real terminal", .serialized)
struct PetLifeTerminalTests {
    /// Zoë Ó Briain with her cat Mittens, and Siân Jones with no pets.
    private func practice() throws -> (practice: FlowPractice, zoeID: Int64, sianID: Int64, mittensID: Int64) {
        let practice = try FlowPractice.make()
        func client(_ first: String, _ last: String, _ phone: String) throws -> Int64 {
            var form = ClientForm()
            form.firstName = first
            form.lastName = last
            form.addressLine1 = "1 Rue du Pont"
            form.town = "St Aubin"
            form.postcode = "JE3 8AB"
            form.phones = [.init(label: .mobile, number: phone)]
            return try #require(try practice.store.registerClient(form.validated(), as: practice.manager).id)
        }
        let zoeID = try client("Zoë", "Ó Briain", "07700 900123")
        let sianID = try client("Siân", "Jones", "07700 900456")
        var pet = PetForm()
        pet.name = "Mittens"
        pet.species = "Cat"
        let mittens = try practice.store.registerPet(pet.validated(today: practice.store.clock.today()), clientID: zoeID,
                                                     as: practice.manager)
        return (practice, zoeID, sianID, try #require(mittens.id))
    }

    @Test func recordingADeathConfirmsFirstAndTheRecordShowsTheDate() throws {
        let (practice, zoeID, _, mittensID) = try practice()
        let terminal = try practice.openTerminal()
        defer { terminal.kill() }
        try terminal.logIn("rita", "reception-pass")
        try terminal.type("briain")
        try terminal.waitFor(text: "Ó Briain, Zoë")
        try terminal.send("Enter")
        try terminal.waitFor(text: "Mittens")
        try terminal.send("X")
        try terminal.waitFor(text: "Record the death of Mittens")
        try terminal.send("Tab")
        try terminal.type("Kidney failure")
        try terminal.send("F2")
        try terminal.waitFor(text: "Record that Mittens died on")
        try terminal.send("y")
        let today = SystemClock().today().iso
        let screen = try terminal.waitFor(text: "Died \(today)")
        #expect(screen.contains("Recorded the death of Mittens."))
        let pet = try practice.store.petHistory(id: mittensID).pet
        #expect(pet.status == .deceased)
        #expect(pet.deathCause == "Kidney failure")
        #expect(try practice.store.viewClient(id: zoeID, as: practice.manager).pets.first?.diedOn == SystemClock().today())
    }

    @Test func transferChoosesTheNewOwnerBySearchAndBothRecordsShowIt() throws {
        let (practice, zoeID, sianID, mittensID) = try practice()
        let terminal = try practice.openTerminal()
        defer { terminal.kill() }
        try terminal.logIn("rita", "reception-pass")
        try terminal.type("briain")
        try terminal.waitFor(text: "Ó Briain, Zoë")
        try terminal.send("Enter")
        try terminal.waitFor(text: "Mittens")
        try terminal.send("T")
        try terminal.waitFor(text: "Choose Mittens's new owner")
        try terminal.type("jones")
        try terminal.waitFor(text: "Jones, Siân")
        try terminal.send("Enter")
        try terminal.waitFor(text: "Transfer Mittens from Zoë Ó Briain to Siân Jones")
        try terminal.send("F2")
        try terminal.waitFor(text: "Transfer Mittens to Siân Jones from")
        try terminal.send("y")
        let screen = try terminal.waitFor(text: "Mittens now belongs to Siân Jones.")
        #expect(screen.contains("Transferred to"), "\(screen)")
        #expect(try practice.store.petHistory(id: mittensID).pet.clientId == sianID)
        let today = SystemClock().today().iso
        let sian = try practice.store.viewClient(id: sianID, as: practice.manager)
        let mittens = try #require(sian.pets.first)
        #expect(sian.arrival(of: mittens)?.described(for: sianID) == "from Zoë Ó Briain on \(today)")
        let zoe = try practice.store.viewClient(id: zoeID, as: practice.manager)
        #expect(zoe.formerPets.map { $0.described(for: zoeID) } == ["to Siân Jones on \(today)"])
    }
}
