import GRDB
import Testing
import VetCore
@testable import VetStore

/// The search index follows every change, and anonymised clients can never be found.
@Suite("Search index consistency")
struct SearchConsistencyTests {
    @Test("an anonymised client is found by nothing: name, phone, pet, microchip")
    func anonymisedExcluded() throws {
        let store = try DemoFixture.practice(clients: 40)
        let chip: String? = try DemoFixture.value(store, "SELECT microchip FROM pet WHERE client_id = 1 AND microchip IS NOT NULL")
        let pet: String = try #require(try DemoFixture.value(store, "SELECT name FROM pet WHERE client_id = 1"))
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

    @Test("changing a client's name or adding a pet is searchable at once; the old name is not")
    func followsChanges() throws {
        let store = try DemoFixture.practice(clients: 30)
        let reception = try store.authenticate(username: "reception", password: "reception123")
        var form = ClientForm()
        form.firstName = "Zoë"
        form.lastName = "Featherstonehaugh"
        form.addressLine1 = "1 Corve Street"
        form.town = "Ludlow"
        form.postcode = "sy81da"
        form.phones = [.init(label: .mobile, number: "07700 900000")]
        let version: Int = try #require(try DemoFixture.value(store, "SELECT version FROM client WHERE id = 1"))
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

    @Test("the bulk rebuild writes exactly what refreshing each client one by one writes")
    func rebuildMatchesRefresh() throws {
        let store = try DemoFixture.practice(clients: 60)
        let rebuilt = try DemoFixture.dump(store, table: "client_search")
        let ids: [Int64] = try DemoFixture.values(store, "SELECT id FROM client ORDER BY id")
        try store.writeDemoBatch { db in
            for id in ids { try SearchIndex.refresh(db, clientID: id) }
        }
        let refreshed = try DemoFixture.dump(store, table: "client_search")
        #expect(rebuilt.sorted() == refreshed.sorted())
        #expect(rebuilt.count == ids.count - (try DemoFixture.value(store,
            "SELECT COUNT(*) FROM client WHERE status = 'anonymised'") ?? 0))
    }
}
