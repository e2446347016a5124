import Foundation
import GRDB
import VetSQL
import VetCore

/// Everything the client record screen shows, fetched in one read.
public struct ClientRecordView: Sendable {
    public var client: Client
    public var phones: [ClientPhone]
    public var pets: [Pet]
    public var consultations: [Consultation]
    public var ledger: [LedgerEntry]
    /// Positive when the client owes the practice.
    public var balance: Pence
    public var policies: [Policy]
    public var claims: [Claim]
    public var consentEvents: [ConsentEvent]
    public var communications: [Communication]
    public var disclosures: [Disclosure]
    public var changes: [ClientChange]
    /// Pet id → its structured allergy alerts in words ("allergic to Penicillins").
    public var allergies: [Int64: [String]] = [:]

    /// Pets that moved to or from this client, newest first.
    public var petMoves: [PetMove] = []

    /// Pets this client owned until a transfer and no longer owns, each with its latest move away.
    public var formerPets: [PetMove] {
        let ownedNow = Set(pets.compactMap(\.id))
        var seen = Set<Int64>()
        return petMoves.filter { move in
            guard let id = move.pet.id, move.fromClientID == client.id, !ownedNow.contains(id) else { return false }
            return seen.insert(id).inserted
        }
    }

    /// The move that brought a pet to this client, if it came by a transfer.
    public func arrival(of pet: Pet) -> PetMove? {
        petMoves.first { $0.pet.id == pet.id && $0.toClientID == client.id }
    }

    /// The latest consent event per channel × purpose: the current state.
    /// `consentEvents` is newest first, so the first event seen for a pair is the one in force.
    public var currentConsent: [ConsentEvent] {
        var latest: [String: ConsentEvent] = [:]
        for event in consentEvents {
            let key = "\(event.channel.rawValue)/\(event.purpose.rawValue)"
            if latest[key] == nil { latest[key] = event }
        }
        return latest.values.sorted { ($0.channel.rawValue, $0.purpose.rawValue) < ($1.channel.rawValue, $1.purpose.rawValue) }
    }

    /// Alerts of every active pet, shown before anything else.
    public var alerts: [String] {
        pets.filter { $0.status == .active }.flatMap { pet in
            let structured = pet.id.flatMap { allergies[$0] } ?? []
            return (pet.alerts.map { [$0] } ?? []).map { "\(pet.name): \($0)" } + structured.map { "\(pet.name): \($0)" }
        }
    }

    static func fetch(_ db: any SQLConnection, clientID: Int64, now: Date) throws -> ClientRecordView {
        let client = try db.fetchRecord(Client.self, id: clientID).orThrow("client")
        let pets = try db.fetchRecords(Pet.self, "SELECT * FROM pet WHERE client_id = ? ORDER BY status, name", [clientID])
        let petIDs = pets.compactMap(\.id)
        // A transferred pet's visits and claims belong to whoever owned it at the time.
        let windows = try OwnershipWindow.all(db, clientID: clientID)
        let consultationIDs = try windows.ids(db, table: "consultation", instantColumn: "seen_at")
        let claimIDs = try windows.ids(db, table: "claim", instantColumn: "created_at")
        let ledger = try db.fetchRecords(LedgerEntry.self, """
            SELECT * FROM ledger_entry WHERE client_id = ? ORDER BY entry_on DESC, id DESC
            """, [clientID])
        return ClientRecordView(
            client: client,
            phones: try ClientPhones.fetch(db, clientID: clientID),
            pets: pets,
            consultations: try Self.rows(Consultation.self, db, ids: consultationIDs, "id", order: "seen_at DESC"),
            ledger: ledger,
            balance: Pence(ledger.reduce(0) { $0 + $1.balanceEffectPence }),
            policies: try Self.rows(Policy.self, db, ids: petIDs, "pet_id", order: nil),
            claims: try Self.rows(Claim.self, db, ids: claimIDs, "id", order: "created_at DESC"),
            consentEvents: try db.fetchRecords(ConsentEvent.self, """
                SELECT * FROM consent_event WHERE client_id = ? ORDER BY recorded_at DESC, id DESC
                """, [clientID]),
            communications: try db.fetchRecords(Communication.self, """
                SELECT * FROM communication WHERE client_id = ? ORDER BY occurred_at DESC
                """, [clientID]),
            disclosures: try db.fetchRecords(Disclosure.self, """
                SELECT * FROM disclosure WHERE client_id = ? ORDER BY disclosed_at DESC
                """, [clientID]),
            changes: try db.fetchRecords(ClientChange.self, """
                SELECT * FROM client_change WHERE client_id = ? ORDER BY changed_at DESC, id DESC
                """, [clientID]),
            allergies: try AllergyRules.texts(db, petIDs: petIDs),
            petMoves: try PetMove.fetch(db, clientID: clientID))
    }

    /// The rows of `R` whose `column` is one of `ids`.
    private static func rows<R: SQLRecord>(_ type: R.Type, _ db: any SQLConnection, ids: [Int64], _ column: String,
                                           order: String?) throws -> [R] {
        guard !ids.isEmpty else { return [] }
        return try db.fetchRecords(R.self, """
            SELECT * FROM \(R.tableName) WHERE \(column) IN (\(SQLList.placeholders(ids.count)))\(order.map { " ORDER BY \($0)" } ?? "")
            """, SQLArguments(ids))
    }
}
