import Testing
import VetCore
@testable import VetStore
import VetSQL

/// Name ranking on a practice file of our own: exact surname, then exact forename and
/// surname, then prefixes, then the rest; and the count of everything that matched.
@Suite("Search ranking")
struct SearchRankingTests {
    /// Registers the named clients (forename, surname) with distinct phones; returns their ids by "Forename Surname".
    private func practice(_ names: [(String, String)], engine: SQLDialect) throws -> (TestPractice, [String: Int64]) {
        let practice = try TestPractice.make(engine: engine)
        var ids: [String: Int64] = [:]
        for (index, name) in names.enumerated() {
            let client = try practice.registerClient(firstName: name.0, lastName: name.1,
                                                     phone: "07700 9\(String(format: "%05d", index))")
            ids["\(name.0) \(name.1)"] = client.id
        }
        return (practice, ids)
    }

    private static let smiths = [
        ("Anna", "Smith-Jones"), ("Bob", "Jones-Smith"), ("Zoe", "Smithson"), ("Carl", "Smith"),
        ("Zoe", "Smith"), ("Smith", "Evans"), ("Adam", "Smith"),
    ]

    @Test("\"Smith\" lists every Smith before Smith-Jones and Smithson, then the rest", arguments: SQLDialect.allCases)
    func surnameFirst(engine: SQLDialect) throws {
        let (practice, ids) = try practice(Self.smiths, engine: engine)
        let found = try practice.database.search("Smith", limit: 20).map(\.clientID)
        let expected = ["Adam Smith", "Carl Smith", "Zoe Smith", "Anna Smith-Jones", "Zoe Smithson"].compactMap { ids[$0] }
        #expect(Array(found.prefix(5)) == expected)
        #expect(Set(found.dropFirst(5)) == Set(["Bob Jones-Smith", "Smith Evans"].compactMap { ids[$0] }))
    }

    @Test("\"Zoe Smith\" puts Zoe Smith first, in either order and with any accents", arguments: SQLDialect.allCases)
    func forenameAndSurname(engine: SQLDialect) throws {
        let (practice, ids) = try practice(Self.smiths + [("Zoë", "Smith-Jones")], engine: engine)
        for typed in ["Zoe Smith", "smith zoe", "ZOË SMITH"] {
            let found = try practice.database.search(typed, limit: 20).map(\.clientID)
            #expect(found.first == ids["Zoe Smith"], "\(typed)")
        }
        let found = try practice.database.search("zoe smi", limit: 20).map(\.clientID)
        #expect(found.first == ids["Zoe Smith"])
        #expect(Set(found.dropFirst().prefix(2)) == Set([ids["Zoe Smithson"], ids["Zoë Smith-Jones"]].compactMap { $0 }))
    }

    @Test("a surname of several words matches typed with or without its space", arguments: SQLDialect.allCases)
    func spacedSurname(engine: SQLDialect) throws {
        let (practice, ids) = try practice([("Ann", "Le Brocqson"), ("Chloé", "Le Brocq"), ("Le", "Brocq")], engine: engine)
        #expect(try practice.database.search("le brocq", limit: 20).first?.clientID == ids["Chloé Le Brocq"])
        #expect(try practice.database.search("lebrocq", limit: 20).first?.clientID == ids["Chloé Le Brocq"])
    }

    @Test("a broad query answered in tiers still lists the exact surname first", arguments: SQLDialect.allCases)
    func broadQueryTiers(engine: SQLDialect) throws {
        let (practice, ids) = try practice(Self.smiths, engine: engine)
        let search = ClientSearch(text: "smith", limit: 4, rankingCap: 2)
        let results = try practice.read { db in try search.run(db) }
        let expected = ["Adam Smith", "Carl Smith", "Zoe Smith"].compactMap { ids[$0] }
        #expect(Array(results.hits.map(\.clientID).prefix(3)) == expected)
        #expect(results.hits.count == 4)
        #expect(results.totalIsLowerBound)
        #expect(results.hasMore == false)
        #expect(results.shownOfTotal == "4 of over 4")
    }

    @Test("the results say how many clients matched when more matched than are shown", arguments: SQLDialect.allCases)
    func countsEveryMatch(engine: SQLDialect) throws {
        let (practice, _) = try practice(Self.smiths, engine: engine)
        let few = try practice.database.searchResults("smith", limit: 3)
        #expect(few.hits.count == 3)
        #expect(few.total == 7)
        #expect(few.hasMore)
        #expect(!few.totalIsLowerBound)
        #expect(few.shownOfTotal == "3 of 7")
        let all = try practice.database.searchResults("smith", limit: 20)
        #expect(all.total == 7)
        #expect(!all.hasMore)
    }

    @Test("tiers compare folded letters only", arguments: [
        ("smith", "Zoë", "Smith", NameTier.exactSurname), ("lebrocq", "Chloé", "Le Brocq", .exactSurname),
        ("zoesmith", "Zoë", "Smith", .exactFullName), ("smithzoe", "Zoë", "Smith", .exactFullName),
        ("smith", "Anna", "Smith-Jones", .surnamePrefix), ("zoesmi", "Zoë", "Smithson", .fullNamePrefix),
        ("smith", "Bob", "Jones-Smith", .other), ("oneill", "Seán", "O'Neill", .exactSurname),
    ])
    func tiers(typed: String, forename: String, surname: String, tier: NameTier) {
        #expect(NameTier.of(typed: typed, forename: NameTier.compact(forename), surname: NameTier.compact(surname)) == tier)
    }
}
