import Testing
import VetCore
@testable import VetStore

/// The front-desk search on a small demo practice, whose first clients are always the same
/// people: 1 Zoë Smith, 2 Siân Jones, 3 Ciarán Ó Briain, 4 Łukasz Nowak, 5 Lan Nguyễn,
/// 6 Seán O'Neill, 10 Zoe Smithson. Client n has mobile 07700 900(n−1) for n ≤ 1,000.
@Suite("Client search")
struct ClientSearchTests {
    private func ids(_ text: String, limit: Int = 20) throws -> [Int64] {
        try DemoFixture.shared().search(text, limit: limit).map(\.clientID)
    }

    @Test("names match any word prefix with accents ignored", arguments: [
        ("zoe", Int64(1)), ("Zoë", 1), ("ZOE SMI", 1), ("sian", 2), ("siân jon", 2), ("lukasz", 4), ("łukasz nowak", 4),
        ("nguyen", 5), ("nguyễn", 5), ("obriain", 3), ("o briain", 3), ("ó bri", 3), ("ciaran", 3), ("oneill", 6),
        ("o'neill", 6), ("neill", 6),
    ])
    func names(query: String, client: Int64) throws {
        #expect(try ids(query, limit: 50).contains(client))
    }

    @Test("a whole surname ranks above a longer one that starts with it")
    func exactWordFirst() throws {
        let found = try ids("zoe smith")
        let smith = try #require(found.firstIndex(of: 1))
        let smithson = try #require(found.firstIndex(of: 10))
        #expect(smith < smithson)
        #expect(found.first == 1)
    }

    @Test("phone numbers match in any format", arguments: [
        "07700 900000", "07700900000", "+44 7700 900000", "+44 (0)7700 900000", "0044 7700 900000", "7700 900000",
        "07700-900-000",
    ])
    func phoneFormats(query: String) throws {
        let hits = try DemoFixture.shared().search(query)
        #expect(hits.first?.clientID == 1)
        #expect(hits.first?.matchedOn == "phone")
    }

    @Test("a partly typed phone number lists the numbers that start with it, in number order")
    func partialPhone() throws {
        let hits = try DemoFixture.shared().search("07700 90000")
        #expect(hits.map(\.clientID) == Array(1...10))
        #expect(hits.allSatisfy { $0.matchedOn == "phone" })
    }

    @Test("postcodes match with or without the space, in any case")
    func postcodes() throws {
        let store = try DemoFixture.shared()
        let postcode: String = try #require(try DemoFixture.value(store, "SELECT postcode FROM client WHERE id = 1"))
        for typed in [postcode, postcode.lowercased(), postcode.replacingOccurrences(of: " ", with: ""),
                      String(postcode.prefix(postcode.count - 1))] {
            #expect(try ids(typed, limit: 50).contains(1), "\(typed)")
        }
    }

    @Test("an email address finds its client")
    func email() throws {
        let store = try DemoFixture.shared()
        let email: String = try #require(try DemoFixture.value(store, "SELECT email FROM client WHERE id = 2"))
        #expect(try ids(email).prefix(3).contains(2))
        #expect(try ids(String(email.prefix(email.count - 4))).contains(2))
    }

    @Test("pet names find their owners")
    func petName() throws {
        let store = try DemoFixture.shared()
        let name: String = try #require(try DemoFixture.value(store, "SELECT name FROM pet WHERE client_id = 4 LIMIT 1"))
        let hits = try store.search(name, limit: 100)
        #expect(hits.contains { $0.clientID == 4 && $0.pets.contains(name) })
    }

    @Test("a whole microchip, grouped or not, finds the owner first; six or more digits find it as a prefix")
    func microchip() throws {
        let store = try DemoFixture.shared()
        let row: [String] = try DemoFixture.values(store, "SELECT microchip || ' ' || client_id FROM pet WHERE microchip IS NOT NULL LIMIT 1")
        let parts = try #require(row.first?.split(separator: " ").map(String.init))
        let (chip, owner) = (parts[0], Int64(parts[1]))
        let grouped = try Microchip(parsing: chip).formatted
        for typed in [chip, grouped, String(chip.prefix(12)), String(chip.prefix(9))] {
            let hits = try store.search(typed)
            #expect(hits.first?.clientID == owner, "\(typed)")
            #expect(hits.first?.matchedOn == "microchip", "\(typed)")
        }
        #expect(try store.search(String(chip.prefix(5))).allSatisfy { $0.matchedOn != "microchip" })
    }

    @Test("text matches list active clients before ceased and deceased ones")
    func activeFirst() throws {
        let store = try DemoFixture.shared()
        for query in ["smith", "s", "a", "example"] {
            let statuses = try store.search(query, limit: 300).map(\.status)
            let firstInactive = statuses.firstIndex { $0 != "active" } ?? statuses.count
            #expect(statuses[firstInactive...].allSatisfy { $0 != "active" }, "\(query)")
            #expect(!statuses.contains("anonymised"))
        }
    }

    @Test("a broad query is answered in tiers: whole words, then prefixes, active clients first")
    func broadQueryTiers() throws {
        let store = try DemoFixture.shared()
        let hits = try store.read { db in try ClientSearch(text: "s", limit: 60, rankingCap: 5).run(db).hits }
        #expect(hits.count == 60)
        let firstInactive = hits.firstIndex { $0.status != "active" } ?? hits.count
        #expect(hits[firstInactive...].allSatisfy { $0.status != "active" })
    }

    @Test("nothing to search for gives no results", arguments: ["", "   ", "-- ,", "@"])
    func emptyQueries(query: String) throws {
        #expect(try DemoFixture.shared().search(query).isEmpty)
    }
}

/// "Matched" says which field found the client, not "name" for everything.
@Suite("search says what matched")
struct SearchMatchedFieldTests {
    @Test func postcodeEmailPetAndNameAreNamed() throws {
        let practice = try TestPractice.make()
        let owner = try practice.registerClient(firstName: "Hedda", lastName: "Quist", phone: "07700 900991",
                                                email: "hedda.quist@example.org")
        _ = try practice.registerPet(name: "Pumpernickel", clientID: try #require(owner.id))
        let store = practice.database
        #expect(try store.search("pumpern").first?.matchedOn == "pet")
        #expect(try store.search("quist").first?.matchedOn == "name")
        #expect(try store.search("hedda.quist@example.org").first?.matchedOn == "email")
        #expect(try store.search("JE2 7TS").first { $0.clientID == owner.id }?.matchedOn == "postcode")
    }
}
