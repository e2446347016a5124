import Foundation
import VetSQL
import VetCore

/// One client who may receive marketing now on a channel, with the address to use and the basis.
public struct MarketingListEntry: Hashable, Sendable, Codable {
    public var clientID: Int64
    public var name: String
    /// The email address, phone number or postal address for the channel.
    public var contact: String
    public var basis: ConsentBasis
    /// When the basis was recorded, ISO 8601 in UTC.
    public var basisRecordedAt: String
    public var wordingVersion: String?
    /// The client's living pets, so a mailing about animals never names one that has died.
    public var pets: [String] = []

    public static let csvHeader = ["client_id", "name", "contact", "basis", "basis_recorded_at", "wording_version", "pets"]

    public var csvFields: [String] {
        [String(clientID), name, contact, basis.rawValue, basisRecordedAt, wordingVersion ?? "", pets.joined(separator: "; ")]
    }
}

/// The marketing list (data-protection rules §6): only clients whose latest consent event for the
/// channel and purpose is a grant, and never anyone restricted, objecting, suppressed (by client,
/// email or phone), ceased, deceased or anonymised, or without an address for that channel.
/// Marketing is about the client's animals: a client whose pets have all died is left off, and
/// each entry names only living pets.
extension AppDatabase {
    public func marketingList(channel: ConsentChannel, purpose: ConsentPurpose, as user: StaffSession) throws -> [MarketingListEntry] {
        let now = self.now
        let today = self.today
        return try perform(.exportMarketingList, as: user) { db in
            let lapse = try SoftOptInLapse.months(db)
            let entries = try MarketingListQuery(channel: channel, purpose: purpose,
                                                 softOptInSince: today.adding(months: -lapse)).run(db)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "export marketing list", recordType: "practice",
                                  recordID: nil, clientID: nil,
                                  detail: "\(channel.rawValue)/\(purpose.rawValue): \(entries.count) clients")
            return entries
        }
    }

    /// The list as CSV (header, then one line per client).
    public static func marketingCSV(_ entries: [MarketingListEntry]) -> String {
        CSV.line(MarketingListEntry.csvHeader) + entries.map { CSV.line($0.csvFields) }.joined()
    }
}

struct MarketingListQuery {
    let channel: ConsentChannel
    let purpose: ConsentPurpose
    /// A soft opt-in counts only when the last sale (or the opt-in, if later) is on or after this day.
    var softOptInSince: LocalDate?

    /// The channel's contact column, and the rule that the client has one.
    private var contact: (select: String, present: String) {
        let phone = """
            (SELECT p.display FROM client_phone p WHERE p.client_id = c.id \(channel == .sms ? "AND p.label = 'mobile'" : "")
             ORDER BY p.position LIMIT 1)
            """
        switch channel {
        case .email: return ("c.email", "c.email IS NOT NULL AND c.email <> ''")
        case .sms, .phone: return (phone, "\(phone) IS NOT NULL")
        case .post: return ("c.address_line1 || ', ' || coalesce(c.address_line2 || ', ', '') || c.town || ' ' || c.postcode",
                            "c.address_line1 <> '' AND c.postcode <> ''")
        }
    }

    func run(_ db: any SQLConnection) throws -> [MarketingListEntry] {
        var arguments: SQLArguments = [channel.rawValue, purpose.rawValue]
        var softOptIn = ""
        if let softOptInSince {
            softOptIn = """
                AND (e.basis <> 'softOptIn' OR substr(e.recorded_at, 1, 10) >= ?
                     OR EXISTS (SELECT 1 FROM invoice i WHERE i.client_id = c.id AND i.status = 'finalised' AND i.issued_on >= ?))
                """
            arguments.append(softOptInSince)
            arguments.append(softOptInSince)
        }
        let sql = """
            SELECT c.id, c.title, c.first_name, c.last_name, \(contact.select) AS contact,
                   e.action, e.basis, e.recorded_at, e.wording_version
            FROM client c
            JOIN consent_event e ON e.id = (
                SELECT e2.id FROM consent_event e2
                WHERE e2.client_id = c.id AND e2.channel = ? AND e2.purpose = ?
                ORDER BY e2.recorded_at DESC, e2.id DESC LIMIT 1)
            WHERE e.action = 'granted'
              AND c.status = 'active' AND c.restricted = 0 AND c.objects_to_marketing = 0
              AND \(contact.present)
              \(softOptIn)
              AND (NOT EXISTS (SELECT 1 FROM pet d WHERE d.client_id = c.id AND d.status = 'deceased')
                   OR EXISTS (SELECT 1 FROM pet l WHERE l.client_id = c.id AND l.status = 'active'))
              AND NOT EXISTS (SELECT 1 FROM suppression s WHERE s.client_id = c.id)
              AND NOT EXISTS (SELECT 1 FROM suppression s WHERE c.email IS NOT NULL AND s.email = c.email)
              AND NOT EXISTS (SELECT 1 FROM client_phone p JOIN suppression s ON s.phone_digits = p.digits
                              WHERE p.client_id = c.id)
            ORDER BY \(db.dialect.caseInsensitiveOrder("c.last_name")), \(db.dialect.caseInsensitiveOrder("c.first_name")), c.id
            """
        let rows = try db.fetchAll(sql, arguments)
        let pets = rows.isEmpty ? [:] : try Self.livingPets(db)
        return try rows.compactMap { row -> MarketingListEntry? in
            guard let basis = ConsentBasis(rawValue: try row.decode(String?.self, "basis") ?? "") else { return nil }
            let name = try [row.decode(String?.self, "title"), row.decode(String?.self, "first_name"),
                            row.decode(String?.self, "last_name")]
                .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            let id = try row.decode(Int64.self, "id")
            return MarketingListEntry(clientID: id, name: name, contact: try row.decode(String?.self, "contact") ?? "",
                                      basis: basis, basisRecordedAt: Self.utc(try row.decode(String.self, "recorded_at")),
                                      wordingVersion: try row.decode(String?.self, "wording_version"), pets: pets[id] ?? [])
        }
    }

    /// Each client's living pets by name, in the byte order of their names.
    private static func livingPets(_ db: any SQLConnection) throws -> [Int64: [String]] {
        var pets: [Int64: [String]] = [:]
        for row in try db.fetchAll("SELECT client_id, name FROM pet WHERE status = 'active'") {
            pets[try row.decode(Int64.self, "client_id"), default: []].append(try row.decode(String.self, "name"))
        }
        return pets.mapValues { $0.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }
    }

    /// A stored instant ("2026-03-10 09:15:00.000", UTC) as ISO 8601 to the second ("2026-03-10T09:15:00Z").
    static func utc(_ stored: String) -> String {
        String(stored.prefix(10)) + "T" + String(stored.dropFirst(11).prefix(8)) + "Z"
    }
}
