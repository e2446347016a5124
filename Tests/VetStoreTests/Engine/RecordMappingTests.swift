import Foundation
import GRDB
import Testing
import VetCore
@testable import VetSQL
@testable import VetStore

/// Every stored record reads and writes the same through the engine layer as through GRDB, so
/// the store's actions can move onto the layer one by one with the practice files unchanged.
@Suite("Records through the engine layer")
struct RecordMappingTests {
    /// Checks that the engine layer decodes every row of `R`'s table into the value GRDB decodes,
    /// and encodes each into the same column values GRDB stores; returns how many rows it compared.
    static func compare<R: SnakeCaseRecord & Equatable>(_ type: R.Type, in db: Database) throws -> Int {
        let order = "SELECT * FROM \(R.databaseTableName) ORDER BY rowid"
        let viaGRDB = try R.fetchAll(db, sql: order)
        let connection = SQLiteConnection(db)
        let viaEngine = try connection.fetchRecords(R.self, order)
        #expect(viaEngine == viaGRDB, "\(R.databaseTableName) decodes differently")
        for record in viaGRDB {
            let stored = try record.databaseDictionary.mapValues { SQLiteConnection.value($0) }
            let ours = Dictionary(try RecordEncoder.columns(of: record).map { ($0.name, $0.value) },
                                  uniquingKeysWith: { first, _ in first })
            let differing = Set(ours.keys).union(stored.keys).filter { ours[$0] != stored[$0] }.sorted()
            guard differing.isEmpty else {
                let details = differing.map { key in
                    "\(key) ours \(String(describing: ours[key])) GRDB \(String(describing: stored[key]))"
                }
                Issue.record("\(R.databaseTableName) encodes differently: \(details.joined(separator: "; "))")
                break
            }
        }
        return viaGRDB.count
    }

    @Test("a demo practice's every record type maps identically, row for row")
    func demoRecordsMapIdentically() throws {
        let store = try DemoFixture.practice(clients: 60, seed: 7)
        let counts = try store.writer.read { db in
            [
                try Self.compare(Client.self, in: db), try Self.compare(ClientPhone.self, in: db),
                try Self.compare(ClientChange.self, in: db), try Self.compare(Pet.self, in: db),
                try Self.compare(StaffUser.self, in: db),
                try Self.compare(PriceItem.self, in: db), try Self.compare(PriceItemPrice.self, in: db),
                try Self.compare(Consultation.self, in: db), try Self.compare(TreatmentLineRecord.self, in: db),
                try Self.compare(Addendum.self, in: db), try Self.compare(PetWeight.self, in: db),
                try Self.compare(Invoice.self, in: db), try Self.compare(InvoiceLine.self, in: db),
                try Self.compare(LedgerEntry.self, in: db), try Self.compare(Insurer.self, in: db),
                try Self.compare(Policy.self, in: db), try Self.compare(Claim.self, in: db),
                try Self.compare(ClaimEvent.self, in: db), try Self.compare(ConsentEvent.self, in: db),
                try Self.compare(Disclosure.self, in: db),
                try Self.compare(Communication.self, in: db), try Self.compare(AuditEntry.self, in: db),
                try Self.compare(DataRequest.self, in: db), try Self.compare(RequestEvent.self, in: db),
            ]
        }
        // Each comparison saw rows, so none passed for want of data.
        #expect(counts.allSatisfy { $0 > 0 }, "\(counts)")
    }
}
