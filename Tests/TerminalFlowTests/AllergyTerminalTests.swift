import Foundation
import Testing
import VetCore
import VetDeskTestSupport
import VetStore

/// The allergy warning in a real terminal: a penicillin picked for a dog whose old free-text
/// alert says "allergic to penicillin" is stopped until the vet types a reason.
@Suite("allergy warning in a real terminal", .serialized)
struct AllergyTerminalTests {
    @Test func aPenicillinForAPenicillinAllergicDogNeedsAReasonThatIsKept() throws {
        let practice = try FlowPractice.make()
        let store = practice.store
        try store.addPriceItem(PriceItemDetails(code: "AMOXC", name: "Amoxicillin-clavulanate 250 mg tablet", kind: .medicine,
                                                unitPrice: 120, vatRate: .standard, drugClass: .penicillins),
                               as: practice.manager)
        var client = ClientForm()
        client.firstName = "Siân"
        client.lastName = "Pryce"
        client.addressLine1 = "3 Rue Verte"
        client.town = "St Helier"
        client.postcode = "JE2 4UH"
        client.phones = [.init(label: .mobile, number: "07700 900777")]
        let saved = try store.registerClient(client.validated(), as: practice.manager)
        var pet = PetForm()
        pet.name = "Moss"
        pet.species = "Dog"
        pet.sex = "male"
        pet.alerts = "allergic to penicillin"
        let moss = try store.registerPet(pet.validated(today: store.clock.today()), clientID: saved.id ?? 0, as: practice.manager)

        let terminal = try practice.openTerminal()
        defer { terminal.kill() }
        try terminal.logIn("mary", "manager-pass")
        try terminal.type("Pryce")
        try terminal.waitFor(text: "Pryce, Siân")
        try terminal.send("Enter")
        try terminal.waitFor(text: "Moss")
        try terminal.send("v")
        try terminal.waitFor(text: "New consultation for Moss")
        try terminal.send("Tab")
        try terminal.send("Tab")
        try terminal.type("Wound on the paw")
        try terminal.send("F5")
        try terminal.waitFor(text: "Add from the price list")
        try terminal.type("clav")
        try terminal.waitFor(text: "AMOXC")
        try terminal.send("Enter")
        let warning = try terminal.waitFor(text: "Allergy alert")
        #expect(warning.contains("allergic to penicillin"))
        #expect(warning.contains("Amoxicillin-clavulanate"))
        try terminal.type("Only sensitive antibiotic on culture")
        try terminal.send("Enter")
        try terminal.waitFor(text: "Treatments: £1.44")
        try terminal.send("F2")
        try terminal.waitFor(text: "Consultation saved")
        let mossID = try #require(moss.id)
        let visit = try #require(try store.petHistory(id: mossID).consultations.first?.id)
        #expect(try store.consultation(id: visit).lines.map(\.allergyReason) == ["Only sensitive antibiotic on culture"])
    }
}
