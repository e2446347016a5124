import Foundation
import VetSQL
import VetCore

/// The dates a client's retention periods run from, read through indexes: each pet's last visit,
/// the last transaction, open claims and what the client owes.
struct RetentionFacts {
    struct PetFact {
        var id: Int64
        var name: String
        var lastSeen: LocalDate?
        var anonymised: Bool
    }

    var pets: [PetFact]
    var lastTransaction: LocalDate?
    /// Positive when the client owes the practice.
    var balance: Pence
    var openClaims: [String]
    var consultations: Int
    var financialRows: Int
    var claims: Int
    var policies: Int
    var lastDisclosure: Date?

    static func read(_ db: any SQLConnection, clientID: Int64) throws -> RetentionFacts {
        let pets = try db.fetchAll("""
            SELECT p.id, p.name, p.anonymised_on,
                   coalesce(p.last_seen_on,
                            (SELECT max(substr(c.seen_at, 1, 10)) FROM consultation c WHERE c.pet_id = p.id)) AS last_seen
            FROM pet p WHERE p.client_id = ? ORDER BY p.id
            """, [clientID]).map { row in
            PetFact(id: try row.decode(Int64.self, "id"), name: try row.decode(String.self, "name"),
                    lastSeen: try row.decode(String?.self, "last_seen").flatMap { LocalDate(storedISO: $0) },
                    anonymised: !row["anonymised_on"].isNull)
        }
        let petList = AccessPackCollector.list(pets.map(\.id))
        let lastTransaction = try db.fetchValue(String.self, """
            SELECT max(d) FROM (SELECT max(entry_on) AS d FROM ledger_entry WHERE client_id = ?
                                UNION ALL SELECT max(issued_on) FROM invoice WHERE client_id = ?) AS latest
            """, [clientID, clientID]).flatMap { LocalDate(storedISO: $0) }
        let openStatuses = ClaimStatus.allCases.filter(\.isOpen).map { "'\($0.rawValue)'" }.joined(separator: ",")
        let openClaims = try db.fetchAll("""
            SELECT c.id, c.condition, c.status, p.name FROM claim c JOIN pet p ON p.id = c.pet_id
            WHERE c.pet_id IN \(petList) AND c.status IN (\(openStatuses)) ORDER BY c.id
            """).map { row -> String in
            let status = ClaimStatus(rawValue: try row.decode(String?.self, "status") ?? "")?.displayName.lowercased() ?? "open"
            return "claim \(try row.decode(Int64.self, "id")) for \(try row.decode(String.self, "name")) "
                + "(\(try row.decode(String.self, "condition"))) is \(status)"
        }
        return RetentionFacts(
            pets: pets, lastTransaction: lastTransaction,
            balance: Pence(try db.fetchValue(Int.self, """
                SELECT coalesce(sum(balance_effect_pence), 0) FROM ledger_entry WHERE client_id = ?
                """, [clientID]) ?? 0),
            openClaims: openClaims,
            consultations: try db.fetchValue(Int.self, "SELECT count(*) FROM consultation WHERE pet_id IN \(petList)") ?? 0,
            financialRows: try db.fetchValue(Int.self, """
                SELECT (SELECT count(*) FROM ledger_entry WHERE client_id = ?) + (SELECT count(*) FROM invoice WHERE client_id = ?)
                """, [clientID, clientID]) ?? 0,
            claims: try db.fetchValue(Int.self, "SELECT count(*) FROM claim WHERE pet_id IN \(petList)") ?? 0,
            policies: try db.fetchValue(Int.self, "SELECT count(*) FROM policy WHERE pet_id IN \(petList)") ?? 0,
            lastDisclosure: try db.fetchValue(Date.self, "SELECT max(disclosed_at) FROM disclosure WHERE client_id = ?",
                                              [clientID]))
    }

    /// Why an erasure or anonymisation must wait: money owed, open claims.
    var blockers: [String] {
        var reasons: [String] = []
        if balance > .zero { reasons.append("the client owes \(balance.formatted)") }
        return reasons + openClaims
    }

    /// The end of the clinical period of `pet`: last seen + the practice's years.
    static func clinicalEnd(_ pet: PetFact, years: Int) -> LocalDate? {
        pet.lastSeen?.adding(months: 12 * years)
    }
}
