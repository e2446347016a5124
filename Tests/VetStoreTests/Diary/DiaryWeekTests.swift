import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

/// The week view reads one vet's or room's week in one range query, audited once.
@Suite("Diary week") struct DiaryWeekTests {
    @Test("a week of one column holds only its appointments, every column is still listed, and it is one audited view",
          arguments: SQLDialect.allCases) func oneColumnsWeek(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (client, pet) = try practice.registerClientWithPet()
        let db = practice.database
        let room = try db.addRoom(siteID: try #require(try db.sites().first?.id), name: "Theatre", as: practice.manager)
        let roomID = try #require(room.id)
        _ = try db.bookAppointment(practice.appointmentForm(client: client, pet: pet, start: "2025-03-04 09:00"), as: practice.receptionist)
        _ = try db.bookAppointment(practice.appointmentForm(client: client, pet: pet, start: "2025-03-06 11:00"), as: practice.receptionist)
        var inTheatre = practice.appointmentForm(client: client, pet: pet, start: "2025-03-05 10:00", kind: .operation, reason: "Spay")
        inTheatre.column = .room(roomID)
        _ = try db.bookAppointment(inTheatre, as: practice.receptionist)
        func viewsOfTheDiary() throws -> Int {
            try practice.read { db in
                try db.fetchValue(Int.self, "SELECT count(*) FROM audit_entry WHERE action = 'view' AND record_type = 'appointment'") ?? 0
            }
        }
        let before = try viewsOfTheDiary()

        let vetsWeek = try db.diary(from: day(2025, 3, 3), days: 7, column: .staff(practice.vet.userID), as: practice.receptionist)
        #expect(vetsWeek.count == 7)
        #expect(vetsWeek.flatMap(\.appointments).map(\.appointment.startsAt.description) == ["2025-03-04 09:00", "2025-03-06 11:00"])
        #expect(vetsWeek.allSatisfy { $0.columns.map(\.name) == [practice.vet.displayName, "Theatre"] })
        let theatreWeek = try db.diary(from: day(2025, 3, 3), days: 7, column: .room(roomID), as: practice.receptionist)
        #expect(theatreWeek.flatMap(\.appointments).map(\.appointment.reason) == ["Spay"])
        let everyone = try db.diary(from: day(2025, 3, 3), days: 7, as: practice.receptionist)
        #expect(everyone.flatMap(\.appointments).count == 3)

        #expect(try viewsOfTheDiary() == before + 3)
        let detail = try practice.read { db in
            try db.fetchValue(String.self, "SELECT detail FROM audit_entry WHERE action = 'view' AND record_type = 'appointment' "
                + "AND detail LIKE '%Theatre%' ORDER BY id DESC LIMIT 1")
        }
        #expect(detail?.contains("from 2025-03-03, 7 day(s) of Theatre, 1 appointments") == true, "\(detail ?? "none")")
    }
}
