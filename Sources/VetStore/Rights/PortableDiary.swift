import Foundation
import VetSQL
import VetCore

/// The appointments a client booked and the online consultations they queued for, as portable
/// datasets: what they asked for, for which pet, when, and what became of it.
enum PortableDiary {
    static func datasets(_ db: any SQLConnection, clientID: Int64) throws -> [PortableDataset] {
        let timestamps = ISO8601DateFormatter()
        let appointments = try db.fetchAll("""
            SELECT a.*, p.name AS pet_name, s.name AS site_name FROM appointment a JOIN pet p ON p.id = a.pet_id
            JOIN site s ON s.id = a.site_id WHERE a.client_id = ? ORDER BY a.starts_at, a.id
            """, [clientID])
        let booked = PortableDataset(
            name: "appointments",
            fields: ["pet", "site", "starts_at", "ends_at", "type", "reason", "state", "cancel_reason"],
            descriptions: ["Pet's name", "The practice's site", "When it starts (YYYY-MM-DD HH:MM, the practice's local time)",
                           "When it ends (YYYY-MM-DD HH:MM, the practice's local time)",
                           "consultation, vaccination, operation, nurseClinic, video or phone", "What the pet was to be seen for",
                           "booked, arrived, inConsultation, finished, cancelled or noShow", "Why it was cancelled"],
            rows: try appointments.map { row in
                let appointment = try row.decodeRecord(Appointment.self)
                return [try row.decode(String.self, "pet_name"), try row.decode(String.self, "site_name"),
                        appointment.startsAt.description, appointment.endsAt.description, appointment.kind.rawValue,
                        appointment.reason, appointment.state.rawValue, appointment.cancelReason ?? ""]
            })
        let entries = try db.fetchAll("""
            SELECT q.*, p.name AS pet_name FROM queue_entry q JOIN pet p ON p.id = q.pet_id
            WHERE q.client_id = ? ORDER BY q.joined_at, q.id
            """, [clientID])
        let queue = PortableDataset(
            name: "queue",
            fields: ["pet", "type", "reason", "joined_at", "state", "taken_at", "left_reason"],
            descriptions: ["Pet's name", "video or phone", "What the pet was to be seen for",
                           "When you joined the online queue (UTC, ISO 8601)", "waiting, taken, finished or left",
                           "When a vet took the consultation (UTC, ISO 8601)", "Why you left the queue"],
            rows: try entries.map { row in
                let entry = try row.decodeRecord(QueueEntry.self)
                return [try row.decode(String.self, "pet_name"), entry.kind.rawValue, entry.reason,
                        timestamps.string(from: entry.joinedAt), entry.state.rawValue,
                        entry.takenAt.map { timestamps.string(from: $0) } ?? "", entry.leftReason ?? ""]
            })
        return [booked, queue]
    }
}
