import Foundation
import VetSQL
import VetCore

/// Where a consultation note came from, so saving it closes that piece of the day's work: the
/// appointment becomes finished, or the queue entry records its wait as the note's queue minutes.
public enum ConsultationSource: Hashable, Sendable {
    case appointment(Int64)
    case queue(Int64)
}

enum ConsultationSources {
    /// Checks the source belongs to the pet and is still open; returns the queue minutes it
    /// records (nil for an appointment).
    static func check(_ db: any SQLConnection, _ source: ConsultationSource, petID: Int64, now: Date) throws -> Int? {
        switch source {
        case .appointment(let id):
            let appointment = try db.fetchRecord(Appointment.self, id: id).orThrow("appointment")
            guard appointment.petId == petID else { throw StoreError.refused("that appointment is for another pet") }
            guard !appointment.state.isClosed else {
                throw StoreError.refused("that appointment is already \(appointment.state.displayName.lowercased())")
            }
            return nil
        case .queue(let id):
            let entry = try db.fetchRecord(QueueEntry.self, id: id).orThrow("queue entry")
            guard entry.petId == petID else { throw StoreError.refused("that queue entry is for another pet") }
            guard entry.state == .taken || entry.state == .waiting else {
                throw StoreError.refused("that client is no longer in the online queue")
            }
            return entry.waitMinutes(now: now)
        }
    }

    /// Marks the source done, pointing at the note.
    static func close(_ db: any SQLConnection, _ source: ConsultationSource, consultationID: Int64, at now: Date,
                      by userID: Int64) throws {
        switch source {
        case .appointment(let id):
            try db.execute("""
                UPDATE appointment SET state = 'finished', consultation_id = ?, version = version + 1, updated_at = ?, updated_by = ?
                WHERE id = ?
                """, [consultationID, now, userID, id])
        case .queue(let id):
            try db.execute("""
                UPDATE queue_entry SET state = 'finished', consultation_id = ?, taken_at = coalesce(taken_at, ?),
                    taken_by = coalesce(taken_by, ?), version = version + 1 WHERE id = ?
                """, [consultationID, now, userID, id])
        }
    }
}
