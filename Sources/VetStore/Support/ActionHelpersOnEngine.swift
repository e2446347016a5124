import Foundation
import VetSQL
import VetCore

// Engine-layer forms of three helpers whose own files are still written against GRDB: the
// request clock, the client record and the objection to marketing need them on either engine.
// When their files move onto the engine layer, these replace the GRDB forms there.

extension HolidayTable {
    /// The holiday table's changes, each date and name once with every region it applies to.
    static func changes(_ db: any SQLConnection) throws -> [HolidayChange] {
        let rows = try db.fetchAll("SELECT date, name, region, is_holiday FROM holiday_change ORDER BY date, name")
        var grouped: [String: HolidayChange] = [:]
        var order: [String] = []
        for row in rows {
            guard let date = try row.decode(LocalDate?.self, "date"),
                  let region = PracticeRegion(rawValue: try row.decode(String.self, "region")) else { continue }
            let name = try row.decode(String.self, "name")
            let isHoliday = try row.decode(Bool.self, "is_holiday")
            let key = "\(date.iso)|\(name)|\(isHoliday)"
            if grouped[key] == nil {
                grouped[key] = HolidayChange(date: date, name: name, regions: [], isHoliday: isHoliday)
                order.append(key)
            }
            grouped[key]?.regions.insert(region)
        }
        return order.compactMap { grouped[$0] }
    }
}

extension AllergyRules {
    static func text(_ db: any SQLConnection, _ allergy: PetAllergy) throws -> String {
        if let drugClass = allergy.drugClass { return "allergic to \(drugClass.displayName)" }
        let item = try allergy.priceItemId.flatMap { try db.fetchRecord(PriceItem.self, id: $0) }
        return "allergic to \(item?.name ?? "a removed item")"
    }

    /// Pet id → the words of each of its structured alerts.
    static func texts(_ db: any SQLConnection, petIDs: [Int64]) throws -> [Int64: [String]] {
        guard !petIDs.isEmpty else { return [:] }
        var result: [Int64: [String]] = [:]
        let rows = try db.fetchRecords(PetAllergy.self, """
            SELECT * FROM pet_allergy WHERE pet_id IN (\(SQLList.placeholders(petIDs.count))) ORDER BY id
            """, SQLArguments(petIDs))
        for row in rows {
            result[row.petId, default: []].append(try text(db, row))
        }
        return result
    }
}

extension ConsentLog {
    static func append(_ db: any SQLConnection, clientID: Int64, channel: ConsentChannel, purpose: ConsentPurpose,
                       action: ConsentAction, basis: ConsentBasis?, source: ConsentSource, wording: String?,
                       at now: Date, by userID: Int64) throws -> ConsentEvent {
        var event = ConsentEvent(id: nil, clientId: clientID, channel: channel, purpose: purpose, action: action,
                                 basis: basis, source: source, wordingVersion: wording, recordedAt: now,
                                 recordedBy: userID)
        event.id = try db.insert(event)
        try AuditTrail.record(db, at: now, userID: userID, action: "consent \(action.rawValue)", recordType: "consent_event",
                              recordID: event.id, clientID: clientID, detail: "\(channel.rawValue)/\(purpose.rawValue)")
        return event
    }
}

/// `?, ?, ?` for an `IN (…)` list of `count` arguments.
enum SQLList {
    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}
