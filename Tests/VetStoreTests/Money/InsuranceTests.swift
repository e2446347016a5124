import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

@Suite("Insurance claims")
struct InsuranceTests {
    /// A billed consultation for an insured pet, with the insurer and the policy.
    private func insuredVisit(_ practice: TestPractice) throws
        -> (billed: (client: Client, pet: Pet, consultation: Consultation, invoice: Invoice), insurer: Insurer, policy: Policy) {
        let billed = try practice.billedConsultation()
        let insurer = try practice.database.addInsurer(name: "Channel Pet Cover", claimsContact: "claims@cpc.je",
                                                       as: practice.receptionist)
        let policy = try practice.database.addPolicy(petID: try billed.pet.id.unwrapped("pet id"),
                                                     insurerID: try insurer.id.unwrapped("insurer id"), number: "CPC-77812",
                                                     startsOn: day(2024, 6, 1), endsOn: day(2025, 5, 31), excess: Pence(9_900),
                                                     as: practice.receptionist)
        return (billed, insurer, policy)
    }

    private func lineIDs(_ practice: TestPractice, _ invoice: Invoice) throws -> [Int64] {
        try practice.database.invoiceLines(invoiceID: try invoice.id.unwrapped("invoice id")).compactMap(\.id)
    }

    @Test("a claim takes its dates and amount from the lines; a line cannot be claimed twice", arguments: SQLDialect.allCases)
    func createClaim(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let visit = try insuredVisit(practice)
        let policyID = try visit.policy.id.unwrapped("policy id")
        let lines = try lineIDs(practice, visit.billed.invoice)
        let claim = try practice.database.createClaim(policyID: policyID, invoiceLineIDs: lines, condition: "Carpal sprain",
                                                      payTo: .vet, as: practice.receptionist)
        #expect(claim.status == .draft)
        #expect(claim.amountClaimedPence == 6_880)
        #expect(claim.treatmentFrom == TestPractice.standardDay)
        #expect(claim.treatmentTo == TestPractice.standardDay)
        #expect(try practice.database.claimLines(claimID: try claim.id.unwrapped("id")).count == 2)
        let again = refusal {
            _ = try practice.database.createClaim(policyID: policyID, invoiceLineIDs: [lines[1]], condition: "Carpal sprain",
                                                  payTo: .vet, as: practice.receptionist)
        }
        #expect(again == "line 'Meloxicam 1.5 mg/ml, per ml' is already on claim \(claim.id ?? 0) (draft)")
        // Once the first claim is withdrawn its lines can be claimed again.
        _ = try practice.database.moveClaim(id: try claim.id.unwrapped("id"), expectedVersion: claim.version, to: .withdrawn,
                                            as: practice.receptionist)
        let second = try practice.database.createClaim(policyID: policyID, invoiceLineIDs: [lines[1]], condition: "Carpal sprain",
                                                       payTo: .client, as: practice.receptionist)
        #expect(second.amountClaimedPence == 1_480)
    }

    @Test("only the insured pet's lines on finalised invoices, within the cover, can be claimed", arguments: SQLDialect.allCases)
    func claimableLines(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let visit = try insuredVisit(practice)
        let policyID = try visit.policy.id.unwrapped("policy id")
        let clientID = try visit.billed.client.id.unwrapped("client id")
        let otherPet = try practice.registerPet(name: "Pepper", species: "cat", clientID: clientID)
        let draft = try practice.database.draftInvoice(clientID: clientID, lines: [
            charge("X-ray", pence: 9_000, petID: visit.billed.pet.id, on: TestPractice.standardDay),
            charge("Cat bath", pence: 2_000, petID: otherPet.id),
            charge("X-ray last year", pence: 9_000, petID: visit.billed.pet.id, on: day(2024, 5, 1)),
        ], as: practice.vet)
        let ids = try lineIDs(practice, draft)
        func claim(_ id: Int64) -> String {
            refusal { _ = try practice.database.createClaim(policyID: policyID, invoiceLineIDs: [id], condition: "Sprain",
                                                            payTo: .vet, as: practice.receptionist) }
        }
        #expect(claim(ids[0]) == "line 'X-ray' is on a draft invoice; only lines of finalised invoices can be claimed")
        _ = try practice.database.finaliseInvoice(id: try draft.id.unwrapped("id"), expectedVersion: draft.version,
                                                  as: practice.receptionist)
        #expect(claim(ids[1]) == "line 'Cat bath' is not for the insured pet, so it cannot go on this claim")
        #expect(claim(ids[2]) == "line 'X-ray last year' was treated on 2024-05-01, outside policy CPC-77812's cover (2024-06-01 to 2025-05-31)")
        #expect(refusal { _ = try practice.database.createClaim(policyID: policyID, invoiceLineIDs: [], condition: "Sprain",
                                                                payTo: .vet, as: practice.receptionist) }
            == "a claim needs at least one invoice line")
        #expect(refusal { _ = try practice.database.createClaim(policyID: policyID, invoiceLineIDs: [ids[0]], condition: "Sprain",
                                                                payTo: .vet, as: practice.vet) }
            == "A vet cannot manage insurance claims; ask a receptionist or a practice manager.")
    }

    @Test("submitting records the date and a disclosure to the insurer; part paid needs the amount", arguments: SQLDialect.allCases)
    func submitAndSettle(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let visit = try insuredVisit(practice)
        let db = practice.database
        let clientID = try visit.billed.client.id.unwrapped("client id")
        let draft = try db.createClaim(policyID: try visit.policy.id.unwrapped("id"), invoiceLineIDs: try lineIDs(practice, visit.billed.invoice),
                                       condition: "Carpal sprain", payTo: .vet, as: practice.receptionist)
        let claimID = try draft.id.unwrapped("id")
        #expect(refusal { _ = try db.moveClaim(id: claimID, expectedVersion: draft.version, to: .paid, settledAmount: Pence(100),
                                               as: practice.receptionist) }
            == "a claim that is draft cannot be moved to paid; it can move to submitted or withdrawn")
        let submitted = try db.submitClaim(id: claimID, expectedVersion: draft.version, as: practice.receptionist)
        #expect(submitted.status == .submitted)
        #expect(submitted.submittedOn == TestPractice.standardDay)
        let disclosures = try db.viewClient(id: clientID, as: practice.manager).disclosures
        let disclosure = try disclosures.first.unwrapped("disclosure")
        #expect(disclosures.count == 1)
        #expect(disclosure.recipient == "Channel Pet Cover")
        #expect(disclosure.recipientKind == "insurer")
        #expect(disclosure.claimId == claimID)
        #expect(disclosure.categories == "owner's name, address and contact details; pet's details (name, species, breed, age, "
            + "microchip); policy number; clinical notes of 1 consultation; 2 invoice lines with amounts")
        #expect(disclosure.purpose == "insurance claim")
        #expect(disclosure.lawfulBasis == "contract / client's instruction")

        #expect(refusal { _ = try db.moveClaim(id: claimID, expectedVersion: submitted.version, to: .partPaid, as: practice.receptionist) }
            == "a claim moved to part paid needs the amount the insurer paid")
        #expect(refusal { _ = try db.moveClaim(id: claimID, expectedVersion: submitted.version, to: .partPaid,
                                               settledAmount: Pence(7_000), as: practice.receptionist) }
            == "the settled amount £70.00 is more than the £68.80 claimed")
        let stale = refusal { _ = try db.moveClaim(id: claimID, expectedVersion: draft.version, to: .declined, as: practice.manager) }
        #expect(stale.hasPrefix("Claim \(claimID) was changed by Tom Renouf (receptionist)"))

        let partPaid = try db.moveClaim(id: claimID, expectedVersion: submitted.version, to: .partPaid, settledAmount: Pence(4_000),
                                        note: "Excess deducted", insurerReference: "CPC-C-5521", as: practice.receptionist)
        #expect(partPaid.settledPence == 4_000)
        #expect(partPaid.insurerReference == "CPC-C-5521")
        let payment = try db.statement(clientID: clientID).last.unwrapped("insurer payment")
        #expect(payment.entry.method == .insurer)
        #expect(payment.entry.reference == "CPC-C-5521")
        #expect(try db.balance(clientID: clientID) == Pence(2_880))
        #expect(try db.claimEvents(claimID: claimID).map(\.toStatus) == [.draft, .submitted, .partPaid])
        #expect(try db.claimEvents(claimID: claimID).last?.amountPence == 4_000)
        #expect(refusal { _ = try db.moveClaim(id: claimID, expectedVersion: partPaid.version, to: .submitted, as: practice.receptionist) }
            == "a claim that is part paid cannot be moved to submitted; it can move to part paid or paid")
        #expect(refusal { _ = try db.reverseInvoice(id: try visit.billed.invoice.id.unwrapped("id"), reason: "Wrong", as: practice.manager) }
            == "invoice INV-2025-00001 has lines on insurance claim \(claimID); withdraw the claim before reversing the invoice")
    }

    @Test("a restricted client's claim is not sent without an override reason, which is logged", arguments: SQLDialect.allCases)
    func restrictedClient(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let visit = try insuredVisit(practice)
        let db = practice.database
        let clientID = try visit.billed.client.id.unwrapped("client id")
        let draft = try db.createClaim(policyID: try visit.policy.id.unwrapped("id"), invoiceLineIDs: try lineIDs(practice, visit.billed.invoice),
                                       condition: "Carpal sprain", payTo: .client, as: practice.receptionist)
        let claimID = try draft.id.unwrapped("id")
        try practice.restrictProcessing(clientID: clientID)
        let message = refusal { _ = try db.submitClaim(id: claimID, expectedVersion: draft.version, as: practice.receptionist) }
        #expect(message.hasPrefix("processing of Mrs Zoë Le Brun's data is restricted under a data-protection request, so you cannot send their details to Channel Pet Cover"))
        #expect(try db.claim(id: claimID).status == .draft)
        let sent = try db.submitClaim(id: claimID, expectedVersion: draft.version, overrideReason: "consent: client asked in writing to claim",
                                      as: practice.manager)
        #expect(sent.status == .submitted)
        let view = try db.viewClient(id: clientID, as: practice.manager)
        #expect(view.disclosures.first?.overrideReason == "consent: client asked in writing to claim")
        #expect(try practice.auditActions(clientID: clientID).filter { $0 == "override restriction" }.count == 1)
    }

    @Test("the claims list finds claims to chase, and a claim holds where its paper copy is filed", arguments: SQLDialect.allCases)
    func claimsListAndPaperCopy(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let visit = try insuredVisit(practice)
        let draft = try practice.database.createClaim(policyID: try visit.policy.id.unwrapped("id"),
                                                      invoiceLineIDs: try lineIDs(practice, visit.billed.invoice),
                                                      condition: "Carpal sprain", payTo: .vet, as: practice.receptionist)
        let claimID = try draft.id.unwrapped("id")
        _ = try practice.database.submitClaim(id: claimID, expectedVersion: draft.version, as: practice.receptionist)
        let filed = try practice.database.setPaperCopyLocation(claimID: claimID, location: " Claims cabinet, drawer 2 ",
                                                               as: practice.receptionist)
        #expect(filed.paperCopyLocation == "Claims cabinet, drawer 2")
        let inApril = try practice.reopened(on: day(2025, 4, 10))
        let chase = try inApril.claims(status: .submitted, submittedBefore: inApril.clock.today().adding(days: -30))
        #expect(chase.map(\.claim.id) == [claimID])
        #expect(chase.first?.insurerName == "Channel Pet Cover")
        #expect(chase.first?.petName == "Biscuit")
        #expect(chase.first?.clientName == "Le Brun, Zoë")
        #expect(try inApril.claims(status: .submitted, submittedBefore: day(2025, 3, 1)).isEmpty)
        #expect(try inApril.claims(insurerID: (visit.insurer.id ?? 0) + 1).isEmpty)
        #expect(try inApril.claims(status: .draft).isEmpty)
    }
}
