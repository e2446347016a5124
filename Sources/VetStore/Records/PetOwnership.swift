import Foundation
import VetSQL
import VetCore

/// The stretch of time one client owned one pet. It starts when the pet was registered to them
/// or when its transfer to them was recorded, and ends when its transfer away was recorded:
/// consultations are logged at the moment they happen and a transfer date may not be before
/// the last consultation, so the recording instant divides the history exactly.
struct OwnershipWindow: Hashable {
    let petID: Int64
    let from: Date?
    let until: Date?
    /// The days the window covers, for rows kept by day (policies): from the transfer date in,
    /// up to the transfer date out.
    let fromDay: LocalDate?
    let untilDay: LocalDate?

    func contains(_ instant: Date) -> Bool {
        (from.map { instant >= $0 } ?? true) && (until.map { instant < $0 } ?? true)
    }

    func contains(day: LocalDate) -> Bool {
        (fromDay.map { day >= $0 } ?? true) && (untilDay.map { day < $0 } ?? true)
    }

    /// Every window in which `clientID` owned a pet: the pets they own now and those that
    /// came to or left them by a transfer.
    static func all(_ db: any SQLConnection, clientID: Int64) throws -> [OwnershipWindow] {
        let current = try db.fetchValues(Int64.self, "SELECT id FROM pet WHERE client_id = ?", [clientID])
        let moved = try db.fetchValues(Int64.self, """
            SELECT pet_id FROM pet_owner_change WHERE from_client_id = ? OR to_client_id = ?
            """, [clientID, clientID])
        var windows: [OwnershipWindow] = []
        for petID in Set(current + moved).sorted() {
            let changes = try db.fetchRecords(PetOwnerChange.self, "SELECT * FROM pet_owner_change WHERE pet_id = ? ORDER BY id",
                                              [petID])
            windows += Self.windows(of: petID, for: clientID, changes: changes, ownsNow: current.contains(petID))
        }
        return windows
    }

    /// Walks the pet's owner changes in order, opening a window when it reaches the client and
    /// closing it when it leaves them.
    private static func windows(of petID: Int64, for clientID: Int64, changes: [PetOwnerChange],
                                ownsNow: Bool) -> [OwnershipWindow] {
        var result: [OwnershipWindow] = []
        // Registered to this client if the first change moved it away from them (or it never moved).
        var open: (Date?, LocalDate?)? = (changes.first?.fromClientId ?? (ownsNow ? clientID : nil)) == clientID
            ? (nil, nil) : nil
        for change in changes {
            if change.fromClientId == clientID, let start = open {
                result.append(OwnershipWindow(petID: petID, from: start.0, until: change.changedAt,
                                              fromDay: start.1, untilDay: change.transferredOn))
                open = nil
            }
            if change.toClientId == clientID { open = (change.changedAt, change.transferredOn) }
        }
        if let start = open {
            result.append(OwnershipWindow(petID: petID, from: start.0, until: nil, fromDay: start.1, untilDay: nil))
        }
        return result
    }
}

extension Array where Element == OwnershipWindow {
    /// The ids of rows (id, pet id, instant) that fall in one of these windows.
    func ids(_ db: any SQLConnection, table: String, instantColumn: String) throws -> [Int64] {
        let pets = Set(map(\.petID))
        guard !pets.isEmpty else { return [] }
        let rows = try db.fetchAll("""
            SELECT id, pet_id, \(instantColumn) AS at FROM \(table)
            WHERE pet_id IN (\(pets.map(String.init).joined(separator: ",")))
            """)
        return try rows.compactMap { row in
            let petID = try row.decode(Int64.self, "pet_id")
            guard let at = try row.decode(Date?.self, "at") else { return nil }
            return contains { $0.petID == petID && $0.contains(at) } ? try row.decode(Int64.self, "id") : nil
        }
    }
}
