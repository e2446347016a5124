import Foundation
import VetSQL
import VetCore

/// The reminder channels a client chose and the reminders sent to them, as portable datasets.
enum PortableReminders {
    static func datasets(_ db: any SQLConnection, clientID: Int64) throws -> [PortableDataset] {
        let timestamps = ISO8601DateFormatter()
        let choice = try db.fetchRecord(ClientReminderChoice.self, "SELECT * FROM client_reminder_choice WHERE client_id = ?",
                                        [clientID])
        let channels = PortableDataset(
            name: "reminder-channels",
            fields: ["email", "sms", "letter", "chosen_at"],
            descriptions: ["yes if you want reminders by email", "yes if you want reminders by text message",
                           "yes if you want reminders by letter", "When you told us (UTC, ISO 8601)"],
            rows: choice.map { [[$0.byEmail ? "yes" : "no", $0.bySms ? "yes" : "no", $0.byLetter ? "yes" : "no",
                                 timestamps.string(from: $0.chosenAt)]] } ?? [])
        let sent = try db.fetchAll("""
            SELECT d.*, p.name AS pet_name FROM reminder_delivery d JOIN pet p ON p.id = d.pet_id
            WHERE d.client_id = ? ORDER BY d.started_at, d.id
            """, [clientID])
        let reminders = PortableDataset(
            name: "reminders",
            fields: ["pet", "reminder", "due_on", "channel", "address", "state", "sent_at"],
            descriptions: ["Pet's name", "What the reminder was for", "When it was due (YYYY-MM-DD)", "email, sms or letter",
                           "The email address, mobile number or postal address it went to",
                           "sent, failed, or sending (not confirmed)", "When it was handed over (UTC, ISO 8601)"],
            rows: try sent.map { row in
                let delivery = try row.decodeRecord(ReminderDelivery.self)
                return [try row.decode(String.self, "pet_name"), delivery.subject, delivery.dueOn.iso, delivery.channel.rawValue,
                        delivery.address, delivery.state.rawValue, delivery.sentAt.map { timestamps.string(from: $0) } ?? ""]
            })
        return [channels, reminders]
    }
}
