import Foundation
import VetCore
import VetSQL

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

/// The results of one search: the hits shown, and how many clients matched in all, so a
/// screen can say that more matched than it shows.
public struct SearchResults: Codable, Hashable, Sendable {
    public var hits: [SearchHit]
    /// Every client that matched, counted up to `ClientSearch.countCap`.
    public var total: Int
    /// True when more clients matched than were counted: `total` is then a lower bound.
    public var totalIsLowerBound: Bool

    public init(hits: [SearchHit] = [], total: Int = 0, totalIsLowerBound: Bool = false) {
        self.hits = hits
        self.total = total
        self.totalIsLowerBound = totalIsLowerBound
    }

    /// True when more clients matched than the hits hold.
    public var hasMore: Bool { total > hits.count }

    /// "50 of 134" or "50 of over 400": how many are shown of how many matched.
    public var shownOfTotal: String { "\(hits.count) of \(totalIsLowerBound ? "over " : "")\(total)" }
}

extension AppDatabase {
    /// Searches clients by any word prefix of their name or a pet's name, by postcode (with or
    /// without the space, whole or its start), by email address (or its start), by phone digits
    /// in any format (whole or the start of a number), and by microchip (whole or its first 6+
    /// digits). Order: exact microchip, exact phone, microchip and phone prefixes, an email
    /// address, postcodes, then names: exact surname, exact forename and surname, surname
    /// prefixes, name prefixes, then the rest by relevance (`NameTier`), active clients before
    /// ceased or deceased ones. Anonymised clients are never returned.
    public func search(_ text: String, limit: Int = 20) throws -> [SearchHit] {
        try searchResults(text, limit: limit).hits
    }

    /// `search`, with how many clients matched in all.
    public func searchResults(_ text: String, limit: Int = 20) throws -> SearchResults {
        try read { db in try ClientSearch(text: text, limit: limit).run(db) }
    }
}

/// Runs one query: gathers client ids from each kind of match in rank order, counting every
/// client matched up to `countCap`, then loads the few lines a result list shows.
struct ClientSearch {
    var text: String
    var limit: Int
    /// Up to this many text matches are ranked; a broader query (one or two letters at 100,000
    /// clients) is answered in tiers that stop at `limit`, keeping every keystroke fast.
    var rankingCap = ClientSearch.defaultRankingCap

    static let defaultRankingCap = 400

    /// Matches are counted up to the ranking cap: past it, "over 400" says all a person needs.
    var countCap: Int { rankingCap }

    func run(_ db: any SQLConnection) throws -> SearchResults {
        let query = SearchQuery(text)
        guard limit > 0, !query.isEmpty else { return SearchResults() }
        var ranked = RankedIDs(limit: limit, countCap: countCap)
        let cap = countCap + 1
        if let chip = query.microchipDigits, chip.count == 15 {
            ranked.add(try SearchLookups.ids(db, SearchLookups.exactMicrochip, [chip]), .microchip, cap: cap)
        }
        for phone in query.phoneDigits {
            ranked.add(try SearchLookups.ids(db, SearchLookups.exactPhone, [phone, cap]), .phone, cap: cap)
        }
        if let chip = query.microchipDigits, chip.count < 15 {
            ranked.add(try SearchLookups.ids(db, SearchLookups.microchipPrefix, [chip, prefixUpperBound(chip), cap]),
                       .microchip, cap: cap)
        }
        for phone in query.phoneDigits {
            ranked.add(try SearchLookups.ids(db, SearchLookups.phonePrefix, [phone, prefixUpperBound(phone), cap]),
                       .phone, cap: cap)
        }
        if query.isEmail { try addEmailMatches(db, query, to: &ranked) }
        if let postcode = query.postcodePrefix {
            ranked.add(try SearchLookups.ids(db, SearchLookups.postcodePrefix, [postcode, prefixUpperBound(postcode), cap]),
                       .postcode, cap: cap)
        }
        if !query.words.isEmpty, !query.isEmail { try addTextMatches(db, query, to: &ranked) }
        if !query.isEmail { try addEmailMatches(db, query, to: &ranked) }
        let hits = try ranked.shown.compactMap { id, kind in
            try SearchHitLoader.hit(db, clientID: id, matchedOn: kind, words: query.words)
        }
        return SearchResults(hits: hits, total: max(ranked.total, hits.count), totalIsLowerBound: ranked.overflowed)
    }

    private func addEmailMatches(_ db: any SQLConnection, _ query: SearchQuery, to ranked: inout RankedIDs) throws {
        guard let email = query.emailPrefix else { return }
        ranked.add(try SearchLookups.ids(db, SearchLookups.emailPrefix, [email, prefixUpperBound(email), countCap + 1]),
                   .email, cap: countCap + 1)
    }

    /// Few matches: every one is ranked (`TextCandidate`). Many: among active clients the exact
    /// surname, then whole words, then prefixes; then ceased or deceased ones the same way; each
    /// tier ranked within itself and stopping at the limit; the count is then "over" the cap.
    private func addTextMatches(_ db: any SQLConnection, _ query: SearchQuery, to ranked: inout RankedIDs) throws {
        let text = TextLookups(dialect: db.dialect, query: query)
        let (probeSQL, probeArguments) = text.probe(cap: rankingCap + 1)
        let probe = try SearchLookups.ids(db, probeSQL, probeArguments)
        if probe.isEmpty { return }
        if probe.count <= rankingCap {
            let (sql, arguments) = text.ranked()
            let candidates = try SearchLookups.candidates(db, sql, arguments)
            ranked.add(TextCandidate.ranked(candidates, typed: query.compact, words: query.words), .name, cap: nil)
            return
        }
        ranked.markOverflowed()
        let surnames = try SearchLookups.candidates(db, SearchLookups.exactSurname(db.dialect), [query.spacedText, limit])
        ranked.add(TextCandidate.ranked(surnames.filter(\.active), typed: query.compact), .name, cap: nil)
        for wholeWords in [true, false] where !ranked.isFull {
            let (sql, arguments) = text.tier(active: true, wholeWords: wholeWords, limit: limit)
            ranked.add(TextCandidate.ranked(try SearchLookups.candidates(db, sql, arguments), typed: query.compact),
                       .name, cap: nil)
        }
        ranked.add(TextCandidate.ranked(surnames.filter { !$0.active }, typed: query.compact), .name, cap: nil)
        if !ranked.isFull {
            let (sql, arguments) = text.tier(active: false, wholeWords: false, limit: limit)
            let inactive = try SearchLookups.candidates(db, sql, arguments)
            ranked.add(TextCandidate.ranked(inactive, typed: query.compact), .name, cap: nil)
        }
    }
}

/// Client ids in rank order, each kept once with the first way it matched, and counted.
struct RankedIDs {
    enum Kind: String { case microchip, phone, email, postcode, name }

    let limit: Int
    let countCap: Int
    private(set) var entries: [(Int64, String)] = []
    private var seen = Set<Int64>()
    /// True once some lookup stopped at its cap: there are more matches than counted.
    private(set) var overflowed = false

    init(limit: Int, countCap: Int) {
        self.limit = limit
        self.countCap = countCap
    }

    var isFull: Bool { entries.count >= limit }
    /// The entries a result list shows.
    var shown: ArraySlice<(Int64, String)> { entries.prefix(limit) }
    /// Distinct clients matched, up to the count cap.
    var total: Int { min(entries.count, countCap) }

    /// Adds ids in order; `cap` is the row limit the lookup ran with, so a full lookup marks
    /// the count as a lower bound.
    mutating func add(_ ids: [Int64], _ kind: Kind, cap: Int?) {
        if let cap, ids.count >= cap { overflowed = true }
        for id in ids where seen.insert(id).inserted { entries.append((id, kind.rawValue)) }
        if entries.count > countCap { overflowed = true }
    }

    mutating func markOverflowed() { overflowed = true }
}

/// Loads what a result line shows: the client's name, postcode, phones and pets.
enum SearchHitLoader {
    static func hit(_ db: any SQLConnection, clientID: Int64, matchedOn: String, words: [String] = []) throws -> SearchHit? {
        guard let row = try db.fetchOne(SearchLookups.clientSummary, [clientID]) else { return nil }
        let phones = try db.fetchValues(String.self, SearchLookups.clientPhones, [clientID])
        let pets = try db.fetchValues(String.self, SearchLookups.clientPets, [clientID])
        let first = try row.decode(String.self, "first_name")
        let last = try row.decode(String.self, "last_name")
        let matched = matchedOn == RankedIDs.Kind.name.rawValue
            ? textMatch(words, names: [first, last], pets: pets) : matchedOn
        return SearchHit(clientID: clientID, name: "\(last), \(first)", postcode: try row.decode(String.self, "postcode"),
                         phones: phones, pets: pets, status: try row.decode(String.self, "status"), matchedOn: matched)
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
