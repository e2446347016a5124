import Foundation
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// The clinical practice on Tuesday 10 March 2026 at 10:00, with a day's work for Today.
extension TestPractice {
    /// The same file seen at another hour of `day`, as another terminal would.
    func at(_ day: LocalDate, hour: Int) throws -> AppDatabase {
        try AppDatabase(path: directory.appendingPathComponent("practice.sqlite").path, mode: .existing,
                        clock: FixedClock(date: day, hour: hour))
    }

    /// Victor's morning: Rex (arrived) at 10:30 and Mittens at 11:00; Bao joined the online
    /// queue at 09:00; Rex's note from today left as a draft; Mittens' follow-up from last week
    /// is two days overdue; a claim for Rex submitted on 1 February is still unanswered.
    @discardableResult
    func busyDay() throws -> (vet: StaffSession, zoe: Int64, rex: Pet) {
        let victor = try store.users().first { $0.username == "victor" }.unwrap("Victor")
        let vet = StaffSession(userID: victor.id ?? 0, username: "victor", displayName: victor.displayName, role: .vet)
        let (zoe, rex) = try zoeAndRex()
        let view = try store.viewClient(id: zoe, as: manager)
        let mittens = try view.pets.first { $0.name == "Mittens" }.unwrap("Mittens")
        let sian = try store.search("Jones").first.unwrap("Siân")
        let bao = try store.viewClient(id: sian.clientID, as: manager).pets.first.unwrap("Bao")
        // A claim from early February, never answered.
        let february = try at(LocalDate(year: 2026, month: 2, day: 1) ?? TestPractice.today, hour: 11)
        var old = ConsultationForm()
        old.reason = "Ear infection"
        old.lines = [TreatmentLine(priceItemID: nil, description: "Consultation", quantity: 1, unitPrice: 4250, vatRate: .standard)]
        let earlier = try february.logConsultation(petID: rex.id ?? 0, details: try old.validated(today: february.clock.today()),
                                                   as: vet)
        let draft = try earlier.invoice.unwrap("draft")
        let invoice = try february.finaliseInvoice(id: draft.id ?? 0, expectedVersion: draft.version, as: receptionist)
        let insurer = try february.addInsurer(name: "Channel Pet Cover", as: receptionist)
        let policy = try february.addPolicy(petID: rex.id ?? 0, insurerID: insurer.id ?? 0, number: "CPC-1",
                                            startsOn: LocalDate(year: 2025, month: 6, day: 1) ?? TestPractice.today, endsOn: nil,
                                            excess: .zero, as: receptionist)
        let lines = try february.invoiceLines(invoiceID: invoice.id ?? 0).compactMap(\.id)
        let claim = try february.createClaim(policyID: policy.id ?? 0, invoiceLineIDs: lines, condition: "Otitis", payTo: .vet,
                                             as: receptionist)
        _ = try february.submitClaim(id: claim.id ?? 0, expectedVersion: claim.version, as: receptionist)
        // Mittens seen last week, to come back on the 8th.
        let lastWeek = try at(TestPractice.today.adding(days: -7), hour: 16)
        var check = ConsultationForm()
        check.reason = "Weight check"
        check.followUp = TestPractice.today.adding(days: -2).iso
        _ = try lastWeek.logConsultation(petID: mittens.id ?? 0, details: try check.validated(today: lastWeek.clock.today()), as: vet)
        // This morning.
        try rexConsultation(vet: vet)
        let nine = try at(TestPractice.today, hour: 9)
        _ = try nine.joinQueue(clientID: sian.clientID, petID: bao.id ?? 0, kind: .video, reason: "Sneezing", as: receptionist)
        let rexVisit = try store.bookAppointment(booking(zoe, rex, vet, "10:30", "Limping"), as: receptionist)
        _ = try store.setAppointmentState(id: rexVisit.id ?? 0, expectedVersion: rexVisit.version, to: .arrived, as: receptionist)
        _ = try store.bookAppointment(booking(zoe, mittens, vet, "11:00", "Booster"), as: receptionist)
        return (vet, zoe, rex)
    }

    func booking(_ client: Int64, _ pet: Pet, _ vet: StaffSession, _ time: String, _ reason: String) -> AppointmentForm {
        var form = AppointmentForm()
        form.clientID = client
        form.petID = pet.id
        form.column = .staff(vet.userID)
        form.start = "\(TestPractice.today.iso) \(time)"
        form.minutes = "15"
        form.reason = reason
        return form
    }
}

extension Optional {
    func unwrap(_ what: String) throws -> Wrapped {
        guard let self else { throw StoreError.refused("\(what) is missing") }
        return self
    }
}
