import Foundation
import GRDB
import VetCore

/// One pet changing hands, as a client's record shows it: "to Jane Smith on 30 Nov 2026" on
/// the old owner's, "from John Smith on 30 Nov 2026" on the new owner's.
public struct PetMove: Hashable, Sendable {
    public var pet: Pet
    public var fromClientID: Int64
    public var fromName: String
    public var toClientID: Int64
    public var toName: String
    public var on: LocalDate

    /// The move seen from `clientID`'s record.
    public func described(for clientID: Int64) -> String {
        clientID == fromClientID ? "to \(toName) on \(on.iso)" : "from \(fromName) on \(on.iso)"
    }

    /// Every move to or from the client, newest first.
    static func fetch(_ db: Database, clientID: Int64) throws -> [PetMove] {
        try fetch(db, where: "m.from_client_id = ?1 OR m.to_client_id = ?1", clientID)
    }

    /// Every owner the pet has moved between, newest first.
    static func fetch(_ db: Database, petID: Int64) throws -> [PetMove] {
        try fetch(db, where: "m.pet_id = ?1", petID)
    }

    private static func fetch(_ db: Database, where condition: String, _ id: Int64) throws -> [PetMove] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT m.pet_id, m.from_client_id, m.to_client_id, coalesce(m.transferred_on, date(m.changed_at)) AS day,
                   f.title AS f_title, f.first_name AS f_first, f.last_name AS f_last,
                   t.title AS t_title, t.first_name AS t_first, t.last_name AS t_last
            FROM pet_owner_change m
            JOIN client f ON f.id = m.from_client_id JOIN client t ON t.id = m.to_client_id
            WHERE \(condition)
            ORDER BY m.changed_at DESC, m.id DESC
            """, arguments: [id])
        return try rows.compactMap { row -> PetMove? in
            guard let pet = try Pet.fetchOne(db, key: row["pet_id"] as Int64),
                  let day = LocalDate(storedISO: row["day"] ?? "") else { return nil }
            return PetMove(pet: pet, fromClientID: row["from_client_id"],
                           fromName: name(row["f_title"], row["f_first"], row["f_last"]), toClientID: row["to_client_id"],
                           toName: name(row["t_title"], row["t_first"], row["t_last"]), on: day)
        }
    }

    private static func name(_ parts: String?...) -> String {
        parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}

/// Query vocabulary for pets, for anything that contacts an owner about their animal
/// (reminders, recalls, marketing): only living patients who are still here.
extension DerivableRequest<Pet> {
    /// Pets still under the practice's care: not deceased, not transferred out of the practice.
    public func livingPatients() -> Self { filter(Column("status") == PetStatus.active.rawValue) }

    /// Pets recorded as having died.
    public func deceased() -> Self { filter(Column("status") == PetStatus.deceased.rawValue) }
}

extension Pet {
    /// True when reminders and marketing may mention this pet: it is alive and still a patient here.
    public var mayBeContactedAbout: Bool { status == .active }

    /// "Died 2026-11-01", "Active": the status as a list shows it.
    public var statusText: String {
        if status == .deceased, let diedOn { return "Died \(diedOn.iso)" }
        return status.displayName
    }
}
