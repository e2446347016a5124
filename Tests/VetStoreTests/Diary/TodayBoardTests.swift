import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

/// The Today board: one audited read of the site's day, shaped by the role reading it.
@Suite("Today board")
struct TodayBoardTests {
    /// On 3 March: Biscuit is seen and billed, the bill claimed and submitted; Mango is seen with
    /// a follow-up for 20 March and a draft left for checkout; an access request arrives on 10 March.
    /// Returns the practice opened on Monday 7 April at 08:00 with two appointments, a cancelled
    /// one and Biscuit waiting in the online queue.
    private func busyDay(_ practice: TestPractice) throws -> AppDatabase {
        let db = practice.database
        let (client, pet) = try practice.registerClientWithPet()
        let logged = try db.logConsultation(petID: try pet.id.unwrapped("pet"), details: try Treatments.note(), as: practice.vet)
        let draft = try logged.invoice.unwrapped("draft")
        let invoice = try db.finaliseInvoice(id: try draft.id.unwrapped("id"), expectedVersion: draft.version, as: practice.receptionist)
        let insurer = try db.addInsurer(name: "Channel Pet Cover", as: practice.receptionist)
        let policy = try db.addPolicy(petID: try pet.id.unwrapped("pet"), insurerID: try insurer.id.unwrapped("insurer"),
                                      number: "CPC-1", startsOn: day(2024, 6, 1), endsOn: nil, excess: .zero, as: practice.receptionist)
        let lines = try db.invoiceLines(invoiceID: try invoice.id.unwrapped("invoice")).compactMap(\.id)
        let claim = try db.createClaim(policyID: try policy.id.unwrapped("policy"), invoiceLineIDs: lines, condition: "Sprain",
                                       payTo: .vet, as: practice.receptionist)
        _ = try db.submitClaim(id: try claim.id.unwrapped("claim"), expectedVersion: claim.version, as: practice.receptionist)
        let (other, mango) = try practice.registerClientWithPet(petName: "Mango")
        _ = try db.logConsultation(petID: try mango.id.unwrapped("mango"),
                                   details: try Treatments.note(reason: "Ear infection", followUp: "2025-03-20"), as: practice.vet)
        let march = try practice.reopened(on: day(2025, 3, 10))
        _ = try march.logRequest(NewRequest(kinds: [.access], requesterName: "Zoë Le Brun", clientID: client.id, channel: .email,
                                            receivedOn: day(2025, 3, 10)), as: practice.manager)
        let april = try practice.reopened(on: day(2025, 4, 7), hour: 8)
        let siteID = try april.sites().first?.id.unwrapped("site")
        let room = try april.addRoom(siteID: try siteID.unwrapped("site"), name: "Nurse room", as: practice.manager)
        var nurse = practice.appointmentForm(client: other, pet: mango, start: "2025-04-07 09:30", reason: "Nail clip")
        nurse.column = .room(try room.id.unwrapped("room"))
        _ = try april.bookAppointment(nurse, as: practice.receptionist)
        _ = try april.bookAppointment(practice.appointmentForm(client: client, pet: pet, start: "2025-04-07 10:00"),
                                      as: practice.receptionist)
        let cancelled = try april.bookAppointment(practice.appointmentForm(client: other, pet: mango, start: "2025-04-07 11:00"),
                                                  as: practice.receptionist)
        _ = try april.setAppointmentState(id: try cancelled.id.unwrapped("id"), expectedVersion: cancelled.version, to: .cancelled,
                                          reason: "Owner rang", as: practice.receptionist)
        _ = try april.joinQueue(clientID: try client.id.unwrapped("client"), petID: try pet.id.unwrapped("pet"), kind: .video,
                                reason: "Itchy ears", as: practice.receptionist)
        return april
    }

    @Test("reception sees the day's appointments, the queue, drafts, follow-ups and claims to chase, audited once",
          arguments: SQLDialect.allCases)
    func receptionBoard(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let april = try busyDay(practice)
        let viewsBefore = try practice.read { db in try db.fetchValue(Int.self, "SELECT count(*) FROM audit_entry WHERE action = 'view'") }
        let board = try april.todayBoard(as: practice.receptionist)
        #expect(board.date == day(2025, 4, 7))
        #expect(board.appointments.map(\.petName) == ["Mango", "Biscuit"], "by time, the cancelled one left out")
        #expect(board.ownAppointmentCount == nil)
        #expect(board.queue.map(\.petName) == ["Biscuit"])
        #expect(board.draftInvoices?.map(\.clientName) == ["Zoë Le Brun"])
        #expect(board.draftInvoices?.first?.gross == Pence(6_880))
        #expect(board.followUps.map(\.reason) == ["Ear infection"])
        #expect(board.claimsToChase?.map(\.petName) == ["Biscuit"])
        #expect(board.claimsToChase?.first?.submittedOn == TestPractice.standardDay)
        #expect(board.requests == nil, "requests are the manager's")
        let views = try practice.read { db in
            try db.fetchAll("SELECT detail FROM audit_entry WHERE action = 'view' ORDER BY id").map { try $0.decode(String.self, "detail") }
        }
        #expect(views.count == (viewsBefore ?? 0) + 1)
        #expect(views.last?.hasPrefix("today at ") == true)
        #expect(views.last?.contains("2 appointments, 1 in the queue, 1 draft invoices, 1 follow-ups, 1 claims to chase") == true)
    }

    @Test("a vet sees their own appointments first and no money or claims; the manager also sees requests due",
          arguments: SQLDialect.allCases)
    func boardPerRole(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let april = try busyDay(practice)
        let vet = try april.todayBoard(as: practice.vet)
        #expect(vet.appointments.map(\.petName) == ["Biscuit", "Mango"], "the vet's own 10:00 before the nurse room's 09:30")
        #expect(vet.ownAppointmentCount == 1)
        #expect(vet.draftInvoices == nil && vet.claimsToChase == nil && vet.requests == nil)
        #expect(vet.followUps.count == 1 && vet.queue.count == 1)
        let manager = try april.todayBoard(as: practice.manager)
        #expect(manager.requests?.count == 1)
        #expect(manager.requests?.first?.urgency == .dueSoon)
        #expect(manager.draftInvoices?.count == 1 && manager.claimsToChase?.count == 1)
    }

    @Test("follow-ups older than 30 days, claims submitted under 30 days ago and other days' appointments stay off",
          arguments: SQLDialect.allCases)
    func windows(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        _ = try busyDay(practice)
        let later = try practice.reopened(on: day(2025, 4, 22), hour: 8)
        let board = try later.todayBoard(as: practice.receptionist)
        #expect(board.followUps.isEmpty, "due 20 March, more than 30 days before 22 April")
        #expect(board.appointments.isEmpty)
        #expect(board.claimsToChase?.count == 1)
        let early = try practice.reopened(on: day(2025, 3, 20), hour: 8)
        let march = try early.todayBoard(as: practice.receptionist)
        #expect(march.claimsToChase?.isEmpty == true, "submitted 17 days before")
        #expect(march.followUps.map(\.dueOn) == [day(2025, 3, 20)])
    }
}
