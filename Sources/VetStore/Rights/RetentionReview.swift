import Foundation
import VetSQL
import VetCore

/// One client or pet past the practice's retention periods.
public struct RetentionItem: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable { case client, pet }

    /// Which record an item is: what the manager ticks.
    public struct Key: Hashable, Sendable, Codable, CustomStringConvertible {
        public var kind: Kind
        public var id: Int64
        public init(kind: Kind, id: Int64) {
            self.kind = kind
            self.id = id
        }

        /// "client 12", "pet 40".
        public var description: String { "\(kind.rawValue) \(id)" }

        /// Reads "client:12" or "pet:40" (the command line's `--only`).
        public init?(text: String) {
            let parts = text.split(separator: ":").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let kind = Kind(rawValue: parts[0].lowercased()), let id = Int64(parts[1]), id > 0 else {
                return nil
            }
            self.init(kind: kind, id: id)
        }
    }

    public var kind: Kind
    public var id: Int64
    public var clientID: Int64
    public var name: String
    /// The day the last of its periods ended.
    public var dueOn: LocalDate
    /// One line per period: what it runs from, how long, when it ended.
    public var reasons: [String]
    /// Set when it is due but must not be anonymised yet (money owed, an open claim or request).
    public var heldBecause: String?
    /// The dry run: exactly which fields anonymising it removes (only those holding something now).
    public var removes: [String] = []

    public var key: Key { Key(kind: kind, id: id) }
    /// All the reasons on one line.
    public var reason: String { reasons.joined(separator: "; ") }
}

/// What applying the review did.
public struct RetentionApplied: Sendable {
    public var anonymised: [RetentionItem]
    public var held: [RetentionItem]
    /// Due and not held, but not ticked: left as they are.
    public var notSelected: [RetentionItem]
}

/// The retention review (data-protection rules §5): lists what has passed its period, why and
/// exactly what anonymising would remove; applying it anonymises the items the manager ticked,
/// with an audit entry for each.
extension AppDatabase {
    /// Clients and pets whose periods all ended on or before `today`, oldest first, each with the
    /// fields anonymising it would remove. Changes nothing.
    public func retentionReview(today: LocalDate) throws -> [RetentionItem] {
        let zone = clock.timeZone
        return try read { db in
            try RetentionScan(db: db, today: today, zone: zone).items().map { item in
                var item = item
                item.removes = try RetentionDryRun.fields(db, item)
                return item
            }
        }
    }

    /// What must be decided before the ticked clients are anonymised: where the text that is kept names
    /// them, and their pets' microchips.
    public func retentionHits(selecting selected: Set<RetentionItem.Key>? = nil, as user: StaffSession) throws -> ErasureReview {
        try user.require(.runRetention)
        let today = self.today
        let zone = clock.timeZone
        return try read { db in
            let items = try RetentionScan(db: db, today: today, zone: zone).items()
            return try RetentionHits.review(db, items: items, selected: selected)
        }
    }

    /// Anonymises the ticked items of today's review (`selected`; nil ticks every item) that are
    /// due and not held; records inside their period are never touched, whatever was ticked.
    /// Refused, changing nothing, while a hit in `retentionHits` is undecided.
    @discardableResult
    public func applyRetention(selecting selected: Set<RetentionItem.Key>? = nil, decisions: FreeTextDecisions = .none,
                               as user: StaffSession) throws -> RetentionApplied {
        let now = self.now
        let today = self.today
        let zone = clock.timeZone
        let applied = try perform(.runRetention, as: user) { db in
            let items = try RetentionScan(db: db, today: today, zone: zone).items()
            if let selected {
                let known = Set(items.map(\.key))
                if let stray = selected.first(where: { !known.contains($0) }) {
                    throw StoreError.invalid(ValidationError(field: "selection",
                        message: "\(stray) is not past its retention period today, so it cannot be anonymised"))
                }
            }
            let review = try RetentionHits.review(db, items: items, selected: selected)
            try FreeTextRedaction.apply(db, review: review, decisions: decisions, requestID: nil, at: now, by: user.userID)
            var done: [RetentionItem] = []
            var skipped: [RetentionItem] = []
            for var item in items where item.heldBecause == nil {
                guard selected?.contains(item.key) ?? true else { skipped.append(item); continue }
                item.removes = try RetentionDryRun.fields(db, item)
                let why = "retention review: \(item.reason)"
                switch item.kind {
                case .client: try ClientAnonymiser.anonymise(db, clientID: item.id, why: why, at: now, by: user.userID)
                case .pet: try ClientAnonymiser.anonymisePet(db, petID: item.id, clientID: item.clientID, why: why,
                                                             on: today, at: now, by: user.userID)
                }
                done.append(item)
            }
            let held = items.filter { $0.heldBecause != nil }
            try AuditTrail.record(db, at: now, userID: user.userID, action: "apply retention review", recordType: "practice",
                                  recordID: nil, clientID: nil,
                                  detail: "\(done.count) anonymised, \(held.count) held, \(skipped.count) not ticked")
            if !done.isEmpty { try ErasureTraces.mergeSearchIndex(db) }
            return RetentionApplied(anonymised: done, held: held, notSelected: skipped)
        }
        if !applied.anonymised.isEmpty { clearWriteAheadLog() }
        return applied
    }
}

/// The hits of every ticked client that is due and not held (pets alone keep their owner, so
/// anonymising a pet needs no search).
enum RetentionHits {
    static func review(_ db: any SQLConnection, items: [RetentionItem], selected: Set<RetentionItem.Key>?) throws -> ErasureReview {
        var review = ErasureReview(hits: [], microchips: [])
        let chosen = items.filter { $0.heldBecause == nil && (selected?.contains($0.key) ?? true) }
        let petsAnonymised = Set(chosen.filter { $0.kind == .pet }.map(\.id))
        for item in chosen where item.kind == .client {
            guard let client = try db.fetchRecord(Client.self, id: item.id) else { continue }
            let found = try FreeTextScan.review(db, client: client, anonymisedNow: petsAnonymised)
            review.hits += found.hits
            review.microchips += found.microchips
            review.exports += found.exports.filter { export in !review.exports.contains { $0.id == export.id } }
        }
        return review
    }
}

/// The dry run: the fields anonymising an item removes, read from what the record holds now.
enum RetentionDryRun {
    static func fields(_ db: any SQLConnection, _ item: RetentionItem) throws -> [String] {
        switch item.kind {
        case .client: return try clientFields(db, item.id)
        case .pet: return try petFields(db, item.id)
        }
    }

    private static func clientFields(_ db: any SQLConnection, _ id: Int64) throws -> [String] {
        guard let row = try db.fetchOne("""
            SELECT title, first_name, last_name, address_line1, address_line2, town, postcode, email, notes FROM client WHERE id = ?
            """, [id]) else { return [] }
        var fields: [String] = []
        for (column, label) in [("title", "title"), ("first_name", "first name"), ("last_name", "last name"),
                                ("address_line1", "address line 1"), ("address_line2", "address line 2"), ("town", "town"),
                                ("postcode", "postcode"), ("email", "email"), ("notes", "client notes")]
        where !(try row.decode(String?.self, column) ?? "").isEmpty {
            fields.append(label)
        }
        for (table, what) in [("client_phone", "phone number"), ("client_change", "contact-detail change"),
                              ("communication", "call or letter record")] {
            let count = try db.fetchValue(Int.self, "SELECT count(*) FROM \(table) WHERE client_id = ?", [id]) ?? 0
            if count > 0 { fields.append("\(count) \(what)\(count == 1 ? "" : "s")") }
        }
        return fields + ["the search entry"]
    }

    private static func petFields(_ db: any SQLConnection, _ id: Int64) throws -> [String] {
        guard let row = try db.fetchOne("SELECT microchip, alerts, colour FROM pet WHERE id = ?", [id]) else {
            return []
        }
        return try ["name"] + [("microchip", "microchip"), ("alerts", "alerts"), ("colour", "colour")]
            .filter { !(try row.decode(String?.self, $0.0) ?? "").isEmpty }.map(\.1)
    }
}

extension AppDatabase {
    /// The retention list names clients, so showing it is recorded like any other view.
    public func recordRetentionReviewed(_ items: Int, as user: StaffSession) throws {
        let now = self.now
        try perform(.runRetention, as: user) { db in
            try AuditTrail.record(db, at: now, userID: user.userID, action: "view", recordType: "retention review",
                                  recordID: nil, clientID: nil, detail: "\(items) past retention")
        }
    }
}
