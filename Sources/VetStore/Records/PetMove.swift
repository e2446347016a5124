import Foundation
import GRDB
import VetSQL
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
    static func fetch(_ db: any SQLConnection, clientID: Int64) throws -> [PetMove] {
        try fetch(db, where: "m.from_client_id = ? OR m.to_client_id = ?", [clientID, clientID])
    }

    /// Every owner the pet has moved between, newest first.
    static func fetch(_ db: any SQLConnection, petID: Int64) throws -> [PetMove] {
        try fetch(db, where: "m.pet_id = ?", [petID])
    }

    static func fetch(_ db: Database, petID: Int64) throws -> [PetMove] {
        try fetch(SQLiteConnection(db), petID: petID)
    }

    /// A move recorded without a transfer date counts from the day it was recorded (the first
    /// ten characters of the stored instant).
    private static func fetch(_ db: any SQLConnection, where condition: String, _ arguments: SQLArguments) throws -> [PetMove] {
        let rows = try db.fetchAll("""
            SELECT m.pet_id, m.from_client_id, m.to_client_id, coalesce(m.transferred_on, substr(m.changed_at, 1, 10)) AS day,
                   f.title AS f_title, f.first_name AS f_first, f.last_name AS f_last,
                   t.title AS t_title, t.first_name AS t_first, t.last_name AS t_last
            FROM pet_owner_change m
            JOIN client f ON f.id = m.from_client_id JOIN client t ON t.id = m.to_client_id
            WHERE \(condition)
            ORDER BY m.changed_at DESC, m.id DESC
            """, arguments)
        return try rows.compactMap { row -> PetMove? in
            guard let pet = try db.fetchRecord(Pet.self, id: try row.decode(Int64.self, "pet_id")),
                  let day = LocalDate(storedISO: try row.decode(String?.self, "day") ?? "") else { return nil }
            return PetMove(pet: pet, fromClientID: try row.decode(Int64.self, "from_client_id"),
                           fromName: name(try row.decode(String?.self, "f_title"), try row.decode(String?.self, "f_first"),
                                          try row.decode(String?.self, "f_last")),
                           toClientID: try row.decode(Int64.self, "to_client_id"),
                           toName: name(try row.decode(String?.self, "t_title"), try row.decode(String?.self, "t_first"),
                                        try row.decode(String?.self, "t_last")),
                           on: day)
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
