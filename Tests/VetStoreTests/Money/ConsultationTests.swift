import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

@Suite("Consultations")
struct ConsultationTests {
    @Test("logging a note saves it, weighs the pet, marks it seen and drafts the owner's invoice", arguments: SQLDialect.allCases)
    func logConsultation(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (client, pet) = try practice.registerClientWithPet()
        let petID = try pet.id.unwrapped("pet id")
        let (consultation, drafted) = try practice.database.logConsultation(petID: petID, details: try Treatments.note(),
                                                                            as: practice.vet)
        let invoice = try drafted.unwrapped("draft invoice")
        #expect(consultation.vetId == practice.vet.userID)
        #expect(consultation.weightGrams == 12_500)
        #expect(invoice.status == .draft)
        #expect(invoice.clientId == client.id)
        #expect(invoice.consultationId == consultation.id)
        #expect(invoice.netPence == 4_500 + 1_233)
        #expect(invoice.vatPence == 900 + 247)
        #expect(invoice.grossPence == 6_880)
        let lines = try practice.database.invoiceLines(invoiceID: try invoice.id.unwrapped("invoice id"))
        #expect(lines.map(\.description) == ["Consultation", "Meloxicam 1.5 mg/ml, per ml"])
        #expect(lines.allSatisfy { $0.petId == petID && $0.treatedOn == TestPractice.standardDay && $0.treatmentLineId != nil })
        let history = try practice.database.petHistory(id: petID)
        #expect(history.weights.map(\.grams) == [12_500])
        #expect(history.pet.lastSeenOn == TestPractice.standardDay)
        #expect(history.pet.version == pet.version)
        #expect(try practice.database.balance(clientID: try client.id.unwrapped("client id")) == .zero)
    }

    @Test("a receptionist cannot log a consultation", arguments: SQLDialect.allCases)
    func receptionistRefused(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (_, pet) = try practice.registerClientWithPet()
        let message = refusal {
            _ = try practice.database.logConsultation(petID: try pet.id.unwrapped("pet id"), details: try Treatments.note(),
                                                      as: practice.receptionist)
        }
        #expect(message == "A receptionist cannot log a consultation; ask a vet or a practice manager.")
    }

    @Test("a deceased pet cannot be seen", arguments: SQLDialect.allCases)
    func deceasedPetRefused(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (_, pet) = try practice.registerClientWithPet()
        let petID = try pet.id.unwrapped("pet id")
        try practice.database.recordPetDeath(id: petID, on: day(2025, 3, 1), cause: nil, expectedVersion: pet.version,
                                                  as: practice.vet)
        let message = refusal { _ = try practice.database.logConsultation(petID: petID, details: try Treatments.note(), as: practice.vet) }
        #expect(message == "Biscuit died on Sat 1 Mar 2025; a consultation cannot be logged for a deceased pet")
        #expect(try practice.database.petHistory(id: petID).consultations.isEmpty)
    }

    @Test("a correction before the lock re-bills the draft invoice and keeps lines added by hand", arguments: SQLDialect.allCases)
    func correctionBeforeLock(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (_, pet) = try practice.registerClientWithPet()
        let logged = try practice.database.logConsultation(petID: try pet.id.unwrapped("pet id"),
                                                           details: try Treatments.note(), as: practice.vet)
        let drafted = try logged.invoice.unwrapped("draft invoice")
        let invoiceID = try drafted.id.unwrapped("invoice id")
        var lines = try practice.database.invoiceLines(invoiceID: invoiceID)
            .map(\.chargeLine)
        lines.append(charge("Dog food, 2 kg", pence: 1_500))
        let edited = try practice.database.updateDraftInvoice(id: invoiceID, expectedVersion: drafted.version,
                                                              lines: lines, as: practice.manager)
        #expect(edited.grossPence == 6_880 + 1_800)

        let later = try practice.reopened(clock: FixedClock(TestPractice.standardDay.instant(hour: 20, in: practice.database.clock.timeZone)))
        let consultationID = try logged.consultation.id.unwrapped("consultation id")
        let corrected = try later.updateConsultation(id: consultationID, expectedVersion: 1,
                                                     details: try Treatments.note(reason: "Sprained carpus",
                                                                                  lines: [Treatments.consultation]),
                                                     as: practice.vet)
        #expect(corrected.version == 2)
        let record = try later.consultation(id: consultationID)
        #expect(record.consultation.reason == "Sprained carpus")
        #expect(record.lines.map(\.description) == ["Consultation"])
        #expect(record.isLocked == false)
        let invoice = try record.invoice.unwrapped("invoice")
        #expect(invoice.version == edited.version + 1)
        // The hand-added line keeps its place; the meloxicam is no longer billed.
        #expect(try later.invoiceLines(invoiceID: invoiceID).map(\.description).sorted() == ["Consultation", "Dog food, 2 kg"])
        #expect(invoice.grossPence == 5_400 + 1_800)
    }

    @Test("a locked note is refused and must be corrected by addendum", arguments: SQLDialect.allCases)
    func lockedNote(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (_, pet) = try practice.registerClientWithPet()
        let logged = try practice.database.logConsultation(petID: try pet.id.unwrapped("pet id"),
                                                           details: try Treatments.note(), as: practice.vet)
        let id = try logged.consultation.id.unwrapped("consultation id")
        let nextDay = try practice.reopened(on: day(2025, 3, 4))
        let message = refusal {
            _ = try nextDay.updateConsultation(id: id, expectedVersion: 1,
                                               details: try Treatments.note(reason: "Changed"), as: practice.vet)
        }
        #expect(message == "this note is locked since 4 Mar 2025 at 12:00; add an addendum")
        #expect(try nextDay.consultation(id: id).consultation.reason == "Lame on left fore")

        let addendum = try nextDay.addAddendum(consultationID: id, text: "Radiographs later showed no fracture.", as: practice.vet)
        #expect(addendum.authorId == practice.vet.userID)
        #expect(addendum.writtenAt == nextDay.clock.now())
        let record = try nextDay.consultation(id: id)
        #expect(record.isLocked)
        #expect(record.addenda.map(\.text) == ["Radiographs later showed no fracture."])
        #expect(refusal { _ = try nextDay.addAddendum(consultationID: id, text: "Noted", as: practice.receptionist) }
            == "A receptionist cannot add an addendum; ask a vet or a practice manager.")
        #expect(refusal { _ = try nextDay.addAddendum(consultationID: id, text: "   ", as: practice.vet) }
            == "addendum must not be empty")
    }

    @Test("a stale correction is refused, naming who saved first, and nothing is overwritten", arguments: SQLDialect.allCases)
    func staleCorrection(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (_, pet) = try practice.registerClientWithPet()
        let logged = try practice.database.logConsultation(petID: try pet.id.unwrapped("pet id"),
                                                           details: try Treatments.note(), as: practice.vet)
        let id = try logged.consultation.id.unwrapped("consultation id")
        try practice.database.updateConsultation(id: id, expectedVersion: 1, details: try Treatments.note(reason: "First save"),
                                                 as: practice.vet)
        #expect(throws: StoreError.self) {
            try practice.database.updateConsultation(id: id, expectedVersion: 1,
                                                     details: try Treatments.note(reason: "Second save"), as: practice.manager)
        }
        let message = refusal {
            try practice.database.updateConsultation(id: id, expectedVersion: 1,
                                                     details: try Treatments.note(reason: "Second save"), as: practice.manager)
        }
        #expect(message.hasPrefix("This consultation note was changed by Priya Shah (vet) on 3 Mar 2025 at 12:00"))
        #expect(try practice.database.consultation(id: id).consultation.reason == "First save")
    }

    @Test("once its invoice is finalised, a note's treatments cannot change", arguments: SQLDialect.allCases)
    func treatmentsFixedAfterFinalising(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let billed = try practice.billedConsultation()
        let id = try billed.consultation.id.unwrapped("consultation id")
        let message = refusal {
            try practice.database.updateConsultation(id: id, expectedVersion: 1,
                                                     details: try Treatments.note(lines: [Treatments.consultation]), as: practice.vet)
        }
        #expect(message.hasPrefix("the treatments are billed on invoice INV-2025-00001, which is finalised"))
        // The words of the note can still be corrected while unlocked.
        try practice.database.updateConsultation(id: id, expectedVersion: 1, details: try Treatments.note(reason: "Sprain"),
                                                 as: practice.vet)
        #expect(try practice.database.consultation(id: id).lines.count == 2)
    }
}
