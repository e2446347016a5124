import Foundation
import GRDB
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

    func run(_ db: Database) throws -> [MarketingListEntry] {
        let sql = """
            SELECT c.id, c.title, c.first_name, c.last_name, \(contact.select) AS contact,
                   (SELECT group_concat(name, '; ') FROM (SELECT l.name FROM pet l
                     WHERE l.client_id = c.id AND l.status = 'active' ORDER BY l.name)) AS pets,
                   e.action, e.basis, strftime('%Y-%m-%dT%H:%M:%SZ', e.recorded_at) AS recorded_at, e.wording_version
            FROM client c
            JOIN consent_event e ON e.id = (
                SELECT e2.id FROM consent_event e2
                WHERE e2.client_id = c.id AND e2.channel = :channel AND e2.purpose = :purpose
                ORDER BY e2.recorded_at DESC, e2.id DESC LIMIT 1)
            WHERE e.action = 'granted'
              AND c.status = 'active' AND c.restricted = 0 AND c.objects_to_marketing = 0
              AND \(contact.present)
              AND (e.basis <> 'softOptIn' OR :since IS NULL
                   OR date(e.recorded_at) >= :since
                   OR EXISTS (SELECT 1 FROM invoice i WHERE i.client_id = c.id AND i.status = 'finalised' AND i.issued_on >= :since))
              AND (NOT EXISTS (SELECT 1 FROM pet d WHERE d.client_id = c.id AND d.status = 'deceased')
                   OR EXISTS (SELECT 1 FROM pet l WHERE l.client_id = c.id AND l.status = 'active'))
              AND NOT EXISTS (SELECT 1 FROM suppression s WHERE s.client_id = c.id)
              AND NOT EXISTS (SELECT 1 FROM suppression s WHERE c.email IS NOT NULL AND s.email = c.email)
              AND NOT EXISTS (SELECT 1 FROM client_phone p JOIN suppression s ON s.phone_digits = p.digits
                              WHERE p.client_id = c.id)
            ORDER BY c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.id
            """
        return try Row.fetchAll(db, sql: sql, arguments: ["channel": channel.rawValue, "purpose": purpose.rawValue,
                                                       "since": softOptInSince])
            .compactMap { row -> MarketingListEntry? in
                guard let basis = ConsentBasis(rawValue: row["basis"] ?? "") else { return nil }
                let name = [row["title"] as String?, row["first_name"] as String?, row["last_name"] as String?]
                    .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
                let pets = (row["pets"] as String?)?.components(separatedBy: "; ") ?? []
                return MarketingListEntry(clientID: row["id"], name: name, contact: row["contact"] ?? "", basis: basis,
                                          basisRecordedAt: row["recorded_at"], wordingVersion: row["wording_version"],
                                          pets: pets)
            }
    }
}
