import Foundation
import GRDB
import VetCore

/// One front-desk search result.
public struct SearchHit: Codable, Hashable, Sendable {
    public var clientID: Int64
    public var name: String
    public var postcode: String
    public var phones: [String]
    public var pets: [String]
    public var status: String
    /// What matched: "microchip", "phone", or "name" (names, email, postcode, pet names).
    public var matchedOn: String
}

extension AppDatabase {
    /// Searches clients by any word prefix of name, email, postcode or pet name, by phone digits
    /// in any format, and by microchip; exact microchip and phone matches come first.
    public func search(_ text: String, limit: Int = 20) throws -> [SearchHit] {
        try read { db in try ClientSearch(text: text, limit: limit).run(db) }
    }
}

struct ClientSearch {
    var text: String
    var limit: Int

    func run(_ db: Database) throws -> [SearchHit] {
        var ranked: [(Int64, String)] = []
        var seen = Set<Int64>()
        func add(_ ids: [Int64], _ how: String) {
            for id in ids where seen.insert(id).inserted { ranked.append((id, how)) }
        }
        let digits = text.filter(\.isNumber)
        if digits.count == 15 {
            add(try Int64.fetchAll(db, sql: "SELECT client_id FROM pet WHERE microchip = ?", arguments: [digits]), "microchip")
        }
        if let phone = PhoneNumber.searchDigits(from: text) {
            add(try Int64.fetchAll(db, sql: "SELECT client_id FROM client_phone WHERE digits = ? LIMIT ?",
                                   arguments: [phone, limit]), "phone")
        }
        let words = SearchText.words(text)
        if !words.isEmpty, ranked.count < limit {
            let match = words.map { "\"\($0)\"*" }.joined(separator: " ")
            add(try Int64.fetchAll(db, sql: "SELECT rowid FROM client_search WHERE client_search MATCH ? ORDER BY rank LIMIT ?",
                                   arguments: [match, limit]), "name")
        }
        return try ranked.prefix(limit).compactMap { id, how in try hit(db, id: id, matchedOn: how) }
    }

    private func hit(_ db: Database, id: Int64, matchedOn: String) throws -> SearchHit? {
        guard let client = try Client.fetchOne(db, key: id) else { return nil }
        let phones = try String.fetchAll(db, sql: "SELECT display FROM client_phone WHERE client_id = ? ORDER BY position",
                                         arguments: [id])
        let pets = try String.fetchAll(db, sql: "SELECT name FROM pet WHERE client_id = ? ORDER BY name", arguments: [id])
        return SearchHit(clientID: id, name: client.listName, postcode: client.postcode, phones: phones, pets: pets,
                         status: client.status.rawValue, matchedOn: matchedOn)
    }
}
