import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

/// Appointments and places in the online queue are personal data: the access pack and the
/// portability export hold them, erasure deletes them, and retention neither anonymises a client
/// with one still to come nor leaves their free text behind when it does.
@Suite("diary and data protection")
struct DiaryDataProtectionTests {
    /// The client with Biscuit booked on 4 March (notes and reason free text), a cancelled booking, and
    /// a place in the online queue whose reason names them.
    private func bookedClient(_ practice: TestPractice, firstName: String = "Zoë", lastName: String = "Le Brun",
                              phone: String = "07700 900123",
                              hour: String = "09") throws -> (client: Client, appointment: Appointment, queue: QueueEntry) {
        let client = try practice.registerClient(firstName: firstName, lastName: lastName, phone: phone)
        let pet = try practice.registerPet(clientID: try #require(client.id))
        var form = practice.appointmentForm(client: client, pet: pet, start: "2025-03-04 \(hour):00", reason: "Lame on the left fore")
        form.notes = "Owner prefers mornings; her husband Karl collects"
        let booked = try practice.database.bookAppointment(form, as: practice.receptionist)
        let cancelled = try practice.database.bookAppointment(
            practice.appointmentForm(client: client, pet: pet, start: "2025-03-05 \(hour):30", reason: "Booster"), as: practice.receptionist)
        _ = try practice.database.setAppointmentState(id: try #require(cancelled.id), expectedVersion: cancelled.version,
                                                      to: .cancelled, reason: "Away on holiday", as: practice.receptionist)
        let queued = try practice.database.joinQueue(clientID: try #require(client.id), petID: try #require(pet.id), kind: .video,
                                                     reason: "\(firstName) worried about a cough", as: practice.receptionist)
        return (client, booked, queued)
    }

    private func rows(_ practice: TestPractice, clientID: Int64) throws -> (appointments: Int, queue: Int) {
        try practice.read { db in
            (try db.fetchValue(Int.self, "SELECT count(*) FROM appointment WHERE client_id = ?", [clientID]) ?? -1,
             try db.fetchValue(Int.self, "SELECT count(*) FROM queue_entry WHERE client_id = ?", [clientID]) ?? -1)
        }
    }

    @Test("the access pack lists appointments and queue places in words", arguments: SQLDialect.allCases)
    func accessPack(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (client, _, _) = try bookedClient(practice)
        let request = try practice.logRequest([.access], clientID: client.id)
        let pack = try practice.database.writeAccessPack(reference: request.reference, to: practice.folder.appendingPathComponent("pack"),
                                                         as: practice.manager)
        let appointments = try #require(pack.section("appointment"))
        #expect(appointments.title == "Appointments")
        #expect(appointments.rows.count == 2)
        #expect(appointments.rows.map { appointments.value("reason", in: $0).text } == ["Lame on the left fore", "Booster"])
        let queue = try #require(pack.section("queue_entry"))
        #expect(queue.rows.map { queue.value("reason", in: $0).text } == ["Zoë worried about a cough"])
        let html = try String(contentsOf: pack.htmlFile, encoding: .utf8)
        #expect(html.contains("Online consultation queue"))
        #expect(html.contains("4 March 2025 at 09:00"))
        #expect(html.contains("Away on holiday"))
        #expect(html.contains(practice.vet.displayName))
        #expect(pack.reviewItems.contains { $0.table == "appointment" && $0.found?.contains("husband") == true })
    }

    @Test("the portability export holds the appointments and queue places", arguments: SQLDialect.allCases)
    func portability(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (client, _, _) = try bookedClient(practice)
        let request = try practice.logRequest([.portability], clientID: client.id)
        let files = try practice.database.writePortability(reference: request.reference, to: practice.folder, as: practice.manager)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: files[0])) as? [String: Any])
        let data = try #require(json["data"] as? [String: [[String: String]]])
        #expect(data["appointments"]?.map { $0["starts_at"] } == ["2025-03-04 09:00", "2025-03-05 09:30"])
        #expect(data["appointments"]?.last?["cancel_reason"] == "Away on holiday")
        #expect(data["queue"]?.first?["reason"] == "Zoë worried about a cough")
        let csv = try String(contentsOf: try #require(files.first { $0.lastPathComponent.hasSuffix("-appointments.csv") }), encoding: .utf8)
        #expect(csv.hasPrefix("pet,site,starts_at,ends_at,type,reason,state,cancel_reason\r\n"))
    }

    @Test("erasure deletes every appointment and queue place, and the audit trail's words about them are redacted",
          arguments: SQLDialect.allCases)
    func erasure(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (client, _, _) = try bookedClient(practice)
        let clientID = try #require(client.id)
        let other = try bookedClient(practice, firstName: "Arthur", lastName: "Other", phone: "07700 900777", hour: "11")
        let request = try practice.logRequest([.erasure], clientID: clientID)
        let requestID = try #require(request.id)
        let review = try practice.database.erasureReview(requestID: requestID, as: practice.manager)
        #expect(review.hits.contains { $0.table == "audit_entry" && $0.context.contains("Zoë worried") })
        let result = try practice.database.eraseClient(requestID: requestID, decisions: FreeTextDecisions(redactAll: true),
                                                       as: practice.manager)
        #expect(result.outcomes.first { $0.category == "Appointments and online queue" }?.outcome == .erased)
        let left = try rows(practice, clientID: clientID)
        #expect(left.appointments == 0 && left.queue == 0)
        let named = try practice.read { db in
            try db.fetchValue(Int.self, "SELECT count(*) FROM audit_entry WHERE client_id = ? AND detail LIKE '%worried%' "
                + "AND detail LIKE '%Zo%'", [clientID])
        }
        #expect(named == 0)
        let kept = try rows(practice, clientID: try #require(other.client.id))
        #expect(kept.appointments == 2 && kept.queue == 1)
    }

    @Test("retention holds a client with a booking to come, then anonymises them leaving none of their diary's free text",
          arguments: SQLDialect.allCases)
    func retention(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (client, _, queue) = try bookedClient(practice, firstName: "Arthur", lastName: "Old", phone: "07700 900001")
        let clientID = try #require(client.id)
        try practice.write { db in
            _ = try db.execute("UPDATE client SET created_at = '2010-01-01 10:00:00.000' WHERE id = ?", [clientID])
            _ = try db.execute("UPDATE pet SET created_at = '2010-01-01 10:00:00.000' WHERE client_id = ?", [clientID])
        }
        let held = try practice.database.retentionReview(today: TestPractice.standardDay)
        #expect(held.first { $0.kind == .client && $0.id == clientID }?.heldBecause == "an appointment or online consultation is still to come")
        try practice.database.leaveQueue(entryID: try #require(queue.id), reason: "Rang off", as: practice.receptionist)
        let later = try practice.reopened(on: day(2025, 4, 1))
        let applied = try later.applyRetention(decisions: FreeTextDecisions(redactAll: true), as: practice.manager)
        #expect(applied.anonymised.contains { $0.kind == .client && $0.id == clientID })
        let left = try rows(practice, clientID: clientID)
        #expect(left.appointments == 0 && left.queue == 0)
        let texts = try practice.read { db in
            try db.fetchValue(Int.self, """
                SELECT count(*) FROM appointment WHERE reason LIKE '%Lame%' OR notes LIKE '%mornings%' OR cancel_reason LIKE '%holiday%'
                """)
        }
        #expect(texts == 0)
    }
}
