import Foundation
import VetSQL
import VetCore

/// Removes a person's identity while keeping the records the law says must stay: name,
/// address, email, phones, notes about them and the history of those details go; the client
/// row stays only as a number the kept clinical and financial records point to. Appointments and
/// places in the online queue are only the practice's day planning (the clinical record is the
/// consultation note), so they go entirely, with their reasons, notes and cancel reasons; so do
/// the reminder channels chosen and the reminders sent, which name where they went.
enum ClientAnonymiser {
    static let firstName = "Anonymised"
    static let lastName = "client"

    static func anonymise(_ db: any SQLConnection, clientID: Int64, why: String, at now: Date, by userID: Int64) throws {
        try db.execute("""
            UPDATE client SET title = NULL, first_name = ?, last_name = ?, address_line1 = '', address_line2 = NULL,
              town = '', postcode = '', email = NULL, notes = NULL, status = 'anonymised',
              version = version + 1, updated_at = ?, updated_by = ?
            WHERE id = ?
            """, [firstName, lastName, now, userID, clientID])
        try db.execute("DELETE FROM client_phone WHERE client_id = ?", [clientID])
        try db.execute("DELETE FROM client_change WHERE client_id = ?", [clientID])
        try db.execute("DELETE FROM reminder_delivery WHERE client_id = ?", [clientID])
        try db.execute("DELETE FROM client_reminder_choice WHERE client_id = ?", [clientID])
        try db.execute("DELETE FROM communication WHERE client_id = ?", [clientID])
        try db.execute("DELETE FROM appointment WHERE client_id = ?", [clientID])
        try db.execute("DELETE FROM queue_entry WHERE client_id = ?", [clientID])
        try SearchIndex.remove(db, clientID: clientID)
        try RequesterRegister.forgetClosed(db, clientID: clientID)
        try AuditTrail.record(db, at: now, userID: userID, action: "anonymise", recordType: "client", recordID: clientID,
                              clientID: clientID, detail: why)
    }

    /// A pet past its clinical period: its name, microchip and alerts go; its clinical history stays, anonymous.
    static func anonymisePet(_ db: any SQLConnection, petID: Int64, clientID: Int64, why: String, on today: LocalDate,
                             at now: Date, by userID: Int64) throws {
        try db.execute("""
            UPDATE pet SET name = 'Anonymised pet', microchip = NULL, alerts = NULL, colour = NULL, anonymised_on = ?,
              version = version + 1, updated_at = ?, updated_by = ?
            WHERE id = ?
            """, [today, now, userID, petID])
        try SearchIndex.refresh(db, clientID: clientID)
        try AuditTrail.record(db, at: now, userID: userID, action: "anonymise", recordType: "pet", recordID: petID,
                              clientID: clientID, detail: why)
    }
}
