import Foundation
import GRDB
import VetCore

/// The practice's price list: services and medicines a vet picks by typing a code or name.
/// Items are deactivated rather than deleted, because treatments already given refer to them.
extension AppDatabase {
    @discardableResult
    public func addPriceItem(_ details: PriceItemDetails, as user: StaffSession) throws -> PriceItem {
        let item = try details.validated()
        let now = self.now
        return try perform(.editPriceList, as: user) { db in
            try PriceListRules.checkCodeFree(db, item.code, excluding: nil)
            var row = PriceItem(id: nil, code: item.code, name: item.name, kind: item.kind.rawValue,
                                unitPricePence: item.unitPrice.value, vatBasisPoints: item.vatRate.basisPoints,
                                active: true, version: 1, updatedAt: now, updatedBy: user.userID)
            try row.insert(db)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "add price item", recordType: "price_item",
                                  recordID: row.id, clientID: nil, detail: "\(item.code) \(item.unitPrice.formatted)")
            return row
        }
    }

    /// Changes an item's code, name, price or VAT unless someone saved it since `expectedVersion`.
    /// Treatments already given keep the price they were charged at.
    @discardableResult
    public func updatePriceItem(id: Int64, expectedVersion: Int, details: PriceItemDetails,
                                as user: StaffSession) throws -> PriceItem {
        let item = try details.validated()
        let now = self.now
        return try perform(.editPriceList, as: user) { db in
            var row = try PriceItem.fetchOne(db, key: id).orThrow("price-list item")
            try PriceListRules.checkCodeFree(db, item.code, excluding: id)
            row.version = try Versioning.advance(db, table: "price_item", id: id, expectedVersion: expectedVersion,
                                                 at: now, by: user.userID, record: "Price-list item \(row.code)")
            let before = "\(row.code) \(row.unitPrice.formatted)"
            row.code = item.code
            row.name = item.name
            row.kind = item.kind.rawValue
            row.unitPricePence = item.unitPrice.value
            row.vatBasisPoints = item.vatRate.basisPoints
            row.updatedAt = now
            row.updatedBy = user.userID
            try row.update(db)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "change price item", recordType: "price_item",
                                  recordID: id, clientID: nil, detail: "\(before) → \(item.code) \(item.unitPrice.formatted)")
            return row
        }
    }

    /// Takes an item off the list offered when typing; it stays for the treatments that used it.
    @discardableResult
    public func deactivatePriceItem(id: Int64, expectedVersion: Int, as user: StaffSession) throws -> PriceItem {
        try setPriceItemActive(id: id, expectedVersion: expectedVersion, active: false, as: user)
    }

    /// Puts a deactivated item back on the list.
    @discardableResult
    public func reactivatePriceItem(id: Int64, expectedVersion: Int, as user: StaffSession) throws -> PriceItem {
        try setPriceItemActive(id: id, expectedVersion: expectedVersion, active: true, as: user)
    }

    /// Items whose code or name starts with `text` (any case), exact code first, for picking a
    /// treatment line by typing. Inactive items are left out unless asked for.
    public func priceItems(matching text: String, includeInactive: Bool = false, limit: Int = 20) throws -> [PriceItem] {
        let typed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let pattern = PriceListRules.likePrefix(typed)
        return try read { db in
            var request = PriceItem.filter(sql: "(code LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\')",
                                           arguments: [pattern, pattern])
            if !includeInactive { request = request.filter(Column("active") == true) }
            return try request
                .order(sql: "(code = ? COLLATE NOCASE) DESC, (code LIKE ? ESCAPE '\\') DESC, name COLLATE NOCASE, code",
                       arguments: [typed, pattern])
                .limit(max(1, limit))
                .fetchAll(db)
        }
    }

    private func setPriceItemActive(id: Int64, expectedVersion: Int, active: Bool, as user: StaffSession) throws -> PriceItem {
        let now = self.now
        return try perform(.editPriceList, as: user) { db in
            var row = try PriceItem.fetchOne(db, key: id).orThrow("price-list item")
            row.version = try Versioning.advance(db, table: "price_item", id: id, expectedVersion: expectedVersion,
                                                 at: now, by: user.userID, record: "Price-list item \(row.code)")
            row.active = active
            row.updatedAt = now
            row.updatedBy = user.userID
            try row.update(db)
            try AuditTrail.record(db, at: now, userID: user.userID, action: active ? "reactivate price item" : "deactivate price item",
                                  recordType: "price_item", recordID: id, clientID: nil, detail: row.code)
            return row
        }
    }
}

enum PriceListRules {
    static func checkCodeFree(_ db: Database, _ code: String, excluding id: Int64?) throws {
        var request = PriceItem.filter(sql: "code = ? COLLATE NOCASE", arguments: [code])
        if let id { request = request.filter(Column("id") != id) }
        if let other = try request.fetchOne(db) {
            throw StoreError.invalid(ValidationError(field: "code", message: "code \(code) is already used by \(other.name)"))
        }
    }

    /// A LIKE pattern matching text that starts with `typed`, with % and _ taken literally.
    static func likePrefix(_ typed: String) -> String {
        var escaped = ""
        for character in typed {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped + "%"
    }
}
