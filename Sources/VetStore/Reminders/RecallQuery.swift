import Foundation
import VetSQL
import VetCore

/// Works out the recall list from the records themselves, so nothing can fall out of step:
/// for each pet and recall group the latest treatment decides the due date (a later one in
/// the same group has met the earlier); a follow-up is due until the pet is seen again; an
/// appointment booked for the pet meets both.
enum RecallQuery {
    /// An appointment booked for the pet up to this many days after the due date meets it.
    static let bookedGraceDays = 28

    static func list(_ db: any SQLConnection, from: LocalDate, dueBy: LocalDate, today: LocalDate,
                     zone: TimeZone, petID: Int64? = nil) throws -> [DueReminder] {
        var found = try recalls(db, from: from, dueBy: dueBy, zone: zone, petID: petID)
            + followUps(db, from: from, dueBy: dueBy, zone: zone, petID: petID)
        guard !found.isEmpty else { return [] }
        let facts = try RecipientFacts.load(db, clientIDs: Set(found.map(\.candidate.clientID)),
                                            petIDs: Set(found.map(\.candidate.petID)), from: from, today: today)
        found.sort { ($0.candidate.dueOn, $0.candidate.lastName, $0.candidate.petID) < ($1.candidate.dueOn, $1.candidate.lastName, $1.candidate.petID) }
        return found.map { facts.reminder(for: $0.candidate, reason: $0.reason, graceDays: bookedGraceDays) }
    }

    /// The argument of the one-pet filter, when there is one.
    private static func pet(_ petID: Int64?) -> SQLArguments { petID.map { [$0] } ?? [] }

    /// The latest recall-carrying treatment per pet and group, where its due date is in the window.
    private static func recalls(_ db: any SQLConnection, from: LocalDate, dueBy: LocalDate,
                                zone: TimeZone, petID: Int64?) throws -> [(reason: ReminderReason, candidate: Candidate)] {
        // A treatment given longer ago than the longest interval before `from` cannot fall due in the window.
        let longest = try db.fetchValue(Int.self, """
            SELECT max(CASE interval_unit WHEN 'days' THEN interval_count WHEN 'weeks' THEN 7 * interval_count
                            ELSE 31 * interval_count END) FROM price_item_recall
            """) ?? 0
        guard longest > 0 else { return [] }
        let earliest = from.adding(days: -longest - 1).instant(hour: 0, in: zone)
        // First the lean rows, to find each pet's latest treatment per group; the pet's and
        // client's details are read only for the reminders that fall in the window.
        let rows = try db.fetchAll("""
            SELECT c.pet_id, c.seen_at, r.recall_group, r.interval_count, r.interval_unit, i.name AS item_name
            FROM treatment_line t
            JOIN price_item_recall r ON r.price_item_id = t.price_item_id
            JOIN price_item i ON i.id = t.price_item_id
            JOIN consultation c ON c.id = t.consultation_id
            WHERE c.seen_at >= ?\(petID == nil ? "" : " AND c.pet_id = ?")
            """, [earliest] + Self.pet(petID))
        var latest: [String: (pet: Int64, seen: Date, dueOn: LocalDate, basedOn: String, group: String)] = [:]
        for row in rows {
            let group = try row.decode(String.self, "recall_group")
            let pet = try row.decode(Int64.self, "pet_id")
            let seen = try row.decode(Date.self, "seen_at")
            let interval = try RecallInterval(count: try row.decode(Int.self, "interval_count"),
                                              unit: try row.decode(RecallUnit.self, "interval_unit"))
            let given = LocalDate(instant: seen, in: zone)
            let due = interval.due(after: given)
            let key = "\(pet)|\(group)"
            if let held = latest[key], held.seen > seen || (held.seen == seen && held.dueOn >= due) { continue }
            latest[key] = (pet, seen, due, "\(try row.decode(String.self, "item_name")) on \(given.long)", group)
        }
        let inWindow = latest.values.filter { (from...dueBy).contains($0.dueOn) }
        let details = try petRows(db, Set(inWindow.map(\.pet)))
        return try inWindow.compactMap { found in
            guard let row = details[found.pet] else { return nil }
            return (.recall(group: found.group), try Candidate(row, dueOn: found.dueOn, basedOn: found.basedOn))
        }
    }

    /// Each pet's row with its client's details, by pet id.
    private static func petRows(_ db: any SQLConnection, _ petIDs: Set<Int64>) throws -> [Int64: SQLRow] {
        var rows: [Int64: SQLRow] = [:]
        for chunk in RecipientFacts.chunks(petIDs) {
            for row in try db.fetchAll("""
                SELECT \(Candidate.columns) FROM pet p JOIN client k ON k.id = p.client_id
                WHERE p.id IN (\(SQLList.placeholders(chunk.count)))
                """, SQLArguments(chunk.map { .integer($0) })) {
                rows[try row.decode(Int64.self, "pet_id")] = row
            }
        }
        return rows
    }

    /// Follow-up dates in the window whose pet has not been seen since.
    private static func followUps(_ db: any SQLConnection, from: LocalDate, dueBy: LocalDate,
                                  zone: TimeZone, petID: Int64?) throws -> [(reason: ReminderReason, candidate: Candidate)] {
        try db.fetchAll("""
            SELECT c.id AS consultation_id, c.follow_up_on, c.reason, c.seen_at, \(Candidate.columns)
            FROM consultation c JOIN pet p ON p.id = c.pet_id JOIN client k ON k.id = p.client_id
            WHERE c.follow_up_on IS NOT NULL AND c.follow_up_on >= ? AND c.follow_up_on <= ?
              AND NOT EXISTS (SELECT 1 FROM consultation later WHERE later.pet_id = c.pet_id AND later.seen_at > c.seen_at)\(petID == nil ? "" : " AND c.pet_id = ?")
            """, [from, dueBy] + Self.pet(petID)).map { row in
            let seen = LocalDate(instant: try row.decode(Date.self, "seen_at"), in: zone)
            let reason = ReminderReason.followUp(consultationID: try row.decode(Int64.self, "consultation_id"),
                                                 reason: try row.decode(String.self, "reason"))
            return (reason, try Candidate(row, dueOn: try row.decode(LocalDate.self, "follow_up_on"),
                                          basedOn: "the consultation on \(seen.long)"))
        }
    }
}

/// A reminder's pet and client as read with it, before channels and deliveries are known.
struct Candidate {
    static let columns = """
        p.id AS pet_id, p.name AS pet_name, p.species, p.status AS pet_status, k.id AS client_id, k.title, k.first_name,
        k.last_name, k.email, k.address_line1, k.address_line2, k.town, k.postcode, k.status AS client_status, k.restricted
        """
    var petID: Int64
    var clientID: Int64
    var lastName: String
    var dueOn: LocalDate
    var basedOn: String
    var recipient: ReminderRecipient
    var eligibility: ReminderEligibility
    var email: String
    var postalAddress: String

    init(_ row: SQLRow, dueOn: LocalDate, basedOn: String) throws {
        petID = try row.decode(Int64.self, "pet_id")
        clientID = try row.decode(Int64.self, "client_id")
        lastName = try row.decode(String.self, "last_name")
        self.dueOn = dueOn
        self.basedOn = basedOn
        recipient = ReminderRecipient(clientID: clientID, title: try row.decode(String?.self, "title"),
                                      firstName: try row.decode(String.self, "first_name"), lastName: lastName,
                                      petID: petID, petName: try row.decode(String.self, "pet_name"),
                                      species: try row.decode(String.self, "species"))
        eligibility = ReminderEligibility(clientRestricted: try row.decode(Bool.self, "restricted"),
                                          clientStatus: try row.decode(ClientStatus.self, "client_status"),
                                          petStatus: try row.decode(PetStatus.self, "pet_status"))
        email = try row.decode(String?.self, "email") ?? ""
        let lines = [try row.decode(String.self, "address_line1"), try row.decode(String?.self, "address_line2") ?? "",
                     try row.decode(String.self, "town"), try row.decode(String.self, "postcode")]
        postalAddress = lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
