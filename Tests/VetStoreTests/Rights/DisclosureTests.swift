import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

/// Disclosures to any kind of recipient, and a claim's disclosure listing what it really sent.
@Suite("disclosures")
struct DisclosureTests {
    /// A finalised consultation of `kind` (online ones wait `queue` minutes), insured, and a claim on its lines.
    private func claim(_ practice: TestPractice, kind: ConsultationKind, queue: String = "") throws -> (client: Int64, claim: Claim) {
        let (client, pet) = try practice.registerClientWithPet()
        var form = ConsultationForm()
        form.kind = kind
        form.queueMinutes = queue
        form.reason = "Itchy skin"
        form.lines = [Treatments.consultation]
        let logged = try practice.database.logConsultation(petID: try pet.id.orThrow("pet"),
                                                           details: try form.validated(today: TestPractice.standardDay),
                                                           as: practice.vet)
        let draft = try logged.invoice.orThrow("invoice")
        let invoice = try practice.database.finaliseInvoice(id: try draft.id.orThrow("invoice"),
                                                            expectedVersion: draft.version, as: practice.receptionist)
        let insurer = try practice.database.addInsurer(name: "Channel Pet Cover", claimsContact: "", as: practice.receptionist)
        let policy = try practice.database.addPolicy(petID: try pet.id.orThrow("pet"), insurerID: try insurer.id.orThrow("insurer"),
                                                     number: "CPC-1", startsOn: day(2024, 6, 1), endsOn: nil, excess: Pence(0),
                                                     as: practice.receptionist)
        let lines = try practice.database.invoiceLines(invoiceID: try invoice.id.orThrow("invoice")).compactMap(\.id)
        let claim = try practice.database.createClaim(policyID: try policy.id.orThrow("policy"), invoiceLineIDs: lines,
                                                      condition: "Dermatitis", payTo: .vet, as: practice.receptionist)
        return (try client.id.orThrow("client"), claim)
    }

    private func categoriesSent(_ practice: TestPractice, clientID: Int64) throws -> String? {
        try practice.read { db in
            try db.fetchValue(String.self, "SELECT categories FROM disclosure WHERE client_id = ? AND claim_id IS NOT NULL",
                                [clientID])
        }
    }

    @Test(arguments: SQLDialect.allCases)
    func aClaimForAnOnlineConsultationListsTheQueueTimeAmongWhatTheInsurerReceived(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (client, claim) = try self.claim(practice, kind: .video, queue: "14")
        try practice.database.submitClaim(id: try claim.id.orThrow("claim"), expectedVersion: claim.version, as: practice.receptionist)
        let sent = try #require(try categoriesSent(practice, clientID: client))
        #expect(sent.contains("online consultation queue time"), "\(sent)")
        #expect(sent.contains("clinical notes of 1 consultation") && sent.contains("1 invoice line with amounts"), "\(sent)")
    }

    @Test(arguments: SQLDialect.allCases)
    func aClaimForAVisitInPersonSendsNoQueueTime(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (client, claim) = try self.claim(practice, kind: .inPerson)
        try practice.database.submitClaim(id: try claim.id.orThrow("claim"), expectedVersion: claim.version, as: practice.receptionist)
        let sent = try #require(try categoriesSent(practice, clientID: client))
        #expect(!sent.contains("queue"), "\(sent)")
        #expect(sent.contains("owner's name, address and contact details"))
    }

    @Test(arguments: SQLDialect.allCases)
    func everyKindOfRecipientCanBeLoggedAndPickedByNumberOrWords(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try #require(try practice.registerClient().id)
        for kind in DisclosureRecipientKind.allCases {
            try practice.database.logDisclosure(clientID: client, AppDatabase.DisclosureDetails(
                recipient: "Recipient \(kind.rawValue)", recipientKind: kind.rawValue, categories: "contact details",
                purpose: "test", lawfulBasis: "legitimate interests"), as: practice.receptionist)
        }
        let kinds = try practice.read { db in
            try db.fetchValues(String.self, "SELECT recipient_kind FROM disclosure WHERE client_id = ? ORDER BY id", [client])
        }
        #expect(kinds == DisclosureRecipientKind.allCases.map(\.rawValue))
        #expect(DisclosureRecipientKind.pick("4") == .debtCollector)
        #expect(DisclosureRecipientKind.pick("police") == .regulator)
        #expect(DisclosureRecipientKind.pick("another practice") == .practice)
        #expect(DisclosureRecipientKind.pick("8") == nil)
    }
}
