import Foundation
import Testing
@testable import VetStore
import VetCore

/// Treatments and notes the money tests log, priced so that totals are easy to check.
enum Treatments {
    /// £45.00 + 20% VAT = £54.00.
    static let consultation = TreatmentLine(priceItemID: nil, description: "Consultation", quantity: 1,
                                            unitPrice: 4_500, vatRate: .standard)
    /// 3 × £4.11 = £12.33 + VAT £2.47 (2.466 rounded per line) = £14.80.
    static let meloxicam = TreatmentLine(priceItemID: nil, description: "Meloxicam 1.5 mg/ml, per ml", dose: "0.5 ml daily",
                                         quantity: 3, batch: "MX2291", unitPrice: 411, vatRate: .standard)

    /// A validated note as the consultation form would produce it.
    static func note(reason: String = "Lame on left fore", lines: [TreatmentLine] = [consultation, meloxicam],
                     weight: String = "12.5", followUp: String = "", today: LocalDate = TestPractice.standardDay)
        throws -> ConsultationDetails {
        var form = ConsultationForm()
        form.reason = reason
        form.subjective = "Lame since a walk on the beach"
        form.objective = "Pain on flexion of the carpus"
        form.assessment = "Soft-tissue sprain"
        form.plan = "Rest, meloxicam, recheck in a week"
        form.weight = weight
        form.followUp = followUp
        form.lines = lines
        return try form.validated(today: today)
    }
}

/// A charge line for hand-drafted invoices.
func charge(_ description: String, pence: Int, quantity: Int = 1, vat: VATRate = .standard, petID: Int64? = nil,
            on day: LocalDate? = nil) -> ChargeLine {
    ChargeLine(petID: petID, value: InvoiceLineValue(description: description, quantity: quantity,
                                                     unitPrice: Pence(pence), vatRate: vat), treatedOn: day)
}

/// The sentence a refused action gave, for checking the wording.
func refusal(_ action: () throws -> Void) -> String {
    do {
        try action()
        return "no refusal"
    } catch {
        return String(describing: error)
    }
}

extension TestPractice {
    /// A client and pet seen by the vet today: the consultation and its finalised invoice.
    func billedConsultation(lines: [TreatmentLine] = [Treatments.consultation, Treatments.meloxicam])
        throws -> (client: Client, pet: Pet, consultation: Consultation, invoice: Invoice) {
        let (client, pet) = try registerClientWithPet()
        let logged = try database.logConsultation(petID: try pet.id.orThrow("pet"),
                                                  details: try Treatments.note(lines: lines), as: vet)
        let draft = try logged.invoice.unwrapped("draft invoice")
        let invoice = try database.finaliseInvoice(id: try draft.id.orThrow("invoice"), expectedVersion: draft.version,
                                                   as: receptionist)
        return (client, pet, logged.consultation, invoice)
    }
}

extension Optional {
    /// Unwraps in a test, failing it with a reason instead of crashing.
    func unwrapped(_ what: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Wrapped {
        try #require(self, "\(what) is missing", sourceLocation: sourceLocation)
    }
}
