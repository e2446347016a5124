import Foundation
import VetSQL
import VetCore

/// The practice's price list: services and medicines a vet picks by typing a code or name.
/// Items are retired rather than deleted, because treatments already given refer to them, and a
/// price or VAT change is dated, so every visit is charged the price in force on its day and
/// invoices keep the prices they were issued with.
extension AppDatabase {
    /// Adds an item at its price from `priceFrom` (today when nil).
    @discardableResult
    public func addPriceItem(_ details: PriceItemDetails, priceFrom: LocalDate? = nil, as user: StaffSession) throws -> PriceItem {
        let item = try details.validated()
        let now = self.now
        let today = self.today
        let from = try PriceListRules.checkFrom(priceFrom ?? today, today: today)
        return try perform(.editPriceList, as: user) { db in
            try PriceListRules.checkCodeFree(db, item.code, excluding: nil)
            var row = PriceItem(id: nil, code: item.code, name: item.name, kind: item.kind.rawValue,
                                unitPricePence: item.unitPrice.value, vatBasisPoints: item.vatRate.basisPoints,
                                active: true, version: 1, updatedAt: now, updatedBy: user.userID, drugClass: item.drugClass)
            row.id = try db.insert(row)
            let id = try row.id.orThrow("price-list item")
            try PriceListRules.setPrice(db, itemID: id, from: from, price: item.unitPrice, vat: item.vatRate, at: now, by: user.userID)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "add price item", recordType: "price_item",
                                  recordID: id, clientID: nil,
                                  detail: "\(item.code) \(item.unitPrice.formatted) VAT \(item.vatRate.formatted) from \(from.iso)")
            return try PriceListRules.resolved(db, [row], on: today).first ?? row
        }
    }

    /// Changes an item unless someone saved it since `expectedVersion`. Code, name, kind and drug
    /// class change at once; a new price or VAT rate takes effect from `priceFrom` (today when nil,
    /// never earlier), so visits before then keep the old price. Treatments already given and
    /// invoices already made keep the price they were charged at.
    @discardableResult
    public func updatePriceItem(id: Int64, expectedVersion: Int, details: PriceItemDetails, priceFrom: LocalDate? = nil,
                                as user: StaffSession) throws -> PriceItem {
        let item = try details.validated()
        let now = self.now
        let today = self.today
        let from = try PriceListRules.checkFrom(priceFrom ?? today, today: today)
        return try perform(.editPriceList, as: user) { db in
            var row = try db.fetchRecord(PriceItem.self, id: id).orThrow("price-list item")
            try PriceListRules.checkCodeFree(db, item.code, excluding: id)
            row.version = try Versioning.advance(db, table: "price_item", id: id, expectedVersion: expectedVersion,
                                                 at: now, by: user.userID, record: "Price-list item \(row.code)")
            let history = try PriceListRules.history(db, itemID: id)
            let before = PriceListRules.inForce(history, on: from)
            var changes = PriceListRules.describeChanges(row, to: item)
            if before?.unitPricePence != item.unitPrice.value || before?.vatBasisPoints != item.vatRate.basisPoints {
                try PriceListRules.setPrice(db, itemID: id, from: from, price: item.unitPrice, vat: item.vatRate,
                                            at: now, by: user.userID)
                changes.append("price \(before?.unitPrice.formatted ?? "none") VAT \(before?.vatRate.formatted ?? "none") → "
                               + "\(item.unitPrice.formatted) VAT \(item.vatRate.formatted) from \(from.iso)")
            }
            row.code = item.code
            row.name = item.name
            row.kind = item.kind.rawValue
            row.drugClass = item.drugClass
            if let current = PriceListRules.inForce(try PriceListRules.history(db, itemID: id), on: today) {
                row.unitPricePence = current.unitPricePence
                row.vatBasisPoints = current.vatBasisPoints
            }
            row.updatedAt = now
            row.updatedBy = user.userID
            try db.update(row, id: id)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "change price item", recordType: "price_item",
                                  recordID: id, clientID: nil,
                                  detail: "\(row.code): " + (changes.isEmpty ? "no change" : changes.joined(separator: "; ")))
            return try PriceListRules.resolved(db, [row], on: today).first ?? row
        }
    }

    /// Retires an item: no longer offered when picking treatments or sales, kept for the history
    /// of the treatments and invoices that used it.
    @discardableResult
    public func retirePriceItem(id: Int64, expectedVersion: Int, as user: StaffSession) throws -> PriceItem {
        try setPriceItemActive(id: id, expectedVersion: expectedVersion, active: false, as: user)
    }

    /// Puts a retired item back on the list.
    @discardableResult
    public func reinstatePriceItem(id: Int64, expectedVersion: Int, as user: StaffSession) throws -> PriceItem {
        try setPriceItemActive(id: id, expectedVersion: expectedVersion, active: true, as: user)
    }

    /// The older names of retiring and reinstating.
    @discardableResult
    public func deactivatePriceItem(id: Int64, expectedVersion: Int, as user: StaffSession) throws -> PriceItem {
        try retirePriceItem(id: id, expectedVersion: expectedVersion, as: user)
    }

    @discardableResult
    public func reactivatePriceItem(id: Int64, expectedVersion: Int, as user: StaffSession) throws -> PriceItem {
        try reinstatePriceItem(id: id, expectedVersion: expectedVersion, as: user)
    }

    private func setPriceItemActive(id: Int64, expectedVersion: Int, active: Bool, as user: StaffSession) throws -> PriceItem {
        let now = self.now
        let today = self.today
        return try perform(.editPriceList, as: user) { db in
            var row = try db.fetchRecord(PriceItem.self, id: id).orThrow("price-list item")
            guard row.active != active else {
                throw StoreError.refused("\(row.code) \(row.name) is already \(active ? "on the list" : "retired")")
            }
            row.version = try Versioning.advance(db, table: "price_item", id: id, expectedVersion: expectedVersion,
                                                 at: now, by: user.userID, record: "Price-list item \(row.code)")
            row.active = active
            row.updatedAt = now
            row.updatedBy = user.userID
            try db.update(row, id: id)
            try AuditTrail.record(db, at: now, userID: user.userID, action: active ? "reinstate price item" : "retire price item",
                                  recordType: "price_item", recordID: id, clientID: nil, detail: row.code)
            return try PriceListRules.resolved(db, [row], on: today).first ?? row
        }
    }
}
