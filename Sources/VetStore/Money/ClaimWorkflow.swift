import Foundation
import GRDB
import VetSQL
import VetCore

/// A claim as the reception claims list shows it.
public struct ClaimListRow: Sendable, Hashable {
    public var claim: Claim
    public var petName: String
    public var clientID: Int64
    public var clientName: String
    public var insurerName: String
    public var policyNumber: String
}

/// The rules of building and moving claims, shared by the insurance actions.
enum ClaimWorkflow {
    /// Statuses in which a claim still holds its invoice lines: being worked, or paid.
    static let holdingLines: [ClaimStatus] = ClaimStatus.allCases.filter(\.isOpen) + [.paid, .partPaid]

    /// The lines checked for a claim on `policy`: that pet's, on finalised invoices, on no other live claim.
    static func claimableLines(_ db: any SQLConnection, ids: [Int64], policy: Policy) throws -> [(line: InvoiceLine, on: LocalDate)] {
        guard !ids.isEmpty else { throw StoreError.refused("a claim needs at least one invoice line") }
        let holding = holdingLines.map { "'\($0.rawValue)'" }.joined(separator: ",")
        var result: [(line: InvoiceLine, on: LocalDate)] = []
        for id in Set(ids).sorted() {
            let line = try db.fetchRecord(InvoiceLine.self, id: id).orThrow("invoice line")
            let invoice = try db.fetchRecord(Invoice.self, id: line.invoiceId).orThrow("invoice")
            let shown = "line '\(line.description)'"
            guard line.petId == policy.petId else {
                throw StoreError.refused("\(shown) is not for the insured pet, so it cannot go on this claim")
            }
            guard invoice.status == .finalised, let issued = invoice.issuedOn else {
                throw StoreError.refused("\(shown) is on a \(invoice.status == .draft ? "draft" : "reversed") invoice; "
                    + "only lines of finalised invoices can be claimed")
            }
            let other = try db.fetchOne("""
                SELECT c.id, c.status FROM claim c JOIN claim_line cl ON cl.claim_id = c.id
                WHERE cl.invoice_line_id = ? AND c.status IN (\(holding))
                """, [id])
            if let other {
                let status = ClaimStatus(rawValue: try other.decode(String?.self, "status") ?? "") ?? .draft
                let claimID = try other.decode(Int64.self, "id")
                throw StoreError.refused("\(shown) is already on claim \(claimID) (\(status.displayName.lowercased()))")
            }
            let day = line.treatedOn ?? issued
            guard day >= policy.startsOn, policy.endsOn.map({ day <= $0 }) ?? true else {
                let cover = policy.endsOn.map { "\(policy.startsOn.iso) to \($0.iso)" } ?? "from \(policy.startsOn.iso)"
                throw StoreError.refused("\(shown) was treated on \(day.iso), outside policy \(policy.policyNumber)'s cover (\(cover))")
            }
            result.append((line, day))
        }
        return result
    }

    /// Sends the claim to the insurer: status submitted, dated today, and the disclosure of the
    /// owner's and pet's data recorded. A restricted client needs an override reason.
    /// Written against GRDB while the disclosure's categories (`ClaimDisclosure`) are read through it.
    static func submit(_ db: any SQLConnection, claim: inout Claim, expectedVersion: Int, overrideReason: String?, note: String?,
                       at now: Date, today: LocalDate, by user: StaffSession) throws {
        try checkMove(claim, to: .submitted)
        let claimID = try claim.id.orThrow("claim")
        let (client, insurer) = try parties(db, claim: claim)
        try Restriction.check(client, action: "send their details to \(insurer.name) for a claim",
                              overrideReason: overrideReason, db: db, user: user, at: now)
        let from = claim.status
        claim.version = try Versioning.advance(db, table: "claim", id: claimID, expectedVersion: expectedVersion,
                                               at: now, by: user.userID, record: "Claim \(claimID)")
        claim.status = .submitted
        claim.submittedOn = today
        claim.updatedAt = now
        claim.updatedBy = user.userID
        try db.update(claim, id: claimID)
        try event(db, claimID: claimID, from: from, to: .submitted, amount: nil, note: note, at: now, by: user)
        let details = AppDatabase.DisclosureDetails(
            recipient: insurer.name, recipientKind: "insurer",
            categories: try ClaimDisclosure.categories(db, claimID: claimID),
            purpose: "insurance claim", lawfulBasis: "contract / client's instruction")
        _ = try DisclosureLog.append(db, clientID: try client.id.orThrow("client"), details, claimID: claimID,
                                 overrideReason: overrideReason, at: now, by: user.userID)
    }

    static func checkMove(_ claim: Claim, to next: ClaimStatus) throws {
        guard claim.status.canMove(to: next) else {
            throw StoreError.refused(ClaimStatus.transitionError(from: claim.status, to: next).message)
        }
    }

    /// The amount a paid or part-paid move brings in this time; refused for any other move.
    /// What is settled in all stays within what was claimed, and a part-paid claim still falls short of it.
    static func settlement(_ amount: Pence?, to next: ClaimStatus, claim: Claim) throws -> Pence? {
        guard next.isSettlement else {
            if amount != nil {
                throw StoreError.refused("a settled amount is recorded only when a claim is paid or part paid")
            }
            return nil
        }
        guard let amount else {
            throw StoreError.invalid(ValidationError(field: "settled amount",
                message: "a claim moved to \(next.displayName.lowercased()) needs the amount the insurer paid"))
        }
        if claim.status == .partPaid, let closed = claim.closedOn {
            throw StoreError.refused("claim \(claim.id ?? 0) was closed on \(closed.long); it takes no further settlement")
        }
        let paid = try MoneyRules.positive(amount, field: "settled amount")
        let claimed = Pence(claim.amountClaimedPence)
        let before = Pence(claim.settledPence ?? 0)
        let total = before + paid
        guard total <= claimed else {
            let earlier = before.value > 0 ? " with the \(before.formatted) already settled" : ""
            throw StoreError.refused("the settled amount \(paid.formatted)\(earlier) is more than the \(claimed.formatted) claimed")
        }
        if next == .partPaid, total == claimed {
            throw StoreError.refused("\(total.formatted) is the whole amount claimed; move the claim to paid instead")
        }
        return paid
    }

    /// The insurer's payment to the practice on the client's account, paying the claim's invoices first.
    static func payOnAccount(_ db: any SQLConnection, claim: Claim, amount: Pence, on today: LocalDate, at now: Date,
                             by user: StaffSession) throws {
        let claimID = try claim.id.orThrow("claim")
        let entry = try LedgerPosting.post(db, clientID: try billedClient(db, claimID: claimID),
                                           .init(kind: .payment, amount: amount, method: .insurer,
                                                 reference: claim.insurerReference ?? "claim \(claimID)"),
                                           on: today, at: now, by: user.userID,
                                               site: try Sites.working(db, for: user))
        let invoices = try db.fetchValues(Int64.self, """
            SELECT DISTINCT i.id, i.issued_on FROM claim_line cl JOIN invoice_line l ON l.id = cl.invoice_line_id
            JOIN invoice i ON i.id = l.invoice_id WHERE cl.claim_id = ? AND i.status = 'finalised' ORDER BY i.issued_on, i.id
            """, [claimID])
        try Allocator.allocate(db, entry: entry, chosen: invoices, at: now)
    }

    /// The pet's owner (whose data is shared) and the insurer the claim goes to.
    static func parties(_ db: any SQLConnection, claim: Claim) throws -> (client: Client, insurer: Insurer) {
        let pet = try db.fetchRecord(Pet.self, id: claim.petId).orThrow("pet")
        let client = try db.fetchRecord(Client.self, id: pet.clientId).orThrow("client")
        let policy = try db.fetchRecord(Policy.self, id: claim.policyId).orThrow("policy")
        let insurer = try db.fetchRecord(Insurer.self, id: policy.insurerId).orThrow("insurer")
        return (client, insurer)
    }

    /// The client whose account the claimed invoices are on: the one an insurer's payment settles.
    static func billedClient(_ db: any SQLConnection, claimID: Int64) throws -> Int64 {
        try db.fetchValue(Int64.self, """
            SELECT i.client_id FROM claim_line cl JOIN invoice_line l ON l.id = cl.invoice_line_id
            JOIN invoice i ON i.id = l.invoice_id WHERE cl.claim_id = ? ORDER BY i.id LIMIT 1
            """, [claimID]).orThrow("invoice")
    }

    static func event(_ db: any SQLConnection, claimID: Int64, from: ClaimStatus?, to: ClaimStatus, amount: Pence?, note: String?,
                      at now: Date, by user: StaffSession) throws {
        try db.insert(ClaimEvent(id: nil, claimId: claimID, fromStatus: from, toStatus: to, amountPence: amount?.value,
                                 note: note, at: now, by: user.userID))
    }
}
