import Foundation
import GRDB
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

    static func read(_ db: Database, clientID: Int64) throws -> RetentionFacts {
        let pets = try Row.fetchAll(db, sql: """
            SELECT p.id, p.name, p.anonymised_on,
                   coalesce(p.last_seen_on, (SELECT max(date(c.seen_at)) FROM consultation c WHERE c.pet_id = p.id)) AS last_seen
            FROM pet p WHERE p.client_id = ? ORDER BY p.id
            """, arguments: [clientID]).map { row in
            PetFact(id: row["id"], name: row["name"], lastSeen: (row["last_seen"] as String?).flatMap { LocalDate(storedISO: $0) },
                    anonymised: (row["anonymised_on"] as String?) != nil)
        }
        let petList = AccessPackCollector.list(pets.map(\.id))
        let lastTransaction = try String.fetchOne(db, sql: """
            SELECT max(d) FROM (SELECT max(entry_on) AS d FROM ledger_entry WHERE client_id = ?1
                                UNION ALL SELECT max(issued_on) FROM invoice WHERE client_id = ?1)
            """, arguments: [clientID]).flatMap { LocalDate(storedISO: $0) }
        let openStatuses = ClaimStatus.allCases.filter(\.isOpen).map { "'\($0.rawValue)'" }.joined(separator: ",")
        let openClaims = try Row.fetchAll(db, sql: """
            SELECT c.id, c.condition, c.status, p.name FROM claim c JOIN pet p ON p.id = c.pet_id
            WHERE c.pet_id IN \(petList) AND c.status IN (\(openStatuses)) ORDER BY c.id
            """).map { row -> String in
            let status = ClaimStatus(rawValue: row["status"] ?? "")?.displayName.lowercased() ?? "open"
            return "claim \(row["id"] as Int64) for \(row["name"] as String) (\(row["condition"] as String)) is \(status)"
        }
        return RetentionFacts(
            pets: pets, lastTransaction: lastTransaction,
            balance: Pence(try Int.fetchOne(db, sql: "SELECT coalesce(sum(balance_effect_pence), 0) FROM ledger_entry WHERE client_id = ?",
                                            arguments: [clientID]) ?? 0),
            openClaims: openClaims,
            consultations: try Int.fetchOne(db, sql: "SELECT count(*) FROM consultation WHERE pet_id IN \(petList)") ?? 0,
            financialRows: try Int.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM ledger_entry WHERE client_id = ?1) + (SELECT count(*) FROM invoice WHERE client_id = ?1)
                """, arguments: [clientID]) ?? 0,
            claims: try Int.fetchOne(db, sql: "SELECT count(*) FROM claim WHERE pet_id IN \(petList)") ?? 0,
            policies: try Int.fetchOne(db, sql: "SELECT count(*) FROM policy WHERE pet_id IN \(petList)") ?? 0,
            lastDisclosure: try Date.fetchOne(db, sql: "SELECT max(disclosed_at) FROM disclosure WHERE client_id = ?",
                                              arguments: [clientID]))
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
