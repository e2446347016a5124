import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

@Suite("Allergy alerts")
struct AllergyAlertTests {
    /// A practice with amoxicillin-clavulanate (a penicillin), meloxicam (an NSAID) and a
    /// consultation fee, and a client whose dog has no alerts yet.
    private struct Setup {
        let practice: TestPractice
        let amoxicillin: PriceItem
        let meloxicam: PriceItem
        let consultation: PriceItem
        let client: Client
        let pet: Pet
        var petID: Int64 { pet.id ?? 0 }

        init(engine: SQLDialect) throws {
            practice = try TestPractice.make(engine: engine)
            let db = practice.database
            amoxicillin = try db.addPriceItem(PriceItemDetails(code: "AMOXC", name: "Amoxicillin-clavulanate 250 mg tablet",
                                                               kind: .medicine, unitPrice: 120, vatRate: .standard,
                                                               drugClass: .penicillins), as: practice.manager)
            meloxicam = try db.addPriceItem(PriceItemDetails(code: "MELOX", name: "Meloxicam 1.5 mg/ml", kind: .medicine,
                                                             unitPrice: 45, vatRate: .standard, drugClass: .nsaids),
                                            as: practice.manager)
            consultation = try db.addPriceItem(PriceItemDetails(code: "CONS", name: "Consultation", kind: .service,
                                                                unitPrice: 4_850, vatRate: .standard), as: practice.manager)
            (client, pet) = try practice.registerClientWithPet(petName: "Rex")
        }

        func line(_ item: PriceItem, reason: String? = nil) -> TreatmentLine {
            TreatmentLine(priceItemID: item.id, description: item.name, quantity: 1, unitPrice: item.unitPrice,
                          vatRate: item.vatRate, allergyReason: reason)
        }

        /// Sets the pet's free-text alerts as the pet form would.
        func setFreeTextAlert(_ text: String) throws {
            try practice.write { db in
                try db.execute("UPDATE pet SET alerts = ? WHERE id = ?", [text, petID])
            }
        }
    }

    @Test("an alert naming a class matches every item of the class and nothing else", arguments: SQLDialect.allCases)
    func byClass(engine: SQLDialect) throws {
        let setup = try Setup(engine: engine)
        let db = setup.practice.database
        try db.addAllergyAlert(petID: setup.petID, drugClass: .penicillins, as: setup.practice.vet)
        let report = try db.allergyMatches(petID: setup.petID, priceItemID: try setup.amoxicillin.id.unwrapped("id"))
        #expect(report.petName == "Rex")
        #expect(report.matches == [AllergyMatch(alert: "allergic to Penicillins",
                                                because: "Amoxicillin-clavulanate 250 mg tablet is one of the penicillins")])
        #expect(try db.allergyMatches(petID: setup.petID, priceItemID: try setup.meloxicam.id.unwrapped("id")).matches.isEmpty)
        #expect(try db.allergyAlerts(petID: setup.petID).map(\.text) == ["allergic to Penicillins"])
        #expect(try db.viewClient(id: try setup.client.id.unwrapped("client"), as: setup.practice.receptionist).alerts
            == ["Rex: allergic to Penicillins"])
    }

    @Test("an alert naming an item matches only that item", arguments: SQLDialect.allCases)
    func byItem(engine: SQLDialect) throws {
        let setup = try Setup(engine: engine)
        let db = setup.practice.database
        try db.addAllergyAlert(petID: setup.petID, priceItemID: setup.meloxicam.id, as: setup.practice.receptionist)
        #expect(try db.allergyMatches(petID: setup.petID, priceItemID: try setup.meloxicam.id.unwrapped("id")).matches.map(\.alert)
            == ["allergic to Meloxicam 1.5 mg/ml"])
        #expect(try db.allergyMatches(petID: setup.petID, priceItemID: try setup.amoxicillin.id.unwrapped("id")).matches.isEmpty)
        #expect(refusal { _ = try db.addAllergyAlert(petID: setup.petID, priceItemID: setup.meloxicam.id, as: setup.practice.vet) }
            == "Rex already has that allergy alert")
        #expect(refusal { _ = try db.addAllergyAlert(petID: setup.petID, as: setup.practice.vet) }
            == "allergic to must name one drug class or one price-list item")
    }

    @Test("older free-text alerts match by class names and synonyms, not by unrelated words", arguments: SQLDialect.allCases)
    func freeText(engine: SQLDialect) throws {
        let setup = try Setup(engine: engine)
        let db = setup.practice.database
        try setup.setFreeTextAlert("Allergic to PENICILLIN (hives 2023)")
        let matches = try db.allergyMatches(petID: setup.petID, priceItemID: try setup.amoxicillin.id.unwrapped("id")).matches
        #expect(matches.map(\.alert) == ["Allergic to PENICILLIN (hives 2023)"])
        #expect(matches.first?.because.contains("penicillins") == true)
        #expect(try db.allergyMatches(petID: setup.petID, priceItemID: try setup.meloxicam.id.unwrapped("id")).matches.isEmpty)
        try setup.setFreeTextAlert("bites; nervous at consultation")
        #expect(try db.allergyMatches(petID: setup.petID, priceItemID: try setup.consultation.id.unwrapped("id")).matches.isEmpty)
        try setup.setFreeTextAlert("reacted to metacam")
        #expect(try db.allergyMatches(petID: setup.petID, priceItemID: try setup.meloxicam.id.unwrapped("id")).matches.count == 1)
    }

    @Test("a matching treatment needs a reason, which is kept on the treatment, its invoice line and the audit trail", arguments: SQLDialect.allCases)
    func reasonRequiredAndKept(engine: SQLDialect) throws {
        let setup = try Setup(engine: engine)
        let db = setup.practice.database
        try db.addAllergyAlert(petID: setup.petID, drugClass: .penicillins, as: setup.practice.vet)
        let refused = refusal {
            _ = try db.logConsultation(petID: setup.petID, details: try Treatments.note(lines: [setup.line(setup.amoxicillin)]),
                                       as: setup.practice.vet)
        }
        #expect(refused == "line 1: Amoxicillin-clavulanate 250 mg tablet matches Rex's alert 'allergic to Penicillins' "
            + "(Amoxicillin-clavulanate 250 mg tablet is one of the penicillins); give the reason it is given anyway")
        let reason = "Culture shows sensitivity only to this; owner consents, premedicated"
        let logged = try db.logConsultation(
            petID: setup.petID,
            details: try Treatments.note(lines: [setup.line(setup.consultation), setup.line(setup.amoxicillin, reason: reason)]),
            as: setup.practice.vet)
        let record = try db.consultation(id: try logged.consultation.id.unwrapped("consultation"))
        #expect(record.lines.map(\.allergyReason) == [nil, reason])
        let invoiceLines = try db.invoiceLines(invoiceID: try logged.invoice?.id.unwrapped("invoice") ?? 0)
        #expect(invoiceLines.map(\.allergyReason) == [nil, reason])
        #expect(try setup.practice.auditActions(clientID: setup.client.id).contains("give despite allergy alert"))
    }

    @Test("a line added at checkout for the pet is checked too; lines already on the draft are not asked again", arguments: SQLDialect.allCases)
    func checkoutLine(engine: SQLDialect) throws {
        let setup = try Setup(engine: engine)
        let db = setup.practice.database
        let logged = try db.logConsultation(petID: setup.petID, details: try Treatments.note(lines: [setup.line(setup.consultation)]),
                                            as: setup.practice.vet)
        let draft = try logged.invoice.unwrapped("draft")
        try db.addAllergyAlert(petID: setup.petID, drugClass: .penicillins, as: setup.practice.vet)
        let kept = try db.invoiceLines(invoiceID: try draft.id.unwrapped("invoice")).map(\.chargeLine)
        let item = setup.amoxicillin
        func extra(_ reason: String?) -> ChargeLine {
            ChargeLine(petID: setup.petID, value: InvoiceLineValue(description: item.name, quantity: 10, unitPrice: item.unitPrice,
                                                                   vatRate: item.vatRate),
                       treatedOn: TestPractice.standardDay, priceItemID: item.id, allergyReason: reason)
        }
        let refused = refusal {
            _ = try db.updateDraftInvoice(id: try draft.id.unwrapped("invoice"), expectedVersion: draft.version,
                                          lines: kept + [extra(nil)], as: setup.practice.receptionist)
        }
        #expect(refused.hasPrefix("line 2: Amoxicillin-clavulanate 250 mg tablet matches Rex's alert"))
        let updated = try db.updateDraftInvoice(id: try draft.id.unwrapped("invoice"), expectedVersion: draft.version,
                                                lines: kept + [extra("vet confirmed by phone")], as: setup.practice.receptionist)
        let lines = try db.invoiceLines(invoiceID: try updated.id.unwrapped("invoice"))
        #expect(lines.map(\.allergyReason) == [nil, "vet confirmed by phone"])
        let again = try db.updateDraftInvoice(id: try updated.id.unwrapped("invoice"), expectedVersion: updated.version,
                                              lines: lines.map(\.chargeLine), as: setup.practice.receptionist)
        #expect(try db.invoiceLines(invoiceID: try again.id.unwrapped("invoice")).map(\.allergyReason) == [nil, "vet confirmed by phone"])
    }
}
