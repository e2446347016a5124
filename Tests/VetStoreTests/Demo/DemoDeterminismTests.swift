import Testing
import VetCore
@testable import VetStore

/// The same seed (and "today") always gives the same practice; another seed another one.
@Suite("Demo practice determinism")
struct DemoDeterminismTests {
    static let tables = [
        "practice_settings", "site", "staff_user", "staff_site", "price_item", "insurer", "client", "client_phone", "client_change", "pet",
        "consultation", "treatment_line", "consultation_addendum", "pet_weight", "invoice", "invoice_line",
        "ledger_entry", "policy", "claim", "claim_line", "claim_event", "consent_event", "suppression", "disclosure",
        "communication", "audit_entry", "client_search", "room", "staff_absence", "appointment", "queue_entry",
    ]

    @Test("the same seed gives the same rows in every table, with one site or several", arguments: [1, 3])
    func sameSeed(sites: Int) throws {
        let first = try DemoFixture.practice(clients: 80, seed: 42, sites: sites)
        let second = try DemoFixture.practice(clients: 80, seed: 42, sites: sites)
        for table in Self.tables {
            // Password hashes carry a random salt by design; everything else must match.
            let excluded: Set<String> = ["password_hash"]
            #expect(try DemoFixture.dump(first, table: table, excluding: excluded)
                == DemoFixture.dump(second, table: table, excluding: excluded), "\(table)")
        }
    }

    @Test("another seed gives other clients, pets and numbers (the showcase names aside)")
    func otherSeed() throws {
        let first = try DemoFixture.practice(clients: 80, seed: 42)
        let second = try DemoFixture.practice(clients: 80, seed: 43)
        for table in ["client", "pet", "consultation", "ledger_entry"] {
            #expect(try DemoFixture.dump(first, table: table) != DemoFixture.dump(second, table: table), "\(table)")
        }
    }

    @Test("a database that already holds a practice is refused, and left as it was")
    func refusesExisting() throws {
        let store = try DemoFixture.practice(clients: 20)
        let before: Int? = try DemoFixture.value(store, "SELECT COUNT(*) FROM client")
        #expect(throws: StoreError.self) { try DemoPractice.generate(into: store, clients: 20) }
        #expect(try DemoFixture.value(store, "SELECT COUNT(*) FROM client") == before)
    }

    @Test("sizes outside 1 to 800,000 clients are refused")
    func refusesSizes() throws {
        let store = try DemoFixture.emptyStore()
        #expect(throws: StoreError.self) { try DemoPractice.generate(into: store, clients: 0) }
        #expect(throws: StoreError.self) { try DemoPractice.generate(into: store, clients: 800_001) }
    }

    @Test("the --demo practice is created once, with one site, then reopened as it is")
    func openOrCreate() throws {
        let path = try DemoFixture.emptyStore().path + "-demo.sqlite"
        let created = try DemoPractice.openOrCreateDemo(path: path, clock: DemoFixture.clock)
        #expect(try DemoFixture.value(created, "SELECT COUNT(*) FROM client") == DemoPractice.standardClientCount)
        #expect(try created.sites().count == 1)
        let reopened = try DemoPractice.openOrCreateDemo(path: path, clock: DemoFixture.clock)
        #expect(try DemoFixture.value(reopened, "SELECT COUNT(*) FROM client") == DemoPractice.standardClientCount)
        #expect(try DemoFixture.value(reopened, "SELECT COUNT(*) FROM audit_entry WHERE action = 'load demo data'") == 1)
    }

    @Test("a Jersey practice has Jersey settings and mostly JE postcodes on 01534 landlines")
    func jersey() throws {
        let store = try DemoFixture.practice(clients: 60, region: .jersey)
        #expect(try store.practiceSettings()?.settings.region == .jersey)
        let jersey: Int = try DemoFixture.value(store, "SELECT COUNT(*) FROM client WHERE postcode LIKE 'JE%'") ?? 0
        #expect(jersey >= 45)
        let postcodes: [String] = try DemoFixture.values(store, "SELECT postcode FROM client WHERE postcode LIKE 'JE%'")
        for postcode in postcodes { #expect(try Postcode(parsing: postcode).isJersey) }
    }
}
