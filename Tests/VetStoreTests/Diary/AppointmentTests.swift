import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

/// Booking, clashes, hours, absences and the day of an appointment, on both engines.
@Suite("Appointments")
struct AppointmentTests {
    @Test("a booking shows in the day's diary with the pet's alerts, and viewing it is audited", arguments: SQLDialect.allCases)
    func bookAndView(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (client, pet) = try practice.registerClientWithPet()
        try practice.write { db in _ = try db.execute("UPDATE pet SET alerts = 'Bites when muzzled' WHERE id = ?", [pet.id]) }
        let booked = try practice.database.bookAppointment(
            practice.appointmentForm(client: client, pet: pet, start: "2025-03-04 09:00"), as: practice.receptionist)
        #expect(booked.state == .booked)
        #expect(booked.endsAt.description == "2025-03-04 09:15")
        let days = try practice.database.diary(from: day(2025, 3, 4), as: practice.receptionist)
        let diaryDay = try #require(days.first)
        #expect(diaryDay.columns.map(\.name) == [practice.vet.displayName])
        #expect(diaryDay.hours?.opens.description == "08:30")
        #expect(diaryDay.appointments.map(\.petName) == ["Biscuit"])
        #expect(diaryDay.appointments.first?.alerts == ["Bites when muzzled"])
        #expect(try practice.auditActions().contains("book appointment"))
        let viewed = try practice.read { db in
            try db.fetchValue(String.self, "SELECT detail FROM audit_entry WHERE action = 'view' AND record_type = 'appointment' ORDER BY id DESC LIMIT 1")
        }
        #expect(viewed?.contains("from 2025-03-04") == true)
    }

    @Test("a clash is refused naming who holds the slot; a cancelled one frees it", arguments: SQLDialect.allCases)
    func clashNamesTheHolder(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        let (client, pet) = try practice.registerClientWithPet()
        let first = try db.bookAppointment(practice.appointmentForm(client: client, pet: pet, start: "2025-03-04 09:00", minutes: 30),
                                           as: practice.receptionist)
        let (other, otherPet) = try practice.registerClientWithPet(petName: "Mango")
        let clash = refusal { _ = try db.bookAppointment(practice.appointmentForm(client: other, pet: otherPet, start: "2025-03-04 09:15"),
                                                         as: practice.receptionist) }
        #expect(clash.contains("is already booked 09:00–09:30 on Tue 4 Mar 2025 for Biscuit (Zoë Le Brun, consultation)"))
        #expect(clash.contains(practice.vet.displayName))
        // Back to back is fine.
        _ = try db.bookAppointment(practice.appointmentForm(client: other, pet: otherPet, start: "2025-03-04 09:30"), as: practice.receptionist)
        _ = try db.setAppointmentState(id: try first.id.unwrapped("id"), expectedVersion: first.version, to: .cancelled,
                                       reason: "Owner rang", as: practice.receptionist)
        _ = try db.bookAppointment(practice.appointmentForm(client: other, pet: otherPet, start: "2025-03-04 09:00"), as: practice.receptionist)
    }

    @Test("hours, breaks, closed days, the past, absences and bad input are refused by field", arguments: SQLDialect.allCases)
    func refusals(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        let (client, pet) = try practice.registerClientWithPet()
        func book(_ start: String, minutes: Int = 15) -> String {
            refusal { _ = try db.bookAppointment(practice.appointmentForm(client: client, pet: pet, start: start, minutes: minutes),
                                                 as: practice.receptionist) }
        }
        #expect(book("2025-03-04 08:00") == "08:00–08:15 cannot be booked: the site is open 08:30–18:30 on Tuesdays")
        #expect(book("2025-03-04 12:50") == "12:50–13:05 cannot be booked: 13:00–14:00 is the break on Tuesdays")
        #expect(book("2025-03-09 10:00") == "Harbour Vets is closed on Sundays; choose another day")
        #expect(book("2025-03-01 10:00") == "start 2025-03-01 10:00 is in the past; book from today on")
        #expect(book("2025-03-04 10:03") .contains("start 2025-03-04 10:03 must be on a five-minute mark"))
        #expect(book("2025-03-04 10:00", minutes: 7) == "length must be minutes from 5 to 480 in steps of 5, not '7'")
        var noReason = practice.appointmentForm(client: client, pet: pet, start: "2025-03-04 10:00")
        noReason.reason = " "
        #expect(refusal { _ = try db.bookAppointment(noReason, as: practice.receptionist) } == "reason must not be empty")
        let start = try LocalDateTime(parsing: "2025-03-05 08:00", field: "from")
        _ = try db.addAbsence(staffID: practice.vet.userID, from: start, to: start.adding(minutes: 600), reason: "Training",
                              as: practice.manager)
        #expect(book("2025-03-05 09:00").contains("is away from 2025-03-05 08:00 to 2025-03-05 18:00 (Training)"))
        #expect(refusal { _ = try db.addAbsence(staffID: practice.vet.userID, from: start, to: start, reason: "", as: practice.receptionist) }
            .contains("to 2025-03-05 08:00 must be after from"))
    }

    @Test("a deceased pet, a restricted client without an override, and someone else's pet cannot be booked",
          arguments: SQLDialect.allCases)
    func whoCanBeBooked(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        let (client, pet) = try practice.registerClientWithPet()
        let (other, _) = try practice.registerClientWithPet(petName: "Mango")
        #expect(refusal { _ = try db.bookAppointment(practice.appointmentForm(client: other, pet: pet, start: "2025-03-04 10:00"),
                                                     as: practice.receptionist) }.contains("Biscuit does not belong to client"))
        try practice.restrictProcessing(clientID: try client.id.unwrapped("client"))
        let form = practice.appointmentForm(client: client, pet: pet, start: "2025-03-04 10:00")
        #expect(refusal { _ = try db.bookAppointment(form, as: practice.receptionist) }
            .contains("is restricted under a data-protection request"))
        let overridden = try db.bookAppointment(form, overrideReason: "legal claims: vaccination ordered by court", as: practice.manager)
        #expect(overridden.state == .booked)
        try practice.write { db in _ = try db.execute("UPDATE pet SET status = 'deceased', died_on = '2025-03-01' WHERE id = ?", [pet.id]) }
        #expect(refusal { _ = try db.bookAppointment(practice.appointmentForm(client: client, pet: pet, start: "2025-03-04 11:00"),
                                                     overrideReason: "legal claims: x", as: practice.manager) }
            == "Biscuit has died; appointments cannot be booked for a deceased pet")
    }

    @Test("an appointment moves through its day; finishing it writes the note and links it", arguments: SQLDialect.allCases)
    func throughTheDay(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        let (client, pet) = try practice.registerClientWithPet()
        var appointment = try db.bookAppointment(practice.appointmentForm(client: client, pet: pet, start: "2025-03-03 14:00"),
                                                 as: practice.receptionist)
        let id = try appointment.id.unwrapped("id")
        appointment = try db.moveAppointment(id: id, expectedVersion: appointment.version,
                                             to: try LocalDateTime(parsing: "2025-03-03 15:00", field: "start"), minutes: 30,
                                             column: .staff(practice.vet.userID), as: practice.receptionist)
        #expect(appointment.endsAt.description == "2025-03-03 15:30")
        #expect(refusal { _ = try db.setAppointmentState(id: id, expectedVersion: 1, to: .arrived, as: practice.receptionist) }
            .contains("This appointment was changed by"))
        appointment = try db.setAppointmentState(id: id, expectedVersion: appointment.version, to: .arrived, as: practice.receptionist)
        #expect(appointment.arrivedAt != nil)
        appointment = try db.setAppointmentState(id: id, expectedVersion: appointment.version, to: .inConsultation, as: practice.vet)
        var form = ConsultationForm()
        form.reason = appointment.reason
        let details = try form.validated(today: TestPractice.standardDay)
        let logged = try db.logConsultation(petID: try pet.id.unwrapped("pet"), details: details, from: .appointment(id), as: practice.vet)
        let finished = try db.diaryAppointment(id: id, as: practice.vet).appointment
        #expect(finished.state == .finished)
        #expect(finished.consultationId == logged.consultation.id)
        #expect(refusal { _ = try db.setAppointmentState(id: id, expectedVersion: finished.version, to: .noShow, as: practice.receptionist) }
            == "this appointment is finished; it can no longer change")
        #expect(refusal { _ = try db.setAppointmentState(id: id, expectedVersion: finished.version, to: .cancelled, as: practice.receptionist) }
            == "cancel reason: say why the appointment is cancelled")
    }

    @Test("of two terminals booking one slot at the same moment, exactly one wins", arguments: SQLDialect.allCases)
    func twoTerminalsOneSlot(engine: SQLDialect) async throws {
        let practice = try TestPractice.make(engine: engine)
        let (client, pet) = try practice.registerClientWithPet()
        let (other, otherPet) = try practice.registerClientWithPet(petName: "Mango")
        let forms = [practice.appointmentForm(client: client, pet: pet, start: "2025-03-04 11:00"),
                     practice.appointmentForm(client: other, pet: otherPet, start: "2025-03-04 11:05")]
        let terminals = try forms.map { _ in try practice.reopened(clock: FixedClock(date: TestPractice.standardDay)) }
        let desk = practice.receptionist
        let outcomes = await withTaskGroup(of: String.self) { group in
            for (terminal, form) in zip(terminals, forms) {
                group.addTask {
                    do { _ = try terminal.bookAppointment(form, as: desk); return "booked" } catch { return "\(error)" }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 == "booked" }.count == 1)
        #expect(outcomes.filter { $0.contains("is already booked 11:0") }.count == 1)
        #expect(try practice.read { db in try db.fetchValue(Int.self, "SELECT count(*) FROM appointment") } == 1)
    }
}
