import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

/// The online queue records the wait as the note's queue minutes; follow-ups are listed until booked.
@Suite("Online queue and follow-ups")
struct OnlineQueueTests {
    @Test("a vet takes the longest waiting; the wait becomes the consultation's queue minutes", arguments: SQLDialect.allCases)
    func waitBecomesQueueMinutes(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (client, pet) = try practice.registerClientWithPet()
        let (other, otherPet) = try practice.registerClientWithPet(petName: "Mango")
        let nine = try practice.reopened(on: TestPractice.standardDay, hour: 9)
        let first = try nine.joinQueue(clientID: try client.id.unwrapped("c"), petID: try pet.id.unwrapped("p"), kind: .video,
                                       reason: "Itchy ears", as: practice.receptionist)
        _ = try nine.joinQueue(clientID: try other.id.unwrapped("c"), petID: try otherPet.id.unwrapped("p"), kind: .phone,
                               reason: "Off food", as: practice.receptionist)
        #expect(refusal { _ = try nine.joinQueue(clientID: try client.id.unwrapped("c"), petID: try pet.id.unwrapped("p"),
                                                 kind: .video, reason: "Again", as: practice.receptionist) }
            == "Biscuit is already in the online queue")
        let later = try practice.reopened(clock: FixedClock(nine.clock.now().addingTimeInterval(37 * 60 + 20)))
        let queue = try later.onlineQueue(as: practice.vet)
        #expect(queue.map(\.petName) == ["Biscuit", "Mango"])
        #expect(queue.first?.waitMinutes == 37)
        let taken = try #require(try later.takeFromQueue(as: practice.vet))
        #expect(taken.id == first.id)
        var form = ConsultationForm()
        form.kind = .video
        form.reason = "Itchy ears"
        let note = try form.validated(today: TestPractice.standardDay)
        let logged = try later.logConsultation(petID: try pet.id.unwrapped("p"), details: note,
                                               from: .queue(try taken.id.unwrapped("q")), as: practice.vet)
        #expect(logged.consultation.queueMinutes == 37)
        #expect(try later.onlineQueue(as: practice.vet).map(\.petName) == ["Mango"])
        var inPerson = ConsultationForm()
        inPerson.reason = "Off food"
        let next = try #require(try later.takeFromQueue(as: practice.vet))
        #expect(refusal { _ = try later.logConsultation(petID: try otherPet.id.unwrapped("p"),
                                                        details: try inPerson.validated(today: TestPractice.standardDay),
                                                        from: .queue(try next.id.unwrapped("q")), as: practice.vet) }
            == "a client from the online queue is seen by video or phone; choose that kind")
        #expect(try later.takeFromQueue(as: practice.vet) == nil)
    }

    @Test("a follow-up is listed when due until it is booked or the pet is seen again", arguments: SQLDialect.allCases)
    func followUps(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        let (client, pet) = try practice.registerClientWithPet()
        var form = ConsultationForm()
        form.reason = "Lameness"
        form.followUp = "2025-03-10"
        let logged = try db.logConsultation(petID: try pet.id.unwrapped("p"), details: try form.validated(today: TestPractice.standardDay),
                                            as: practice.vet)
        #expect(try db.followUps(through: day(2025, 3, 9), as: practice.receptionist).isEmpty)
        let due = try db.followUps(through: day(2025, 3, 10), as: practice.receptionist)
        #expect(due.map(\.petName) == ["Biscuit"])
        #expect(due.first?.reason == "Lameness")
        var booking = practice.appointmentForm(client: client, pet: pet, start: "2025-03-10 10:00", reason: "Lameness re-check")
        booking.followUpOf = logged.consultation.id
        let appointment = try db.bookAppointment(booking, as: practice.receptionist)
        #expect(try db.followUps(through: day(2025, 3, 10), as: practice.receptionist).isEmpty)
        _ = try db.setAppointmentState(id: try appointment.id.unwrapped("a"), expectedVersion: appointment.version, to: .cancelled,
                                       reason: "Owner away", as: practice.receptionist)
        #expect(try db.followUps(through: day(2025, 3, 10), as: practice.receptionist).count == 1)
    }
}
