import Foundation
import GRDB
import Testing
@testable import VetStore
import VetSQL
import VetCore

@Suite("clients and pets in the store")
struct ClientActionTests {
    @Test(arguments: SQLDialect.allCases)
    func registeringAndViewingAreAudited(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try practice.registerClient(email: "zoe@example.com")
        let id = try #require(client.id)
        let view = try practice.database.viewClient(id: id, as: practice.receptionist)
        #expect(view.client.fullName == "Mrs Zoë Le Brun")
        #expect(view.phones.map(\.digits) == ["07700900123"])
        let actions = try practice.read { db in
            try db.fetchValues(String.self, "SELECT action FROM audit_entry WHERE client_id = ? ORDER BY id", [id])
        }
        #expect(actions == ["register", "view"])
    }

    @Test(arguments: SQLDialect.allCases)
    func changingContactDetailsKeepsOldAndNewValues(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try practice.registerClient()
        let id = try #require(client.id)
        let form = ClientForms.jersey(title: "Mrs", addressLine1: "9 Mont Cochon", town: "St Helier", postcode: "je24pq",
                                      phone: "07700 900124")
        try practice.database.updateClient(id: id, expectedVersion: client.version, details: form.validated(),
                                           reason: "moved house", as: practice.receptionist)
        let changes = try practice.database.viewClient(id: id, as: practice.manager).changes
        let byField = Dictionary(uniqueKeysWithValues: changes.map { ($0.field, $0) })
        #expect(byField["address"]?.oldValue == "4 Rue des Prés")
        #expect(byField["address"]?.newValue == "9 Mont Cochon")
        #expect(byField["postcode"]?.newValue == "JE2 4PQ")
        #expect(byField["phones"]?.oldValue == "mobile 07700 900123")
        #expect(byField["town"]?.changedBy == practice.receptionist.userID)
        #expect(byField["first name"] == nil, "unchanged fields are not recorded")
    }

    @Test(arguments: SQLDialect.allCases)
    func aStaleSaveIsAConflictNamingWhoChangedItAndNothingIsOverwritten(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try practice.registerClient()
        let id = try #require(client.id)
        // Two terminals opened the record at version 1; the manager saves first.
        let managersEdit = ClientForms.jersey(firstName: "Zoe")
        try practice.database.updateClient(id: id, expectedVersion: 1, details: managersEdit.validated(), as: practice.manager)
        var receptionEdit = managersEdit
        receptionEdit.lastName = "Le Marquand"
        #expect {
            try practice.database.updateClient(id: id, expectedVersion: 1, details: receptionEdit.validated(),
                                               as: practice.receptionist)
        } throws: { error in
            guard case StoreError.conflict(let conflict) = error else { return false }
            return conflict.changedBy.contains("Morgan Le Sueur") && conflict.message.contains("not saved")
        }
        let stored = try practice.database.viewClient(id: id, as: practice.manager).client
        #expect(stored.lastName == "Le Brun")
        #expect(stored.firstName == "Zoe")
        #expect(stored.version == 2)
    }

    @Test(arguments: SQLDialect.allCases)
    func possibleDuplicatesBySamePhoneOrEmail(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let first = try practice.registerClient(phone: "07700 900555", email: "siân@example.com")
        let form = ClientForms.jersey(firstName: "Sian", lastName: "Jones", addressLine1: "1 High Street", town: "Bath",
                                      postcode: "BA1 1AA", phone: "+44 7700 900555", phoneLabel: .home)
        let duplicates = try practice.database.possibleDuplicates(of: form.validated())
        #expect(duplicates.map(\.id) == [first.id])
    }

    @Test(arguments: SQLDialect.allCases)
    func possibleDuplicatesIgnoreTheCapitalsOfAnEmail(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let first = try practice.registerClient(phone: "07700 900556", email: "Z.Smith@Example.net")
        let form = ClientForms.jersey(firstName: "Zoe", lastName: "Smith", addressLine1: "1 High Street", town: "Bath",
                                      postcode: "BA1 1AA", phone: "", email: "z.smith@example.net")
        let duplicates = try practice.database.possibleDuplicates(of: form.validated())
        #expect(duplicates.map(\.id) == [first.id])
        // The check reads an index, so it stays instant at 100,000 clients (SQLite's plan; the
        // server's search plans are checked in SearchEquivalenceTests).
        guard engine == .sqlite else { return }
        let details = try practice.database.readFile { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT id FROM client WHERE email = ? COLLATE NOCASE",
                             arguments: ["z.smith@example.net"]).map { $0["detail"] as String? ?? "" }
        }
        #expect(details.contains { $0.contains("client_email_nocase") }, "\(details)")
    }

    @Test(arguments: SQLDialect.allCases)
    func vetCannotRegisterAClientAndIsToldWhy(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let form = ClientForms.jersey(firstName: "Ann", lastName: "Smith", addressLine1: "1 High Street", town: "Bath",
                                      postcode: "BA1 1AA", phone: "", email: "ann@example.com")
        #expect {
            try practice.database.registerClient(form.validated(), as: practice.vet)
        } throws: { error in
            guard case StoreError.permissionDenied(let message) = error else { return false }
            return message.lowercased().contains("vet")
        }
        #expect(try practice.read { db in try db.fetchValue(Int.self, "SELECT COUNT(*) FROM client") } == 0)
    }

    @Test(arguments: SQLDialect.allCases)
    func microchipCanBelongToOnlyOnePet(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let owner = try practice.registerClient()
        var form = PetForm()
        form.name = "Biscuit"
        form.species = "dog"
        form.microchip = "985 112 000 123 456"
        _ = try practice.database.registerPet(form.validated(today: TestPractice.standardDay),
                                              clientID: try #require(owner.id), as: practice.receptionist)
        form.name = "Crumble"
        #expect {
            try practice.database.registerPet(form.validated(today: TestPractice.standardDay),
                                              clientID: try #require(owner.id), as: practice.receptionist)
        } throws: { error in
            guard case StoreError.invalid(let errors) = error else { return false }
            return errors.message(for: "microchip")?.contains("already registered to Biscuit") == true
        }
    }

    @Test(arguments: SQLDialect.allCases)
    func transferringAPetKeepsItsHistory(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let from = try practice.registerClient(lastName: "Vibert", phone: "07700 900201")
        let to = try practice.registerClient(lastName: "Gallichan", phone: "07700 900202")
        let pet = try practice.registerPet(clientID: try #require(from.id))
        try practice.database.transferPet(id: try #require(pet.id), toClientID: try #require(to.id), on: practice.database.clock.today(),
                                          expectedVersion: pet.version, as: practice.receptionist)
        let moves = try practice.read { db in
            try db.fetchRecords(PetOwnerChange.self, "SELECT * FROM pet_owner_change ORDER BY id")
        }
        #expect(moves.count == 1)
        #expect(moves.first?.fromClientId == from.id)
        #expect(try practice.database.viewClient(id: try #require(to.id), as: practice.manager).pets.map(\.name) == ["Biscuit"])
        #expect(try practice.database.search("biscuit").map(\.clientID) == [to.id])
    }
}
