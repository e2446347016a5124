import Foundation
import Testing
import VetCore
import VetDeskTestSupport
import VetStore
import VetSQL

/// Vet, money, insurance and manager work in a real terminal, each role in its own tmux session.
@Suite("back office in a real terminal", .serialized)
struct BackOfficeTerminalTests {
    /// The practice with a vet, a small price list and Zoë Ó Briain with her dog Rex.
    private func clinicalPractice(engine: SQLDialect = .sqlite) throws -> (FlowPractice, clientID: Int64) {
        let practice = try FlowPractice.make(engine: engine)
        let store = practice.store
        let victor = try store.addUser(username: "victor", displayName: "Victor Vet", role: .vet, as: practice.manager)
        try store.changeOwnPassword(username: "victor", current: victor.oneTimePassword, new: "victor-vet-pass")
        try store.addPriceItem(PriceItemDetails(code: "CONS", name: "Consultation", kind: .service, unitPrice: 4250,
                                                vatRate: .standard), as: practice.manager)
        try store.addPriceItem(PriceItemDetails(code: "VAX", name: "Vaccination booster", kind: .medicine, unitPrice: 3000,
                                                vatRate: .standard), as: practice.manager)
        var form = ClientForm()
        form.firstName = "Zoë"
        form.lastName = "Ó Briain"
        form.addressLine1 = "1 Rue du Pont"
        form.town = "St Aubin"
        form.postcode = "JE3 8AB"
        form.phones = [.init(label: .mobile, number: "07700 900321")]
        let client = try store.registerClient(form.validated(), as: practice.manager)
        let clientID = try #require(client.id)
        var pet = PetForm()
        pet.name = "Rex"
        pet.species = "Dog"
        try store.registerPet(pet.validated(today: SystemClock().today()), clientID: clientID, as: practice.manager)
        return (practice, clientID)
    }

    private func openZoe(_ terminal: TmuxSession, as user: String, _ password: String) throws {
        try terminal.logIn(user, password)
        try terminal.type("briain")
        try terminal.waitFor(text: "Ó Briain, Zoë")
        try terminal.send("Enter")
        try terminal.waitFor(text: "Rex")
    }

    private func vetLogsAConsultationWithTwoLines(_ practice: FlowPractice) throws {
        let vet = try practice.openTerminal()
        defer { vet.kill() }
        try openZoe(vet, as: "victor", "victor-vet-pass")
        try vet.send("v")
        try vet.waitFor(text: "Reason")
        try vet.send("Tab", "Tab")
        try vet.type("Limping on the left fore")
        try vet.send("F5")
        try vet.type("CONS")
        try vet.send("Enter")
        try vet.send("F5")
        try vet.type("vacc")
        try vet.send("Tab", "BSpace")
        try vet.type("2")
        try vet.send("Enter")
        try vet.waitFor(text: "Vaccination booster")
        try vet.send("F2")
        try vet.waitFor(text: "Draft invoice for £123.00")
    }

    /// On PostgreSQL too: the front end is the same whichever engine holds the practice.
    @Test(arguments: SQLDialect.allCases)
    func aConsultationBecomesAnInvoiceThatIsFinalisedAndPaid(engine: SQLDialect) throws {
        let (practice, clientID) = try clinicalPractice(engine: engine)
        try vetLogsAConsultationWithTwoLines(practice)
        let desk = try practice.openTerminal()
        defer { desk.kill() }
        try openZoe(desk, as: "rita", "reception-pass")
        try desk.send("a")
        try desk.waitFor(text: "Statement")
        try desk.send("Enter")
        try desk.waitFor(text: "Draft")
        try desk.send("F2")
        try desk.waitFor(text: "Finalise this invoice?")
        try desk.send("y")
        try desk.waitFor(text: "Finalised INV-")
        try desk.send("F7")
        try desk.waitFor(text: "Take a payment")
        try desk.send("C-u")
        try desk.type("100")
        try desk.send("Tab", "C-u")
        try desk.type("cash")
        try desk.send("F2")
        try desk.waitFor(text: "Payment recorded")
        try desk.waitFor(text: "· Part paid")
        // The rest: the form starts at what is still outstanding, and the invoice is then paid.
        try desk.send("F7")
        try desk.waitFor(text: "Amount (£): 23.00")
        try desk.send("F2")
        try desk.waitFor(text: "INV-\(SystemClock().today().year)-00001 · Paid")
        try desk.send("Escape")
        try desk.waitFor(text: "Balance: £0.00")
        #expect(try practice.store.balance(clientID: clientID) == .zero)
        #expect(try practice.store.invoiceStandings(clientID: clientID).first?.paymentStatus == .paid)
    }

    @Test func aClaimIsSubmittedPartPaidAndTheDisclosureLogged() throws {
        let (practice, clientID) = try clinicalPractice()
        try vetLogsAConsultationWithTwoLines(practice)
        let draft = try #require(try practice.store.invoices(clientID: clientID).first)
        try practice.store.finaliseInvoice(id: try #require(draft.id), expectedVersion: draft.version, as: practice.manager)
        let desk = try practice.openTerminal()
        defer { desk.kill() }
        try openZoe(desk, as: "rita", "reception-pass")
        try desk.send("i")
        try desk.waitFor(text: "Policies")
        try desk.send("F2")
        try desk.type("Petplan")
        try desk.send("Tab")
        try desk.type("PP-1234567")
        try desk.send("F2")
        try desk.waitFor(text: "Policy added.")
        try desk.send("F5")
        try desk.type("Carpal sprain")
        try desk.send("Tab", "Tab", "Space", "Down", "Space")
        try desk.send("F2")
        try desk.waitFor(text: "Draft claim")
        try desk.send("F2")
        try desk.waitFor(text: "Submitted to Petplan")
        try desk.send("F5")
        try desk.type("part paid")
        try desk.send("Tab")
        try desk.type("80")
        try desk.send("F2")
        try desk.waitFor(text: "updated.")  // "Part paid" already shows in the pick list before saving
        let view = try practice.store.viewClient(id: clientID, as: practice.manager)
        #expect(view.claims.first?.status == .partPaid)
        #expect(view.claims.first?.settledPence == 8000)
        #expect(view.disclosures.contains { $0.recipient == "Petplan" && $0.purpose == "insurance claim" })
    }

    @Test func aReceptionistCannotOpenTheManagersScreensAndIsToldWhy() throws {
        let practice = try FlowPractice.make()
        let desk = try practice.openTerminal()
        defer { desk.kill() }
        try desk.logIn("rita", "reception-pass")
        try desk.send("F12")
        try desk.waitFor(text: "A receptionist cannot use the manager's menu")
        try desk.send("F9")
        try desk.waitFor(text: "A receptionist cannot work a data-protection request")
        #expect(try desk.screen().contains("Find:"))
    }
}
