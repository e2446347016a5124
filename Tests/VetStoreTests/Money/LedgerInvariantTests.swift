import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

/// Random sequences of the desk's money actions on a real practice file, checking the ledger's
/// invariants after every step. Seeded, so a failure names the seed that reproduces it.
@Suite("Ledger invariants over random money actions")
struct LedgerInvariantTests {
    /// SplitMix64: small, fast and the same on every platform.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test("aged buckets sum to the balance; no invoice outstanding below zero or above its total; allocations never exceed payments",
          arguments: SQLDialect.allCases, [1, 7, 42, 2_025])
    func invariantsHold(engine: SQLDialect, seed: UInt64) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try practice.registerClient()
        let clientID = try client.id.unwrapped("client")
        var random = Seeded(state: seed)
        var db = practice.database
        var today = TestPractice.standardDay
        var recorded = 0
        for step in 0..<45 {
            let amount = Pence(Int.random(in: 1...12_000, using: &random))
            let invoices = try db.invoiceStandings(clientID: clientID).filter { $0.invoice.status == .finalised }
            let chosen = invoices.filter { $0.outstanding.value > 0 }.randomElement(using: &random)?.invoice.id
            // Refusals (too much, nothing to refund) are part of the test: they must leave the ledger as it was.
            let done: Void? = try? { () throws -> Void in
                switch Int.random(in: 0..<9, using: &random) {
                case 0, 1:
                    let draft = try db.draftInvoice(clientID: clientID, lines: [charge("Item \(step)", pence: amount.value)],
                                                    as: practice.receptionist)
                    _ = try db.finaliseInvoice(id: try draft.id.unwrapped("id"), expectedVersion: draft.version,
                                               as: practice.receptionist)
                case 2, 3:
                    _ = try db.recordPayment(clientID: clientID, amount: amount, method: .card,
                                             invoiceIDs: chosen.map { [$0] } ?? [], keepRestOnAccount: Bool.random(using: &random),
                                             as: practice.receptionist)
                case 4: _ = try db.issueCreditNote(clientID: clientID, amount: amount, reason: "Goodwill", as: practice.manager)
                case 5: _ = try db.writeOffDebt(clientID: clientID, amount: amount, reason: "Bad debt", as: practice.manager)
                case 6: _ = try db.recordRefund(clientID: clientID, amount: amount, method: .cheque, reason: "Credit", as: practice.manager)
                case 7:
                    if let id = invoices.randomElement(using: &random)?.invoice.id {
                        _ = try db.reverseInvoice(id: id, reason: "Wrong", as: practice.manager)
                    }
                default:
                    today = today.adding(days: Int.random(in: 5...60, using: &random))
                    db = try practice.reopened(on: today)
                }
            }()
            if done != nil { recorded += 1 }
            try Self.checkInvariants(db, clientID: clientID, context: "seed \(seed), step \(step)")
        }
        // Enough of the actions went through for the sequence to mean something.
        #expect(recorded >= 20)
        #expect(try db.statement(clientID: clientID).count >= 10)
    }

    static func checkInvariants(_ db: AppDatabase, clientID: Int64, context: String) throws {
        let balance = try db.balance(clientID: clientID)
        let aged = try db.agedDebt(clientID: clientID)
        #expect(aged.current + aged.days31to60 + aged.days61to90 + aged.over90 - aged.unallocatedCredit == balance, "\(context)")
        #expect(aged.totalOwed.value == 0 || aged.unallocatedCredit.value == 0, "credit held beside debt: \(context)")
        for standing in try db.invoiceStandings(clientID: clientID) where standing.invoice.status != .draft {
            #expect(standing.outstanding.value >= 0 && standing.outstanding <= standing.invoice.gross, "\(context)")
        }
        let overAllocated = try db.read { db in
            try db.fetchValue(Int.self, """
                SELECT COUNT(*) FROM ledger_entry e
                WHERE e.amount_pence < (SELECT COALESCE(SUM(amount_pence), 0) FROM allocation WHERE credit_entry_id = e.id)
                   OR e.amount_pence < (SELECT COALESCE(SUM(amount_pence), 0) FROM allocation WHERE refund_entry_id = e.id)
                """) ?? -1
        }
        #expect(overAllocated == 0, "\(context)")
        let unbacked = try db.read { db in
            try db.fetchValue(Int.self, """
                SELECT (SELECT COALESCE(SUM(amount_pence), 0) FROM allocation)
                     - (SELECT COALESCE(SUM(amount_pence), 0) FROM ledger_entry
                        WHERE kind IN ('payment','creditNote','writeOff','reversal'))
                """) ?? 1
        }
        #expect(unbacked <= 0, "\(context)")
    }
}
