import Foundation
import VetSQL
import VetCore

/// The demo practice's reminders: recall rules on its vaccines and parasite treatments, its
/// sender address, a few clients' own channel choices, and the reminders already sent for the
/// weeks just gone — so the recall list opens with history, work to do and every kind of exclusion.
struct DemoReminders {
    let context: DemoContext

    /// Recall name and interval by price-list code.
    static let rules: [String: (group: String, count: Int, unit: RecallUnit)] = [
        "VACD": ("Vaccination", 12, .months), "VACC": ("Vaccination", 12, .months),
        "VACR": ("Vaccination", 12, .months), "KC": ("Kennel cough vaccination", 12, .months),
        "FLEA": ("Flea treatment", 3, .months), "WORM": ("Worming", 3, .months),
    ]

    func write(_ db: any SQLConnection) throws {
        // The demo writer numbered the rows itself; PostgreSQL's own numbering must move past them first.
        if db.dialect == .postgresql { try PostgresIdentities.continueAfterHighest(db) }
        let stamp = context.now.foundationDate
        for (code, rule) in Self.rules.sorted(by: { $0.key < $1.key }) {
            guard let item = context.priceItem(code) else { continue }
            try db.execute("""
                INSERT INTO price_item_recall (price_item_id, recall_group, interval_count, interval_unit, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?)
                """, [item.id, rule.group, rule.count, rule.unit, stamp, context.managerID])
        }
        let domain = context.region == .jersey ? "staubin-vets.example.je" : "temevalley-vets.example.co.uk"
        try db.execute("UPDATE reminder_settings SET sender_email = ?, contact_phone = ?, updated_at = ?, updated_by = ? WHERE id = 1",
                       ["reception@\(domain)", context.region == .jersey ? "01534 744000" : "01584 872000", stamp, context.managerID])
        // Every tenth client asked for texts as well as email; every twenty-ninth wants no reminders.
        try db.execute("""
            INSERT INTO client_reminder_choice (client_id, by_email, by_sms, by_letter, chosen_at, chosen_by)
            SELECT id, CASE WHEN id % 29 = 0 THEN 0 ELSE 1 END, CASE WHEN id % 29 = 0 THEN 0 ELSE 1 END, 0, ?, ?
            FROM client WHERE status = 'active' AND (id % 10 = 3 OR id % 29 = 0)
            """, [stamp, context.managerID])
        try sendPastWeeks(db, domain: domain)
    }

    /// Marks as sent, by their channels, the reminders that fell due in the overdue window —
    /// all but every seventh, which the practice has yet to send.
    private func sendPastWeeks(_ db: any SQLConnection, domain: String) throws {
        let today = context.today
        let zone = TimeZone(identifier: "Europe/London") ?? .current
        let window = try ReminderSettingsRow.current(db).settings.overdueWeeks
        let due = try RecallQuery.list(db, from: today.adding(days: -7 * window), dueBy: today.adding(days: -1), today: today,
                                       zone: zone)
        for (position, reminder) in due.enumerated() where position % 7 != 0 && reminder.willSend {
            let sentAt = reminder.dueOn.adding(days: -14).instant(hour: 9, in: zone)
            for route in reminder.routes {
                let how = route.channel == .email ? "emailed to" : route.channel == .sms ? "listed for the SMS provider for" : "printed for"
                let logID = try db.insert(Communication(
                    id: nil, clientId: reminder.recipient.clientID, direction: "out", channel: route.channel.rawValue,
                    summary: "\(reminder.reason.subject) reminder for \(reminder.recipient.petName), due \(reminder.dueOn.long): "
                        + "\(how) \(route.address)",
                    occurredAt: sentAt, recordedBy: context.managerID))
                try db.insert(ReminderDelivery(
                    id: nil, petId: reminder.recipient.petID, clientId: reminder.recipient.clientID, reminderKey: reminder.reason.key,
                    subject: reminder.reason.subject, dueOn: reminder.dueOn, channel: route.channel, address: route.address,
                    state: .sent, attempts: 1, lastError: nil,
                    messageId: "<reminder.demo-\(reminder.recipient.petID)-\(reminder.dueOn.iso)-\(route.channel.rawValue)@\(domain)>",
                    startedAt: sentAt, sentAt: sentAt, sentBy: context.managerID, communicationId: logID))
            }
        }
    }
}
