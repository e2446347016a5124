import Foundation
import VetSQL
import VetCore

/// Reading the price list: the picker's search, the manager's list and an item's price history.
/// Every item comes back at the price in force on the day asked for (today unless said).
extension AppDatabase {
    /// Items any of whose words (name or code) start with each typed word, whatever the case or
    /// accents ("drops" finds "Otic ear drops", "clav" finds "Amoxicillin-clavulanate"): exact
    /// code first, then codes starting with the text, then by name. Retired items are left out
    /// unless asked for. The list is small, so it is read whole and matched here.
    public func priceItems(matching text: String, includeInactive: Bool = false, limit: Int = 20,
                           on day: LocalDate? = nil) throws -> [PriceItem] {
        let typed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let wanted = SearchText.words(typed)
        if !typed.isEmpty, wanted.isEmpty { return [] }
        let all = try priceList(includeRetired: includeInactive, on: day)
        let folded = SearchText.fold(typed)
        let found = all.filter { item in
            let words = SearchText.words(item.name) + SearchText.words(item.code)
            return wanted.allSatisfy { typedWord in words.contains { $0.hasPrefix(typedWord) } }
        }
        func rank(_ item: PriceItem) -> Int {
            let code = SearchText.fold(item.code)
            if code == folded { return 0 }
            if code.hasPrefix(folded) { return 1 }
            if SearchText.fold(item.name).hasPrefix(folded) { return 2 }
            return 3
        }
        let sorted = found.sorted {
            (rank($0), $0.name.lowercased(), $0.code) < (rank($1), $1.name.lowercased(), $1.code)
        }
        return Array(sorted.prefix(max(1, limit)))
    }

    /// The whole list by code, at the prices in force on `day` (today when nil).
    public func priceList(includeRetired: Bool = true, on day: LocalDate? = nil) throws -> [PriceItem] {
        let day = day ?? today
        return try read { db in
            let items = try db.fetchRecords(PriceItem.self, includeRetired
                ? "SELECT * FROM price_item ORDER BY code"
                : "SELECT * FROM price_item WHERE active = 1 ORDER BY code")
            return try PriceListRules.resolved(db, items, on: day)
        }
    }

    /// One item by its code (any case), at today's price.
    public func priceItem(code: String) throws -> PriceItem {
        let typed = code.trimmingCharacters(in: .whitespacesAndNewlines)
        let day = today
        return try read { db in
            guard let row = try db.fetchRecord(PriceItem.self, """
                SELECT * FROM price_item WHERE \(db.dialect.caseInsensitiveEquals("code")) LIMIT 1
                """, [typed]) else {
                throw StoreError.invalid(ValidationError(field: "code", message: "no price-list item has the code '\(typed)'"))
            }
            return try PriceListRules.resolved(db, [row], on: day).first ?? row
        }
    }

    /// Every price the item has had or is due to have, earliest first.
    public func priceHistory(itemID: Int64) throws -> [PriceItemPrice] {
        try read { db in try PriceListRules.history(db, itemID: itemID) }
    }
}

/// Rules shared by the price-list actions.
enum PriceListRules {
    static func checkCodeFree(_ db: any SQLConnection, _ code: String, excluding id: Int64?) throws {
        if let other = try db.fetchRecord(PriceItem.self, """
            SELECT * FROM price_item WHERE \(db.dialect.caseInsensitiveEquals("code")) AND id <> ? LIMIT 1
            """, [code, id ?? -1]) {
            throw StoreError.invalid(ValidationError(field: "code", message: "code \(code) is already used by \(other.name)"))
        }
    }

    /// A price takes effect today or later: visits already seen keep what they were charged.
    static func checkFrom(_ day: LocalDate, today: LocalDate) throws(StoreError) -> LocalDate {
        guard day >= today else {
            throw .invalid(ValidationError(field: "price from", message: "price from \(day.iso) is in the past; "
                                           + "a new price takes effect from today (\(today.iso)) or later"))
        }
        return day
    }

    static func history(_ db: any SQLConnection, itemID: Int64) throws -> [PriceItemPrice] {
        try db.fetchRecords(PriceItemPrice.self, "SELECT * FROM price_item_price WHERE price_item_id = ? ORDER BY effective_from",
                            [itemID])
    }

    /// The price in force on `day`: the latest that started by then, else the earliest there is.
    static func inForce(_ history: [PriceItemPrice], on day: LocalDate) -> PriceItemPrice? {
        history.last { $0.effectiveFrom <= day } ?? history.first
    }

    /// The items with the price and VAT rate in force on `day` in place of the stored ones.
    static func resolved(_ db: any SQLConnection, _ items: [PriceItem], on day: LocalDate) throws -> [PriceItem] {
        let rows = try db.fetchRecords(PriceItemPrice.self, "SELECT * FROM price_item_price ORDER BY effective_from")
        let byItem = Dictionary(grouping: rows, by: \.priceItemId)
        return items.map { item in
            guard let id = item.id, let price = inForce(byItem[id] ?? [], on: day) else { return item }
            var priced = item
            priced.unitPricePence = price.unitPricePence
            priced.vatBasisPoints = price.vatBasisPoints
            return priced
        }
    }

    /// Records the price from `day`, replacing one already set for that same day.
    static func setPrice(_ db: any SQLConnection, itemID: Int64, from day: LocalDate, price: Pence, vat: VATRate,
                         at now: Date, by userID: Int64) throws {
        try db.execute("DELETE FROM price_item_price WHERE price_item_id = ? AND effective_from = ?", [itemID, day])
        try db.insert(PriceItemPrice(id: nil, priceItemId: itemID, effectiveFrom: day, unitPricePence: price.value,
                                     vatBasisPoints: vat.basisPoints, recordedAt: now, recordedBy: userID))
    }

    /// "name Meloxicam → Meloxicam oral", "drug class none → NSAIDs": what an edit changes besides the price.
    static func describeChanges(_ row: PriceItem, to item: PriceItemDetails) -> [String] {
        var changes: [String] = []
        if row.code != item.code { changes.append("code \(row.code) → \(item.code)") }
        if row.name != item.name { changes.append("name \(row.name) → \(item.name)") }
        if row.kind != item.kind.rawValue { changes.append("kind \(row.kind) → \(item.kind.rawValue)") }
        if row.drugClass != item.drugClass {
            changes.append("drug class \(row.drugClass?.displayName ?? "none") → \(item.drugClass?.displayName ?? "none")")
        }
        return changes
    }
}
