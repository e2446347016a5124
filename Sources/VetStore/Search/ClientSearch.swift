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
    /// What matched: "microchip", "phone", "email", "postcode", "pet" (a pet's name) or "name".
    public var matchedOn: String
}

extension AppDatabase {
    /// Searches clients by any word prefix of their name or a pet's name, by postcode (with or
    /// without the space, whole or its start), by email address (or its start), by phone digits
    /// in any format (whole or the start of a number), and by microchip (whole or its first 6+
    /// digits). Order: exact microchip, exact phone, microchip and phone prefixes, an email
    /// address, postcodes, then names by relevance with active clients before ceased or
    /// deceased ones. Anonymised clients are never returned.
    public func search(_ text: String, limit: Int = 20) throws -> [SearchHit] {
        try read { db in try ClientSearch(text: text, limit: limit).run(db) }
    }
}

/// Runs one query: gathers client ids from each kind of match in rank order, then loads
/// the few lines a result list shows.
struct ClientSearch {
    var text: String
    var limit: Int
    /// Up to this many text matches are ranked by bm25; a broader query (one or two letters
    /// at 100,000 clients) is answered in tiers that stop at `limit`, keeping every keystroke fast.
    var rankingCap = ClientSearch.defaultRankingCap

    static let defaultRankingCap = 400

    func run(_ db: Database) throws -> [SearchHit] {
        let query = SearchQuery(text)
        guard limit > 0, !query.isEmpty else { return [] }
        var ranked = RankedIDs(limit: limit)
        if let chip = query.microchipDigits {
            if chip.count == 15 {
                ranked.add(try SearchLookups.ids(db, SearchLookups.exactMicrochip, [chip]), .microchip)
            }
        }
        for phone in query.phoneDigits where !ranked.isFull {
            ranked.add(try SearchLookups.ids(db, SearchLookups.exactPhone, [phone, limit]), .phone)
        }
        if let chip = query.microchipDigits, chip.count < 15, !ranked.isFull {
            ranked.add(try SearchLookups.ids(db, SearchLookups.microchipPrefix, [chip, prefixUpperBound(chip), limit]),
                       .microchip)
        }
        for phone in query.phoneDigits where !ranked.isFull {
            ranked.add(try SearchLookups.ids(db, SearchLookups.phonePrefix, [phone, prefixUpperBound(phone), limit]),
                       .phone)
        }
        if query.isEmail, !ranked.isFull {
            try addEmailMatches(db, query, to: &ranked)
        }
        if let postcode = query.postcodePrefix, !ranked.isFull {
            ranked.add(try SearchLookups.ids(db, SearchLookups.postcodePrefix, [postcode, prefixUpperBound(postcode), limit]),
                       .postcode)
        }
        if !query.words.isEmpty, !query.isEmail, !ranked.isFull {
            try addTextMatches(db, query, to: &ranked)
        }
        if !query.isEmail, !ranked.isFull {
            try addEmailMatches(db, query, to: &ranked)
        }
        return try ranked.entries.compactMap { id, kind in
            try SearchHitLoader.hit(db, clientID: id, matchedOn: kind, words: query.words)
        }
    }

    private func addEmailMatches(_ db: Database, _ query: SearchQuery, to ranked: inout RankedIDs) throws {
        guard let email = query.emailPrefix else { return }
        ranked.add(try SearchLookups.ids(db, SearchLookups.emailPrefix, [email, prefixUpperBound(email), limit]), .email)
    }

    private func addTextMatches(_ db: Database, _ query: SearchQuery, to ranked: inout RankedIDs) throws {
        let probe = try SearchLookups.ids(db, SearchLookups.textProbe, [query.prefixMatch, rankingCap + 1])
        if probe.isEmpty { return }
        if probe.count <= rankingCap {
            ranked.add(try SearchLookups.ids(db, SearchLookups.textRanked, [query.rankedMatch, limit]), .name)
            return
        }
        for (sql, match) in [(SearchLookups.textActive, query.exactMatch), (SearchLookups.textActive, query.prefixMatch),
                             (SearchLookups.textInactive, query.prefixMatch)] where !ranked.isFull {
            ranked.add(try SearchLookups.ids(db, sql, [match, limit]), .name)
        }
    }
}

/// Client ids in rank order, each kept once with the first way it matched.
struct RankedIDs {
    enum Kind: String { case microchip, phone, email, postcode, name }

    let limit: Int
    private(set) var entries: [(Int64, String)] = []
    private var seen = Set<Int64>()

    init(limit: Int) { self.limit = limit }

    var isFull: Bool { entries.count >= limit }

    mutating func add(_ ids: [Int64], _ kind: Kind) {
        for id in ids where !isFull && seen.insert(id).inserted { entries.append((id, kind.rawValue)) }
    }
}

/// Loads what a result line shows: the client's name, postcode, phones and pets.
enum SearchHitLoader {
    static func hit(_ db: Database, clientID: Int64, matchedOn: String, words: [String] = []) throws -> SearchHit? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: SearchLookups.clientSummary), arguments: [clientID])
        else { return nil }
        let phones = try String.fetchAll(db.cachedStatement(sql: SearchLookups.clientPhones), arguments: [clientID])
        let pets = try String.fetchAll(db.cachedStatement(sql: SearchLookups.clientPets), arguments: [clientID])
        let first: String = row["first_name"]
        let last: String = row["last_name"]
        let matched = matchedOn == RankedIDs.Kind.name.rawValue
            ? textMatch(words, names: [first, last], pets: pets) : matchedOn
        return SearchHit(clientID: clientID, name: "\(last), \(first)", postcode: row["postcode"], phones: phones,
                         pets: pets, status: row["status"], matchedOn: matched)
    }

    /// Says "pet" when the words found a pet's name rather than the client's, so the desk
    /// sees why a client it did not type came up.
    static func textMatch(_ words: [String], names: [String], pets: [String]) -> String {
        func covers(_ texts: [String]) -> Bool {
            let indexed = texts.flatMap(SearchText.words)
            return !words.isEmpty && words.allSatisfy { word in indexed.contains { $0.hasPrefix(word) } }
        }
        return !covers(names) && covers(pets) ? "pet" : RankedIDs.Kind.name.rawValue
    }
}
