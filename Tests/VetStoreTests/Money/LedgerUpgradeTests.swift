import Foundation
import GRDB
import Testing
@testable import VetStore
import VetCore

@Suite("Upgrading a practice's ledger: cheques and allocations")
struct LedgerUpgradeTests {
    /// A practice file as the release before allocations wrote it: one client with an old
    /// invoice, a recent one paid against its number, a reversed invoice that had been part
    /// paid, a payment taken without an invoice, and a refund.
    private static func oldPractice(at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(queue, upTo: "v2-request-work")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO staff_user (id, username, display_name, role, password_hash, created_at, updated_at)
                    VALUES (1, 'tom', 'Tom Renouf', 'receptionist', 'x', '2024-01-01 09:00:00', '2024-01-01 09:00:00');
                INSERT INTO client (id, first_name, last_name, address_line1, town, postcode, created_at, updated_at)
                    VALUES (1, 'Zoë', 'Le Brun', '4 Rue des Prés', 'St Saviour', 'JE2 7TS', '2024-01-01 09:00:00', '2024-01-01 09:00:00');
                INSERT INTO invoice (id, client_id, number, status, issued_on, gross_pence, created_at, updated_at) VALUES
                    (1, 1, 'INV-2024-00001', 'finalised', '2024-10-01', 3000, '2024-10-01 10:00:00', '2024-10-01 10:00:00'),
                    (2, 1, 'INV-2025-00001', 'finalised', '2025-02-20', 6840, '2025-02-20 10:00:00', '2025-02-20 10:00:00'),
                    (3, 1, 'INV-2025-00002', 'reversed', '2025-02-21', 2000, '2025-02-21 10:00:00', '2025-02-21 10:00:00');
                INSERT INTO ledger_entry (id, client_id, kind, amount_pence, balance_effect_pence, entry_on, invoice_id, method,
                                          reference, note, recorded_at, recorded_by) VALUES
                    (1, 1, 'invoice', 3000, 3000, '2024-10-01', 1, NULL, 'INV-2024-00001', NULL, '2024-10-01 10:00:00', 1),
                    (2, 1, 'invoice', 6840, 6840, '2025-02-20', 2, NULL, 'INV-2025-00001', NULL, '2025-02-20 10:00:00', 1),
                    (3, 1, 'payment', 6840, -6840, '2025-02-20', 2, 'card', 'INV-2025-00001', NULL, '2025-02-20 10:05:00', 1),
                    (4, 1, 'invoice', 2000, 2000, '2025-02-21', 3, NULL, 'INV-2025-00002', NULL, '2025-02-21 10:00:00', 1),
                    (5, 1, 'payment', 500, -500, '2025-02-21', 3, 'cash', NULL, NULL, '2025-02-21 10:05:00', 1),
                    (6, 1, 'reversal', 2000, -2000, '2025-02-22', 3, NULL, NULL, 'Wrong client', '2025-02-22 10:00:00', 1),
                    (7, 1, 'payment', 3000, -3000, '2025-02-25', NULL, 'bankTransfer', NULL, NULL, '2025-02-25 10:00:00', 1),
                    (8, 1, 'refund', 200, 200, '2025-02-26', NULL, 'card', NULL, 'Overpaid', '2025-02-26 10:00:00', 1);
                """)
        }
    }

    @Test("existing payments are allocated oldest first, the ledger is copied whole, and cheques are then accepted")
    func upgradeAPopulatedFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vetdesk-upgrade-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("practice.sqlite").path
        try Self.oldPractice(at: path)
        let store = try AppDatabase(path: path, mode: .existing, clock: FixedClock(date: day(2025, 3, 3)))

        let entries = try store.statement(clientID: 1)
        #expect(entries.map(\.entry.id) == [1, 2, 3, 4, 5, 6, 7, 8])
        #expect(entries.last?.runningBalance == Pence(-300))
        // The payment taken against INV-2025-00001 paid it; the reversal cleared INV-2025-00002, so
        // its £5.00 cash and the bank transfer paid the oldest invoice, and £2.00 of the rest was refunded.
        let standings = Dictionary(uniqueKeysWithValues: try store.invoiceStandings(clientID: 1).map { ($0.invoice.id ?? 0, $0) })
        #expect(standings[2]?.paymentStatus == .paid)
        #expect(standings[3]?.outstanding == .zero)
        #expect(standings[1]?.paymentStatus == .paid)
        let aged = try store.agedDebt(clientID: 1)
        #expect(aged.totalOwed == .zero)
        #expect(aged.unallocatedCredit == Pence(300))
        #expect(aged.balance == (try store.balance(clientID: 1)))
        let allocated = try store.readFile { db in try Int.fetchAll(db, sql: "SELECT amount_pence FROM allocation ORDER BY id") }
        #expect(allocated == [2_000, 6_840, 500, 2_500, 200])
        #expect(try store.integrityReport().isHealthy)

        let manager = try store.setUpPracticeForUpgradeTest()
        _ = try store.recordPayment(clientID: 1, amount: Pence(1_000), method: .cheque, reference: "chq 000117",
                                    keepRestOnAccount: true, as: manager)
        #expect(try store.statement(clientID: 1).last?.entry.method == .cheque)
        #expect(try store.agedDebt(clientID: 1).unallocatedCredit == Pence(1_300))
    }
}

extension AppDatabase {
    /// A manager for the upgraded practice, so that money can be taken on it.
    fileprivate func setUpPracticeForUpgradeTest() throws -> StaffSession {
        let settings = PracticeSettings(name: "Harbour Vets", address: "1 Quay Street, St Helier", region: .jersey,
                                        lockPeriodHours: 24, dataProtectionContact: "dpo@harbourvets.je")
        return try setUpPractice(settings, manager: NewStaffUser(username: "morgan", displayName: "Morgan Le Sueur",
                                                                 role: .manager, password: "harbour-manager-1"))
    }
}
