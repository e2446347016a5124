import Foundation
import GRDB
import VetCore

/// Reads the whole practice in a handful of grouped, indexed queries and works out, per client
/// and per pet, the day its retention periods ended.
struct RetentionScan {
    let db: Database
    let today: LocalDate

    private struct PetRow {
        var id: Int64, clientID: Int64, name: String, lastSeen: LocalDate?, registered: LocalDate?
    }

    func items() throws -> [RetentionItem] {
        let settings = try PracticeSettingsRow.current(db)
        let clinical = settings.clinicalRetentionYears * 12
        let financial = settings.financialRetentionYears * 12
        let pets = try petRows()
        let lastTransaction = try dates("""
            SELECT client_id, \(Self.dayNumber("max(d)")) FROM (
              SELECT client_id, max(entry_on) AS d FROM ledger_entry GROUP BY client_id
              UNION ALL SELECT client_id, max(issued_on) FROM invoice WHERE issued_on IS NOT NULL GROUP BY client_id)
            GROUP BY client_id
            """)
        let lastContact = try dates("SELECT client_id, \(Self.dayNumber("max(occurred_at)")) FROM communication GROUP BY client_id")
        let holds = try holdReasons()
        let openClaimPets = Set(try Int64.fetchAll(db, sql: """
            SELECT DISTINCT pet_id FROM claim WHERE status IN ('draft','submitted','moreInfoRequested')
            """))
        var petsByClient: [Int64: [PetRow]] = [:]
        var items: [RetentionItem] = []
        for pet in pets {
            petsByClient[pet.clientID, default: []].append(pet)
            guard let from = pet.lastSeen ?? pet.registered else { continue }
            let end = from.adding(months: clinical)
            guard end <= today else { continue }
            let seen = pet.lastSeen.map { "last seen \($0.iso)" } ?? "registered \(from.iso), never seen"
            items.append(RetentionItem(kind: .pet, id: pet.id, clientID: pet.clientID, name: pet.name, dueOn: end,
                                       reason: "\(seen); clinical records are kept \(settings.clinicalRetentionYears) years",
                                       heldBecause: openClaimPets.contains(pet.id) ? "an insurance claim is open" : holds[pet.clientID]))
        }
        let clients = try Row.fetchAll(db, sql: """
            SELECT id, title, first_name, last_name, \(Self.dayNumber("created_at")) AS registered
            FROM client WHERE status <> 'anonymised'
            """)
        for row in clients {
            let id: Int64 = row["id"]
            var ends: [(LocalDate, String)] = []
            for pet in petsByClient[id] ?? [] {
                if let seen = pet.lastSeen { ends.append((seen.adding(months: clinical), "\(pet.name) last seen \(seen.iso)")) }
            }
            if let last = lastTransaction[id] { ends.append((last.adding(months: financial), "last transaction \(last.iso)")) }
            let registered = (row["registered"] as Int?).map(LocalDate.init(daysSinceEpoch:)) ?? today
            let contact = max(registered, lastContact[id] ?? registered)
            ends.append((contact.adding(months: financial), "last contact \(contact.iso)"))
            guard let latest = ends.max(by: { $0.0 < $1.0 }), latest.0 <= today else { continue }
            let name = [row["title"] as String?, row["first_name"] as String?, row["last_name"] as String?]
                .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            items.append(RetentionItem(kind: .client, id: id, clientID: id, name: name, dueOn: latest.0,
                                       reason: ends.map(\.1).joined(separator: "; ") + "; periods: clinical "
                                           + "\(settings.clinicalRetentionYears) years, financial \(settings.financialRetentionYears) years",
                                       heldBecause: holds[id]))
        }
        return items.sorted { ($0.dueOn, $0.kind.rawValue, $0.id) < ($1.dueOn, $1.kind.rawValue, $1.id) }
    }

    private func petRows() throws -> [PetRow] {
        try Row.fetchAll(db, sql: """
            SELECT p.id, p.client_id, p.name, \(Self.dayNumber("p.created_at")) AS registered,
              \(Self.dayNumber("coalesce(p.last_seen_on, (SELECT max(c.seen_at) FROM consultation c WHERE c.pet_id = p.id))"))
                AS last_seen
            FROM pet p WHERE p.anonymised_on IS NULL
            """).map { row in
            PetRow(id: row["id"], clientID: row["client_id"], name: row["name"],
                   lastSeen: (row["last_seen"] as Int?).map(LocalDate.init(daysSinceEpoch:)),
                   registered: (row["registered"] as Int?).map(LocalDate.init(daysSinceEpoch:)))
        }
    }

    /// Days since 1970-01-01 of a date or timestamp column, computed by SQLite: no text parsing per row.
    /// Timestamps are UTC, so a visit just after midnight in summer counts from the day before.
    static func dayNumber(_ expression: String) -> String {
        "CAST(julianday(date(\(expression))) - 2440587.5 AS INTEGER)"
    }

    private func dates(_ sql: String) throws -> [Int64: LocalDate] {
        var result: [Int64: LocalDate] = [:]
        for row in try Row.fetchAll(db, sql: sql) {
            if let id = row[0] as Int64?, let day = row[1] as Int? { result[id] = LocalDate(daysSinceEpoch: day) }
        }
        return result
    }

    /// Clients who must not be anonymised yet, with the reason.
    private func holdReasons() throws -> [Int64: String] {
        var holds: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT client_id, sum(balance_effect_pence) FROM ledger_entry GROUP BY client_id HAVING sum(balance_effect_pence) > 0
            """) {
            holds[row[0]] = "owes \(Pence(row[1] as Int).formatted)"
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT DISTINCT p.client_id FROM claim c JOIN pet p ON p.id = c.pet_id
            WHERE c.status IN ('draft','submitted','moreInfoRequested')
            """) {
            holds[row[0]] = holds[row[0]].map { $0 + "; an insurance claim is open" } ?? "an insurance claim is open"
        }
        for row in try Row.fetchAll(db, sql: "SELECT client_id, reference FROM dsr_request WHERE closed_on IS NULL AND client_id IS NOT NULL") {
            let text = "request \(row[1] as String) is open"
            holds[row[0]] = holds[row[0]].map { $0 + "; " + text } ?? text
        }
        return holds
    }
}
