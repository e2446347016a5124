import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

/// Reminder channels and the reminders sent are personal data: the access pack and the
/// portability export hold them, and erasure deletes them with the addresses they went to.
@Suite("reminders and data protection")
struct ReminderDataProtectionTests {
    /// Zoë chose text messages and letters, and Biscuit's vaccination reminder went by letter.
    private func remindedClient(_ setup: ReminderPractice) throws -> Client {
        let (client, pet) = try setup.client("Zoë", pet: "Biscuit")
        let clientID = try client.id.unwrapped("client")
        try setup.db.setReminderChannels(clientID: clientID, [.sms, .letter], as: setup.practice.receptionist)
        try setup.treat(try pet.id.unwrapped("pet"), on: day(2025, 2, 3), [setup.firstVaccination])
        let store = try setup.practice.reopened(on: day(2025, 3, 3))
        let reminder = try #require(try store.recallList(dueBy: day(2025, 3, 3), as: setup.practice.receptionist).reminders.first)
        let letter = try #require(reminder.routes.first { $0.channel == .letter })
        let delivery = try store.beginReminderDelivery(reminder, route: letter, messageDomain: "harbourvets.je",
                                                       as: setup.practice.receptionist)
        try store.recordReminderSent(deliveryID: try delivery.id.unwrapped("id"), how: "printed for", as: setup.practice.receptionist)
        return client
    }

    @Test("the access pack and the portability export hold the channels chosen and the reminders sent",
          arguments: SQLDialect.allCases)
    func accessAndPortability(engine: SQLDialect) throws {
        let setup = try ReminderPractice(engine: engine)
        let client = try remindedClient(setup)
        let request = try setup.practice.logRequest([.access, .portability], clientID: client.id)
        let pack = try setup.db.writeAccessPack(reference: request.reference, to: setup.practice.folder.appendingPathComponent("pack"),
                                                as: setup.practice.manager)
        let sent = try #require(pack.section("reminder_delivery"))
        #expect(sent.title == "Reminders sent to you")
        #expect(sent.rows.map { sent.value("address", in: $0).text } == ["4 Rue des Prés, St Saviour, JE2 7TS"])
        let channels = try #require(pack.section("client_reminder_choice"))
        #expect(channels.rows.count == 1)
        let files = try setup.db.writePortability(reference: request.reference, to: setup.practice.folder, as: setup.practice.manager)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: files[0])) as? [String: Any])
        let data = try #require(json["data"] as? [String: [[String: String]]])
        #expect(data["reminder-channels"]?.first?["sms"] == "yes")
        #expect(data["reminder-channels"]?.first?["email"] == "no")
        #expect(data["reminders"]?.map { "\($0["reminder"] ?? "") \($0["channel"] ?? "") \($0["state"] ?? "")" }
            == ["Vaccination letter sent"])
    }

    @Test("erasure deletes the channels chosen, the reminders sent and their log lines", arguments: SQLDialect.allCases)
    func erasure(engine: SQLDialect) throws {
        let setup = try ReminderPractice(engine: engine)
        let client = try remindedClient(setup)
        let clientID = try client.id.unwrapped("client")
        let request = try setup.practice.logRequest([.erasure], clientID: clientID)
        let result = try setup.db.eraseClient(requestID: try request.id.unwrapped("request"),
                                              decisions: FreeTextDecisions(redactAll: true), as: setup.practice.manager)
        #expect(result.outcomes.first { $0.category == "Reminders" }?.outcome == .erased)
        let left = try setup.practice.read { db in
            [try db.fetchValue(Int.self, "SELECT count(*) FROM reminder_delivery WHERE client_id = ?", [clientID]) ?? -1,
             try db.fetchValue(Int.self, "SELECT count(*) FROM client_reminder_choice WHERE client_id = ?", [clientID]) ?? -1,
             try db.fetchValue(Int.self, "SELECT count(*) FROM communication WHERE client_id = ?", [clientID]) ?? -1]
        }
        #expect(left == [0, 0, 0])
    }
}
