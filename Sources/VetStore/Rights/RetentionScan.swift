import Foundation
import VetSQL
import VetCore

/// Reads the whole practice in a handful of grouped, indexed queries and works out, per client
/// and per pet, the day the last of its retention periods ends. A client is due only when every
/// period has passed: each pet's clinical period (from its last visit, its death, or its
/// registration if it was never seen) and the financial period from the last transaction, the
/// last call or letter, the last request and the client's own registration. Timestamps become
/// the practice's local dates, so a visit at 00:30 in summer counts on the day it happened.
struct RetentionScan {
    let db: any SQLConnection
    let today: LocalDate
    let zone: TimeZone

    struct PetRow {
        var id: Int64, clientID: Int64, name: String
        var lastSeen: LocalDate?, diedOn: LocalDate?, registered: LocalDate

        /// The pet's last activity and how to say it: its death, its last visit, else its registration.
        var lastActivity: (day: LocalDate, text: String) {
            if let diedOn, diedOn >= (lastSeen ?? diedOn) { return (diedOn, "died \(diedOn.iso)") }
            if let lastSeen { return (lastSeen, "last seen \(lastSeen.iso)") }
            return (registered, "registered \(registered.iso), never seen")
        }
    }

    func items() throws -> [RetentionItem] {
        let settings = try PracticeSettingsRow.current(db)
        let periods = RetentionPeriods(clinicalYears: settings.clinicalRetentionYears,
                                       financialYears: settings.financialRetentionYears)
        let pets = try petRows()
        let lastTransaction = try dates("""
            SELECT client_id, max(d) FROM (
              SELECT client_id, max(entry_on) AS d FROM ledger_entry GROUP BY client_id
              UNION ALL SELECT client_id, max(issued_on) FROM invoice WHERE issued_on IS NOT NULL GROUP BY client_id) AS latest
            GROUP BY client_id
            """)
        let lastContact = try instants("SELECT client_id, max(occurred_at) FROM communication GROUP BY client_id")
        let lastRequest = try dates("SELECT client_id, max(received_on) FROM dsr_request WHERE client_id IS NOT NULL GROUP BY client_id")
        let holds = try holdReasons()
        let openClaimPets = Set(try db.fetchValues(Int64.self, """
            SELECT DISTINCT pet_id FROM claim WHERE status IN (\(Self.openClaimStatuses))
            """))
        var petsByClient: [Int64: [PetRow]] = [:]
        var items: [RetentionItem] = []
        for pet in pets {
            petsByClient[pet.clientID, default: []].append(pet)
            let activity = pet.lastActivity
            let end = periods.clinicalEnd(activity.day)
            guard end <= today else { continue }
            items.append(RetentionItem(kind: .pet, id: pet.id, clientID: pet.clientID, name: pet.name, dueOn: end,
                                       reasons: ["\(activity.text) + \(periods.clinicalText) ended \(end.iso)"],
                                       heldBecause: openClaimPets.contains(pet.id) ? "an insurance claim is open" : holds[pet.clientID]))
        }
        for row in try db.fetchAll("""
            SELECT id, title, first_name, last_name, created_at FROM client WHERE status <> 'anonymised'
            """) {
            let id = try row.decode(Int64.self, "id")
            let registered = try row.decode(Date?.self, "created_at").map { LocalDate(instant: $0, in: zone) } ?? today
            var ends: [(day: LocalDate, text: String)] = []
            for pet in petsByClient[id] ?? [] {
                let activity = pet.lastActivity
                let end = periods.clinicalEnd(activity.day)
                ends.append((end, "\(pet.name) \(activity.text) + \(periods.clinicalText) ends \(end.iso)"))
            }
            func financial(_ day: LocalDate?, _ what: String) {
                guard let day else { return }
                let end = periods.financialEnd(day)
                ends.append((end, "\(what) \(day.iso) + \(periods.financialText) ends \(end.iso)"))
            }
            financial(lastTransaction[id], "last transaction")
            financial(lastContact[id], "last call or letter")
            financial(lastRequest[id], "last request")
            financial(registered, "registered")
            guard let latest = ends.map(\.day).max(), latest <= today else { continue }
            let name = try [row.decode(String?.self, "title"), row.decode(String?.self, "first_name"),
                            row.decode(String?.self, "last_name")]
                .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            items.append(RetentionItem(kind: .client, id: id, clientID: id, name: name, dueOn: latest,
                                       reasons: ends.map { $0.text.replacingOccurrences(of: " ends ", with: " ended ") },
                                       heldBecause: holds[id]))
        }
        return items.sorted { ($0.dueOn, $0.kind.rawValue, $0.id) < ($1.dueOn, $1.kind.rawValue, $1.id) }
    }

    static let openClaimStatuses = ClaimStatus.allCases.filter(\.isOpen).map { "'\($0.rawValue)'" }.joined(separator: ",")

    private func petRows() throws -> [PetRow] {
        try db.fetchAll("""
            SELECT p.id, p.client_id, p.name, p.created_at, p.last_seen_on, p.died_on,
              (SELECT max(c.seen_at) FROM consultation c WHERE c.pet_id = p.id) AS last_visit
            FROM pet p WHERE p.anonymised_on IS NULL
            """).map { row in
            let visit = try row.decode(Date?.self, "last_visit").map { LocalDate(instant: $0, in: zone) }
            let stored = try row.decode(String?.self, "last_seen_on").flatMap { LocalDate(iso: $0) }
            let created = try row.decode(Date?.self, "created_at").map { LocalDate(instant: $0, in: zone) } ?? today
            return PetRow(id: try row.decode(Int64.self, "id"), clientID: try row.decode(Int64.self, "client_id"),
                          name: try row.decode(String.self, "name"),
                          lastSeen: [visit, stored].compactMap { $0 }.max(),
                          diedOn: try row.decode(String?.self, "died_on").flatMap { LocalDate(iso: $0) }, registered: created)
        }
    }

    /// Per client, a date column's latest value (already a practice date).
    private func dates(_ sql: String) throws -> [Int64: LocalDate] {
        var result: [Int64: LocalDate] = [:]
        for row in try db.fetchAll(sql) {
            if let id = try row.decode(Int64?.self, at: 0),
               let day = try row.decode(String?.self, at: 1).flatMap({ LocalDate(iso: String($0.prefix(10))) }) {
                result[id] = day
            }
        }
        return result
    }

    /// Per client, a timestamp column's latest value as the practice's local date.
    private func instants(_ sql: String) throws -> [Int64: LocalDate] {
        var result: [Int64: LocalDate] = [:]
        for row in try db.fetchAll(sql) {
            if let id = try row.decode(Int64?.self, at: 0), let instant = try row.decode(Date?.self, at: 1) {
                result[id] = LocalDate(instant: instant, in: zone)
            }
        }
        return result
    }

    /// Clients who must not be anonymised yet, with the reason.
    private func holdReasons() throws -> [Int64: String] {
        var holds: [Int64: String] = [:]
        func add(_ id: Int64, _ text: String) { holds[id] = holds[id].map { $0 + "; " + text } ?? text }
        for row in try db.fetchAll("""
            SELECT client_id, sum(balance_effect_pence) FROM ledger_entry GROUP BY client_id HAVING sum(balance_effect_pence) > 0
            """) {
            add(try row.decode(Int64.self, at: 0), "owes \(Pence(try row.decode(Int.self, at: 1)).formatted)")
        }
        for id in try db.fetchValues(Int64.self, """
            SELECT DISTINCT p.client_id FROM claim c JOIN pet p ON p.id = c.pet_id WHERE c.status IN (\(Self.openClaimStatuses))
            """) {
            add(id, "an insurance claim is open")
        }
        for row in try db.fetchAll("SELECT client_id, reference FROM dsr_request WHERE closed_on IS NULL AND client_id IS NOT NULL") {
            add(try row.decode(Int64.self, at: 0), "request \(try row.decode(String.self, at: 1)) is open")
        }
        for id in try db.fetchValues(Int64.self, """
            SELECT client_id FROM appointment WHERE starts_at >= ? AND state IN ('booked', 'arrived', 'inConsultation')
            UNION SELECT client_id FROM queue_entry WHERE state IN ('waiting', 'taken')
            """, [LocalDateTime(date: today, time: .midnight)]) {
            add(id, "an appointment or online consultation is still to come")
        }
        return holds
    }
}

/// The practice's two retention periods and how to add them to a date.
struct RetentionPeriods {
    var clinicalYears: Int
    var financialYears: Int

    func clinicalEnd(_ day: LocalDate) -> LocalDate { day.adding(months: 12 * clinicalYears) }
    func financialEnd(_ day: LocalDate) -> LocalDate { day.adding(months: 12 * financialYears) }
    var clinicalText: String { "\(clinicalYears) years clinical" }
    var financialText: String { "\(financialYears) years financial" }
}
