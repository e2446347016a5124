import Foundation
import VetSQL
import VetCore

/// The recall list and the record of each reminder's hand-over.
extension AppDatabase {
    /// Reminders due on or before `dueBy`, back to the practice's overdue window; audited as one view.
    public func recallList(dueBy: LocalDate, as user: StaffSession) throws -> RecallList {
        let today = self.today
        let now = self.now
        let zone = clock.timeZone
        guard dueBy >= today else {
            throw StoreError.invalid(ValidationError(field: "due by", message: "due by (\(dueBy.long)) must be today or later; "
                                                     + "overdue reminders are always included"))
        }
        return try perform(.sendReminders, as: user) { db in
            let window = try ReminderSettingsRow.current(db).settings.overdueWeeks
            let from = today.adding(days: -7 * window)
            let reminders = try RecallQuery.list(db, from: from, dueBy: dueBy, today: today, zone: zone)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "view", recordType: "reminder", recordID: nil,
                                  clientID: nil, detail: "recall list due by \(dueBy.iso), \(reminders.count) reminders")
            return RecallList(from: from, dueBy: dueBy, today: today, reminders: reminders)
        }
    }

    /// Records that `reminder` is being handed over on `route`, before it is: a new row, or a
    /// failed one tried again under its first message id. The client, pet and channel are
    /// checked again here, so a restriction or a death recorded since the list was read stops it.
    public func beginReminderDelivery(_ reminder: DueReminder, route: ReminderRoute, messageDomain: String,
                                      as user: StaffSession) throws -> ReminderDelivery {
        let now = self.now
        let today = self.today
        let zone = clock.timeZone
        return try perform(.sendReminders, as: user) { db in
            let current = try RecallQuery.list(db, from: reminder.dueOn, dueBy: reminder.dueOn, today: today, zone: zone,
                                               petID: reminder.recipient.petID)
                .first { $0.id == reminder.id }
            guard let current else {
                throw StoreError.refused("the \(reminder.reason.subject.lowercased()) reminder for \(reminder.recipient.petName) "
                                         + "is no longer due (a later treatment or a new owner may have met it)")
            }
            if let exclusion = current.exclusion {
                throw StoreError.refused("not sent to \(current.recipient.clientName): \(exclusion.displayName)")
            }
            guard let live = current.pendingRoutes.first(where: { $0.channel == route.channel }) else {
                throw StoreError.refused("the reminder for \(current.recipient.petName) by \(route.channel.displayName.lowercased()) "
                                         + "is already sent, or no longer wanted by that channel")
            }
            if var failed = current.deliveries.first(where: { $0.channel == route.channel && $0.state == .failed }) {
                failed.state = .sending
                failed.attempts += 1
                failed.address = live.address
                failed.startedAt = now
                failed.sentBy = user.userID
                try db.update(failed)
                return failed
            }
            let delivery = ReminderDelivery(id: nil, petId: current.recipient.petID, clientId: current.recipient.clientID,
                                            reminderKey: current.reason.key, subject: current.reason.subject, dueOn: current.dueOn,
                                            channel: route.channel, address: live.address, state: .sending, attempts: 1,
                                            lastError: nil, messageId: "<reminder.\(UUID().uuidString.lowercased())@\(messageDomain)>",
                                            startedAt: now, sentAt: nil, sentBy: user.userID, communicationId: nil)
            return try db.inserted(delivery)
        }
    }

    /// Records a hand-over that went through: the delivery is sent, and the communications log
    /// says what went, to whom, how, when and by whom.
    @discardableResult
    public func recordReminderSent(deliveryID: Int64, how: String, as user: StaffSession) throws -> ReminderDelivery {
        let now = self.now
        return try perform(.sendReminders, as: user) { db in
            var delivery = try db.fetchRecord(ReminderDelivery.self, id: deliveryID).orThrow("reminder delivery")
            guard delivery.state != .sent else { return delivery }
            let pet = try db.fetchValue(String.self, "SELECT name FROM pet WHERE id = ?", [delivery.petId]) ?? "the pet"
            let summary = "\(delivery.subject) reminder for \(pet), due \(delivery.dueOn.long): \(how) \(delivery.address)"
            let logID = try db.insert(Communication(id: nil, clientId: delivery.clientId, direction: "out",
                                                    channel: delivery.channel.rawValue, summary: String(summary.prefix(2000)),
                                                    occurredAt: now, recordedBy: user.userID))
            delivery.state = .sent
            delivery.sentAt = now
            delivery.lastError = nil
            delivery.sentBy = user.userID
            delivery.communicationId = logID
            try db.update(delivery)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "send reminder", recordType: "reminder",
                                  recordID: deliveryID, clientID: delivery.clientId,
                                  detail: "\(delivery.reminderKey) due \(delivery.dueOn.iso) by \(delivery.channel.rawValue)")
            return delivery
        }
    }

    /// Records a hand-over the mail system, printer or file refused, with what it said; the next send retries it.
    public func recordReminderFailed(deliveryID: Int64, error: String, as user: StaffSession) throws {
        let now = self.now
        try perform(.sendReminders, as: user) { db in
            var delivery = try db.fetchRecord(ReminderDelivery.self, id: deliveryID).orThrow("reminder delivery")
            guard delivery.state == .sending else { return }
            delivery.state = .failed
            delivery.lastError = String(error.prefix(500))
            try db.update(delivery)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "reminder hand-over failed", recordType: "reminder",
                                  recordID: deliveryID, clientID: delivery.clientId, detail: delivery.channel.rawValue)
        }
    }

    /// Settles a hand-over left unconfirmed by a send that stopped mid-way, after a person has
    /// checked: it went (logged as sent) or it did not (retried on the next send).
    public func settleUnconfirmedDelivery(deliveryID: Int64, wentOut: Bool, as user: StaffSession) throws {
        let delivery = try read { db in try db.fetchRecord(ReminderDelivery.self, id: deliveryID) }
        guard let delivery, delivery.state == .sending else {
            throw StoreError.refused("reminder delivery \(deliveryID) is not waiting for confirmation")
        }
        if wentOut {
            try recordReminderSent(deliveryID: deliveryID, how: "confirmed sent by \(delivery.channel.displayName.lowercased()) to",
                                   as: user)
        } else {
            try recordReminderFailed(deliveryID: deliveryID, error: "confirmed not sent", as: user)
        }
    }

    /// A client's reminder hand-overs, newest first, for the client record and access packs.
    public func reminderDeliveries(clientID: Int64) throws -> [ReminderDelivery] {
        try read { db in
            try db.fetchRecords(ReminderDelivery.self, "SELECT * FROM reminder_delivery WHERE client_id = ? ORDER BY started_at DESC, id DESC",
                                [clientID])
        }
    }
}
