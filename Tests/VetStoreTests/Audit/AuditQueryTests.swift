import Foundation
import GRDB
import Testing
@testable import VetStore
import VetSQL
import VetCore

/// The manager's audit trail query: filters, order, names and the indexes it reads.
@Suite struct AuditQueryTests {
    @Test(arguments: SQLDialect.allCases)
    func clientFilterReturnsOnlyThatClientsEntriesNewestFirstWithNames(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let zoe = try practice.registerClient()
        let other = try practice.registerClient(firstName: "Siân", lastName: "Jones", phone: "07700 900999")
        _ = try practice.registerPet(clientID: try zoe.id.orThrow("client"))
        _ = try practice.registerPet(name: "Bao", clientID: try other.id.orThrow("client"))
        let rows = try practice.database.auditTrail(clientID: zoe.id, as: practice.manager)
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.clientID == zoe.id && $0.clientName == "Le Brun, Zoë" })
        #expect(rows.map(\.id) == rows.map(\.id).sorted(by: >))
        #expect(rows.allSatisfy { $0.userName == "Tom Renouf" })
        #expect(try practice.auditActions(clientID: zoe.id).count == rows.count)
    }

    @Test(arguments: SQLDialect.allCases)
    func userFilterAndLimit(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        _ = try practice.registerClient()
        let managerRows = try practice.database.auditTrail(userID: practice.manager.userID, as: practice.manager)
        #expect(managerRows.allSatisfy { $0.userID == practice.manager.userID && $0.userName == "Morgan Le Sueur" })
        #expect(managerRows.contains { $0.action == "set up practice" })
        let newest = try practice.database.auditTrail(limit: 1, as: practice.manager)
        #expect(newest.count == 1)
        #expect(newest.first?.id == (try practice.database.auditTrail(as: practice.manager).first?.id))
    }

    @Test(arguments: SQLDialect.allCases)
    func dateRangeIsInclusiveInThePracticesZone(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let later = try practice.reopened(on: day(2025, 3, 5), hour: 23)
        var form = ClientForm()
        form.firstName = "Late"
        form.lastName = "Entry"
        form.addressLine1 = "1 Rue"
        form.town = "St Helier"
        form.postcode = "JE2 3AB"
        form.phones = [.init(label: .mobile, number: "07700 900555")]
        let late = try later.registerClient(form.validated(), as: practice.receptionist)
        let onTheDay = try practice.database.auditTrail(from: day(2025, 3, 5), to: day(2025, 3, 5), as: practice.manager)
        #expect(!onTheDay.isEmpty)
        #expect(onTheDay.allSatisfy { $0.clientID == late.id })
        let before = try practice.database.auditTrail(to: day(2025, 3, 4), as: practice.manager)
        #expect(!before.contains { $0.clientID == late.id })
        #expect(try practice.database.auditTrail(from: day(2025, 3, 6), as: practice.manager).isEmpty)
    }

    @Test(arguments: SQLDialect.allCases)
    func onlyManagersMayReadTheTrail(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        for user in [practice.receptionist, practice.vet] {
            #expect(throws: StoreError.self) { try practice.database.auditTrail(as: user) }
        }
    }

    @Test func filteredQueriesUseTheAuditIndexes() throws {
        let practice = try TestPractice.make()
        let queue = try DatabaseQueue(path: practice.path)
        defer { try? queue.close() }
        let byClient = AuditQuery(userID: nil, clientID: 1, from: Date(), before: nil, limit: 10)
        let byUser = AuditQuery(userID: 1, clientID: nil, from: nil, before: Date(), limit: 10)
        try queue.read { db in
            for (query, index) in [(byClient, "audit_entry_client"), (byUser, "audit_entry_user")] {
                let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + query.sql, arguments: query.arguments)
                    .map { row -> String in row["detail"] }.joined(separator: "\n")
                #expect(plan.contains(index), "\(plan)")
                #expect(!plan.contains("TEMP B-TREE"), "\(plan)")
            }
        }
    }
}
