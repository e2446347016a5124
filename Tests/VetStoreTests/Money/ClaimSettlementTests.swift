import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

@Suite("Insurer settlements: part paid until closed, allocated to the claim's invoices")
struct ClaimSettlementTests {
    /// A submitted claim, paid to the practice, for all of a billed consultation (£68.80), with
    /// an older unpaid invoice on the same account.
    private func submittedClaim(_ practice: TestPractice) throws -> (clientID: Int64, invoice: Invoice, older: Invoice, claim: Claim) {
        let db = practice.database
        let (client, pet) = try practice.registerClientWithPet()
        let clientID = try client.id.unwrapped("client id")
        let january = try practice.reopened(on: day(2025, 1, 10))
        let older = try AllocationTests.finalisedInvoice(january, practice: practice, clientID: clientID, pence: 3_000, what: "Bath")
        let logged = try db.logConsultation(petID: try pet.id.unwrapped("pet id"), details: try Treatments.note(), as: practice.vet)
        let draft = try logged.invoice.unwrapped("draft")
        let invoice = try db.finaliseInvoice(id: try draft.id.unwrapped("id"), expectedVersion: draft.version, as: practice.receptionist)
        let insurer = try db.addInsurer(name: "Channel Pet Cover", as: practice.receptionist)
        let policy = try db.addPolicy(petID: try pet.id.unwrapped("pet"), insurerID: try insurer.id.unwrapped("insurer"),
                                      number: "CPC-1", startsOn: day(2024, 6, 1), endsOn: nil, excess: .zero, as: practice.receptionist)
        let lines = try db.invoiceLines(invoiceID: try invoice.id.unwrapped("id")).compactMap(\.id)
        let claim = try db.createClaim(policyID: try policy.id.unwrapped("policy"), invoiceLineIDs: lines, condition: "Sprain",
                                       payTo: .vet, as: practice.receptionist)
        let submitted = try db.submitClaim(id: try claim.id.unwrapped("claim"), expectedVersion: claim.version,
                                           as: practice.receptionist)
        return (clientID, invoice, older, submitted)
    }

    @Test("a part-paid claim takes further settlements, each paying the claim's invoice, never beyond the claim", arguments: SQLDialect.allCases)
    func furtherSettlements(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let setup = try submittedClaim(practice)
        let db = practice.database
        let claimID = try setup.claim.id.unwrapped("claim")
        let invoiceID = try setup.invoice.id.unwrapped("invoice")
        let first = try db.moveClaim(id: claimID, expectedVersion: setup.claim.version, to: .partPaid,
                                     settledAmount: Pence(4_000), as: practice.receptionist)
        // The insurer's money pays the claimed invoice, not the older one.
        #expect(try db.invoiceStanding(id: invoiceID).outstanding == Pence(2_880))
        #expect(try db.invoiceStanding(id: try setup.older.id.unwrapped("older")).outstanding == Pence(3_000))
        #expect(refusal { _ = try db.moveClaim(id: claimID, expectedVersion: first.version, to: .partPaid,
                                               settledAmount: Pence(2_880), as: practice.receptionist) }
            == "£68.80 is the whole amount claimed; move the claim to paid instead")
        #expect(refusal { _ = try db.moveClaim(id: claimID, expectedVersion: first.version, to: .paid,
                                               settledAmount: Pence(3_000), as: practice.receptionist) }
            == "the settled amount £30.00 with the £40.00 already settled is more than the £68.80 claimed")
        let second = try db.moveClaim(id: claimID, expectedVersion: first.version, to: .partPaid,
                                      settledAmount: Pence(1_000), as: practice.receptionist)
        #expect(second.settledPence == 5_000)
        let paid = try db.moveClaim(id: claimID, expectedVersion: second.version, to: .paid,
                                    settledAmount: Pence(1_880), as: practice.receptionist)
        #expect(paid.status == .paid)
        #expect(paid.settledPence == 6_880)
        #expect(try db.invoiceStanding(id: invoiceID).paymentStatus == .paid)
        #expect(try db.claimEvents(claimID: claimID).compactMap(\.amountPence) == [4_000, 1_000, 1_880])
        #expect(try db.balance(clientID: setup.clientID) == Pence(3_000))
    }

    @Test("a closed part-paid claim takes no more; the rest stays for the client", arguments: SQLDialect.allCases)
    func closing(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let setup = try submittedClaim(practice)
        let db = practice.database
        let claimID = try setup.claim.id.unwrapped("claim")
        #expect(refusal { _ = try db.closeClaim(id: claimID, expectedVersion: setup.claim.version, as: practice.receptionist) }
            == "only a part-paid claim is closed; claim \(claimID) is submitted")
        let part = try db.moveClaim(id: claimID, expectedVersion: setup.claim.version, to: .partPaid,
                                    settledAmount: Pence(4_000), as: practice.receptionist)
        let closed = try db.closeClaim(id: claimID, expectedVersion: part.version, note: "Policy limit reached",
                                       as: practice.receptionist)
        #expect(closed.closedOn == TestPractice.standardDay)
        #expect(!closed.awaitsSettlement)
        #expect(refusal { _ = try db.moveClaim(id: claimID, expectedVersion: closed.version, to: .paid,
                                               settledAmount: Pence(100), as: practice.receptionist) }
            == "claim \(claimID) was closed on \(TestPractice.standardDay.long); it takes no further settlement")
        #expect(try db.claimEvents(claimID: claimID).last?.note == "Closed with £40.00 settled: Policy limit reached")
        #expect(try db.invoiceStanding(id: try setup.invoice.id.unwrapped("id")).outstanding == Pence(2_880))
    }
}
