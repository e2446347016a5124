import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

/// Every file written about people is logged with what, where, when, by whom and which clients,
/// and an erasure lists the files that still hold the person until each is recorded as deleted.
@Suite("export log")
struct ExportLogTests {
    @Test(arguments: SQLDialect.allCases)
    func everyFileAboutPeopleIsLoggedAndAnErasureListsThoseStillHoldingThePerson(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try #require(try practice.registerClient(email: "zoe@example.je").id)
        let other = try #require(try practice.registerClient(firstName: "Ann", lastName: "Other", phone: "07700 900456").id)
        try practice.database.grantConsent(clientID: client, channel: .email, purpose: .practice, basis: .consent,
                                           source: .inPerson, wordingVersion: "v1", as: practice.receptionist)
        let request = try practice.logRequest([.access, .portability, .erasure], clientID: client)
        let db = practice.database
        try db.writeAccessPack(reference: request.reference, to: practice.folder.appendingPathComponent("pack"), as: practice.manager)
        try db.writePortability(reference: request.reference, to: practice.folder.appendingPathComponent("port"), as: practice.manager)
        let list = try db.marketingList(channel: .email, purpose: .practice, as: practice.manager)
        let csv = practice.folder.appendingPathComponent("email.csv")
        try db.writeMarketingList(list, to: csv, as: practice.manager)
        // A practice file is copied by VetDesk's own backup; a server's by its administrator's tools.
        let backup = practice.folder.appendingPathComponent("monday.sqlite").path
        if engine == .sqlite { _ = try AppDatabase.backup(path: practice.path, to: backup, clock: db.clock) }
        let kinds = { (kinds: [ExportKind]) in kinds.filter { engine == .sqlite || $0 != .backup } }
        try db.recordPrintout(clientID: client, document: "Statement Mrs Zoë Le Brun", location: "printer front, job front-3",
                              as: practice.receptionist)

        let logged = try db.exportLog(as: practice.manager)
        #expect(Set(logged.map(\.kind)) == Set(kinds(ExportKind.allCases)))
        let pack = try #require(logged.first { $0.kind == .accessPack })
        #expect(pack.location == practice.folder.appendingPathComponent("pack").path)
        #expect(pack.writtenBy == practice.manager.displayName)
        #expect(pack.requestReference == request.reference && pack.clientCount == 1 && !pack.allClients)
        if engine == .sqlite {
            let copy = try #require(logged.first { $0.kind == .backup })
            #expect(copy.allClients && copy.location == backup && copy.writtenBy.hasPrefix("computer account "))
        }
        #expect(try db.exportLog(clientID: other, as: practice.manager).map(\.kind) == kinds([.backup]),
                "the other client is only in the backup")

        let review = try db.erasureReview(requestID: try #require(request.id), as: practice.manager)
        #expect(review.exports.map(\.kind) == kinds([.accessPack, .portability, .marketingList, .backup, .printout]))
        #expect(throws: StoreError.self) {
            try db.recordExportDeleted(id: pack.id, on: day(2025, 3, 4), note: nil, as: practice.manager)
        }
        try db.recordExportDeleted(id: pack.id, on: TestPractice.standardDay, note: "folder shredded", as: practice.manager)
        let after = try db.erasureReview(requestID: try #require(request.id), as: practice.manager)
        #expect(after.exports.map(\.kind) == kinds([.portability, .marketingList, .backup, .printout]))
        #expect(try db.exportLog(clientID: client, as: practice.manager).first { $0.id == pack.id }?.deletedNote == "folder shredded")
        #expect(throws: StoreError.self) { try db.exportLog(as: practice.receptionist) }
    }
}
