import Foundation
import VetSQL
import VetCore

/// A price-list item with the recall rule it carries, for the price list and the recall list.
public struct RecallRuleEntry: Hashable, Sendable {
    public var itemID: Int64
    public var code: String
    public var name: String
    public var rule: RecallRule
}

/// Recall rules live on price-list items: whoever keeps the price list sets them.
extension AppDatabase {
    /// Sets (or with nil, removes) the recall rule of price-list item `itemID`.
    public func setRecallRule(itemID: Int64, _ rule: RecallRule?, as user: StaffSession) throws {
        let now = self.now
        try perform(.editPriceList, as: user) { db in
            let item = try db.fetchRecord(PriceItem.self, id: itemID).orThrow("price-list item")
            try db.execute("DELETE FROM price_item_recall WHERE price_item_id = ?", [itemID])
            if let rule {
                try db.execute("""
                    INSERT INTO price_item_recall (price_item_id, recall_group, interval_count, interval_unit, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, [itemID, rule.group, rule.interval.count, rule.interval.unit, now, user.userID])
            }
            try AuditTrail.record(db, at: now, userID: user.userID, action: "set recall rule", recordType: "price_item",
                                  recordID: itemID, clientID: nil,
                                  detail: rule.map { "\(item.code): \($0.group) after \($0.interval)" } ?? "\(item.code): no recall")
        }
    }

    /// Every recall rule, by item code.
    public func recallRules() throws -> [RecallRuleEntry] {
        try read { db in try RecallRuleQuery.all(db) }
    }

    /// The recall rule of one item, if it has one.
    public func recallRule(itemID: Int64) throws -> RecallRule? {
        try recallRules().first { $0.itemID == itemID }?.rule
    }
}

enum RecallRuleQuery {
    static func all(_ db: any SQLConnection) throws -> [RecallRuleEntry] {
        try db.fetchAll("""
            SELECT i.id, i.code, i.name, r.recall_group, r.interval_count, r.interval_unit
            FROM price_item_recall r JOIN price_item i ON i.id = r.price_item_id ORDER BY i.code
            """).map { row in
            let interval = try RecallInterval(count: try row.decode(Int.self, "interval_count"),
                                              unit: try row.decode(RecallUnit.self, "interval_unit"))
            return RecallRuleEntry(itemID: try row.decode(Int64.self, "id"), code: try row.decode(String.self, "code"),
                                   name: try row.decode(String.self, "name"),
                                   rule: try RecallRule(group: try row.decode(String.self, "recall_group"), interval: interval))
        }
    }
}
