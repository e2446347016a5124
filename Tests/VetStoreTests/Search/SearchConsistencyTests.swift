import Testing
import VetCore
@testable import VetStore
import VetSQL

/// The search index follows every change, and anonymised clients can never be found.
@Suite("Search index consistency")
struct SearchConsistencyTests {
    @Test("an anonymised client is found by nothing: name, phone, pet, microchip", arguments: SQLDialect.allCases)
    func anonymisedExcluded(engine: SQLDialect) throws {
        let demo = try DemoOnEngine(clients: 40, engine: engine)
        let store = demo.store
        let chip = try demo.value(String.self, "SELECT microchip FROM pet WHERE client_id = 1 AND microchip IS NOT NULL ORDER BY id")
        let pet = try #require(try demo.value(String.self, "SELECT name FROM pet WHERE client_id = 1 ORDER BY id"))
        #expect(try store.search("07700 900000").map(\.clientID) == [1])
        try store.writeDemoBatch { db in
            // Phones and pets are left in place on purpose: the search must still refuse to show them.
            try db.execute("UPDATE client SET status = 'anonymised' WHERE id = 1")
            try SearchIndex.refresh(db, clientID: 1)
        }
        for query in ["zoe smith", "07700 900000", "07700 9000", pet, chip].compactMap({ $0 }) {
            #expect(try !store.search(query, limit: 100).contains { $0.clientID == 1 }, "\(query)")
        }
    }

    @Test("changing a client's name or adding a pet is searchable at once; the old name is not", arguments: SQLDialect.allCases)
    func followsChanges(engine: SQLDialect) throws {
        let demo = try DemoOnEngine(clients: 30, engine: engine)
        let store = demo.store
        let reception = try store.authenticate(username: "reception", password: "reception123")
        var form = ClientForm()
        form.firstName = "Zoë"
        form.lastName = "Featherstonehaugh"
        form.addressLine1 = "1 Corve Street"
        form.town = "Ludlow"
        form.postcode = "sy81da"
        form.phones = [.init(label: .mobile, number: "07700 900000")]
        let version = try #require(try demo.value(Int.self, "SELECT version FROM client WHERE id = 1"))
        try store.updateClient(id: 1, expectedVersion: version, details: try form.validated(), as: reception)
        #expect(try store.search("featherst").map(\.clientID) == [1])
        #expect(try store.search("SY8 1DA").contains { $0.clientID == 1 })
        #expect(try !store.search("zoe smith", limit: 100).contains { $0.clientID == 1 })

        var pet = PetForm()
        pet.name = "Quetzalcoatl"
        pet.species = "Tortoise"
        try store.registerPet(try pet.validated(today: DemoFixture.today), clientID: 1, as: reception)
        #expect(try store.search("quetzal").map(\.clientID) == [1])
    }

    @Test("the bulk rebuild writes exactly what refreshing each client one by one writes", arguments: SQLDialect.allCases)
    func rebuildMatchesRefresh(engine: SQLDialect) throws {
        let demo = try DemoOnEngine(clients: 60, engine: engine)
        let store = demo.store
        let rebuilt = try demo.searchIndex()
        let ids = try store.read { db in try db.fetchValues(Int64.self, "SELECT id FROM client ORDER BY id") }
        try store.writeDemoBatch { db in
            for id in ids { try SearchIndex.refresh(db, clientID: id) }
        }
        let refreshed = try demo.searchIndex()
        #expect(rebuilt.sorted() == refreshed.sorted())
        let indexed = try demo.value(Int.self, "SELECT COUNT(*) FROM client_search") ?? 0
        #expect(indexed == ids.count - (try demo.value(Int.self, "SELECT COUNT(*) FROM client WHERE status = 'anonymised'") ?? 0))
    }
}
