import Foundation
import VetSQL
import VetCore

/// What a client chose for reminders, or what applies until they choose.
public struct ReminderPreference: Hashable, Sendable {
    public var channels: Set<ReminderChannel>
    /// False until the client has said: then reminders go by email when there is an address,
    /// else by letter — service messages a client can expect, and stop with one word.
    public var chosen: Bool
    public var chosenAt: Date?

    /// The channels to use for a client with (or without) an email address.
    public static func standard(hasEmail: Bool) -> Set<ReminderChannel> { hasEmail ? [.email] : [.letter] }

    /// "Email (until the client chooses)", "Text message and letter", "None".
    public var summary: String {
        ReminderChannel.describe(channels) + (chosen ? "" : " (until the client chooses)")
    }
}

/// A client's reminder channels: separate from marketing consent, since reminders are service messages.
extension AppDatabase {
    /// Records the channels the client wants reminders by (empty: none at all). Allowed even
    /// while processing is restricted: it is the client's own instruction about contact.
    public func setReminderChannels(clientID: Int64, _ channels: Set<ReminderChannel>, as user: StaffSession) throws {
        let now = self.now
        try perform(.editClient, as: user) { db in
            let client = try db.fetchRecord(Client.self, id: clientID).orThrow("client")
            guard client.status != .anonymised else {
                throw StoreError.refused("this client's personal data has been erased; there is no one to remind")
            }
            try db.execute("DELETE FROM client_reminder_choice WHERE client_id = ?", [clientID])
            try db.execute("""
                INSERT INTO client_reminder_choice (client_id, by_email, by_sms, by_letter, chosen_at, chosen_by)
                VALUES (?, ?, ?, ?, ?, ?)
                """, [clientID, channels.contains(.email), channels.contains(.sms), channels.contains(.letter), now, user.userID])
            try AuditTrail.record(db, at: now, userID: user.userID, action: "set reminder channels", recordType: "client",
                                  recordID: clientID, clientID: clientID, detail: ReminderChannel.describe(channels))
        }
    }

    /// The client's reminder channels, chosen or standard.
    public func reminderPreference(clientID: Int64) throws -> ReminderPreference {
        try read { db in try ReminderPreferenceQuery.preference(db, clientID: clientID) }
    }
}

enum ReminderPreferenceQuery {
    static func preference(_ db: any SQLConnection, clientID: Int64) throws -> ReminderPreference {
        if let choice = try db.fetchRecord(ClientReminderChoice.self, "SELECT * FROM client_reminder_choice WHERE client_id = ?",
                                           [clientID]) {
            return ReminderPreference(channels: choice.channels, chosen: true, chosenAt: choice.chosenAt)
        }
        let email = try db.fetchValue(String.self, "SELECT email FROM client WHERE id = ?", [clientID]) ?? ""
        return ReminderPreference(channels: ReminderPreference.standard(hasEmail: !email.isEmpty), chosen: false, chosenAt: nil)
    }
}
