import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

/// Noticing another terminal's change: the file-wide counter, a client's stamp and the note of
/// who changed what, each on a real SQLite file opened twice as two terminals would.
@Suite struct ChangeWatchTests {
    private func moveTown(_ store: AppDatabase, _ id: Int64, to town: String, as user: StaffSession) throws {
        let client = try store.viewClient(id: id, as: user).client
        let form = ClientForms.jersey(title: "Mrs", addressLine1: client.addressLine1, town: town, postcode: "JE2 7TS",
                                      phone: "07700 900123")
        try store.updateClient(id: id, expectedVersion: client.version, details: form.validated(), as: user)
    }

    @Test(arguments: SQLDialect.allCases)
    func theCounterStandsStillUntilSomethingIsCommittedHereOrElsewhere(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let here = practice.database
        let elsewhere = try practice.reopened(clock: here.clock)
        let before = try here.changeCounter()
        _ = try here.users()
        #expect(try here.changeCounter() == before, "reading moves nothing")
        _ = try elsewhere.registerClient(ClientForms.jersey().validated(), as: practice.receptionist)
        let afterTheirs = try here.changeCounter()
        #expect(afterTheirs.dataVersion != before.dataVersion, "another connection's commit moves data_version")
        _ = try practice.registerClient(firstName: "Ann")
        let afterOwn = try here.changeCounter()
        if engine == .sqlite {
            #expect(afterOwn.ownChanges != afterTheirs.ownChanges, "this process's own commit moves its change count")
        } else {
            #expect(afterOwn.dataVersion != afterTheirs.dataVersion, "on a server every commit moves the one counter")
        }
    }

    @Test(arguments: SQLDialect.allCases)
    func aClientsStampMovesWithTheirChangesButNotWithViews(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let id = try #require(try practice.registerClient().id)
        let other = try practice.registerClient(firstName: "Ann", lastName: "Other", phone: "07700 900999")
        let elsewhere = try practice.reopened(clock: practice.database.clock)
        let stamp = try practice.database.clientRecordStamp(clientID: id)
        _ = try elsewhere.viewClient(id: id, as: practice.manager)
        #expect(try practice.database.clientRecordStamp(clientID: id) == stamp, "a view is not a change")
        try moveTown(elsewhere, try #require(other.id), to: "Gorey", as: practice.manager)
        #expect(try practice.database.clientRecordStamp(clientID: id) == stamp, "another client's change is not theirs")
        try moveTown(elsewhere, id, to: "Gorey", as: practice.manager)
        let moved = try #require(try practice.database.clientRecordStamp(clientID: id))
        #expect(moved != stamp)
        #expect(moved.clientVersion == (stamp?.clientVersion ?? 0) + 1)
        _ = try practice.database.registerPet(PetForm.named("Biscuit").validated(today: practice.database.clock.today()),
                                              clientID: id, as: practice.receptionist)
        #expect(try practice.database.clientRecordStamp(clientID: id) != moved, "a new pet moves the stamp too")
        #expect(try practice.database.clientRecordStamp(clientID: 999_999) == nil)
    }

    @Test(arguments: SQLDialect.allCases)
    func theNoteSaysWhoChangedWhichFieldsAndWhen(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try practice.registerClient()
        let id = try #require(client.id)
        let elsewhere = try practice.reopened(clock: clock(2025, 3, 3, hour: 14))
        try moveTown(elsewhere, id, to: "Gorey", as: practice.manager)
        let note = try #require(try practice.database.latestClientChange(clientID: id))
        #expect(note.action == "change details")
        #expect(note.detail == "town")
        #expect(note.changedBy == "Morgan Le Sueur (manager)")
        #expect(note.userID == practice.manager.userID)
        #expect(note.changedAt == clock(2025, 3, 3, hour: 14).now())
    }

    @Test(arguments: SQLDialect.allCases)
    func anEditingSnapshotComesOnlyOnceTheVersionMovedOn(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try practice.registerClient()
        let id = try #require(client.id)
        #expect(try practice.database.clientIfChanged(id: id, since: client.version) == nil)
        try moveTown(try practice.reopened(clock: practice.database.clock), id, to: "Gorey", as: practice.manager)
        let snapshot = try #require(try practice.database.clientIfChanged(id: id, since: client.version))
        #expect(snapshot.client.town == "Gorey")
        #expect(snapshot.phones.map(\.display) == ["07700 900123"])
        #expect(snapshot.note?.detail == "town")
        #expect(try practice.database.clientForEditing(id: id).client.version == snapshot.client.version)
    }
}

private extension PetForm {
    static func named(_ name: String) -> PetForm {
        var form = PetForm()
        form.name = name
        form.species = "dog"
        form.sex = "female"
        return form
    }
}
