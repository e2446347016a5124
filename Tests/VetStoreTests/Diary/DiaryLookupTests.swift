import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

/// The diary screens' unaudited reads: the stamp that says when to read the diary again, and
/// the columns a booking can be with.
@Suite("Diary lookups")
struct DiaryLookupTests {
    @Test("the stamp changes with a booking, a state change and an absence, and reading it is not audited",
          arguments: SQLDialect.allCases)
    func stampFollowsChanges(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        let (client, pet) = try practice.registerClientWithPet()
        let first = day(2025, 3, 4)
        let empty = try db.diaryStamp(from: first, days: 1, as: practice.receptionist)
        let audited = try practice.auditActions().count
        #expect(try db.diaryStamp(from: first, days: 1, as: practice.receptionist) == empty)
        #expect(try practice.auditActions().count == audited)
        let booked = try db.bookAppointment(practice.appointmentForm(client: client, pet: pet, start: "2025-03-04 09:00"),
                                            as: practice.receptionist)
        let afterBooking = try db.diaryStamp(from: first, days: 1, as: practice.receptionist)
        #expect(afterBooking != empty)
        // Another day's diary is not disturbed.
        #expect(try db.diaryStamp(from: first.adding(days: 1), days: 1, as: practice.receptionist)
            == db.diaryStamp(from: first.adding(days: 1), days: 1, as: practice.receptionist))
        _ = try db.setAppointmentState(id: try booked.id.unwrapped("id"), expectedVersion: booked.version, to: .arrived,
                                       as: practice.receptionist)
        let afterArrival = try db.diaryStamp(from: first, days: 1, as: practice.receptionist)
        #expect(afterArrival != afterBooking)
        guard let from = LocalDateTime(stored: "2025-03-04 14:00"), let to = LocalDateTime(stored: "2025-03-04 18:00") else {
            Issue.record("times")
            return
        }
        _ = try db.addAbsence(staffID: practice.vet.userID, from: from, to: to, reason: "Course", as: practice.manager)
        #expect(try db.diaryStamp(from: first, days: 1, as: practice.receptionist) != afterArrival)
    }

    @Test("the columns are the site's vets then its open rooms", arguments: SQLDialect.allCases)
    func columns(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        let site = try #require(try db.sites().first?.id)
        _ = try db.addRoom(siteID: site, name: "Theatre", as: practice.manager)
        let columns = try db.diaryColumns(as: practice.receptionist)
        #expect(columns.map(\.name) == [practice.vet.displayName, "Theatre"])
        #expect(columns.first?.id == .staff(practice.vet.userID))
    }
}
