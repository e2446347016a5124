import Foundation
import GRDB
import VetSQL
import VetCore

/// Insurers, pet policies and claims: a claim is built from a pet's invoice lines, submitted
/// (a disclosure to the insurer) and followed until the insurer pays, part pays or declines.
extension AppDatabase {
    @discardableResult
    public func addInsurer(name: String, claimsContact: String = "", as user: StaffSession) throws -> Insurer {
        let title = try MoneyRules.required(name, field: "insurer name", maxLength: 120)
        let contact = try MoneyRules.optional(claimsContact, field: "claims contact", maxLength: 200) ?? ""
        let now = self.now
        return try perform(.managePolicies, as: user) { db in
            if try db.exists("SELECT 1 FROM insurer WHERE \(db.dialect.caseInsensitiveEquals("name"))", [title]) {
                throw StoreError.invalid(ValidationError(field: "insurer name", message: "an insurer called \(title) already exists"))
            }
            var insurer = Insurer(id: nil, name: title, claimsContact: contact)
            insurer.id = try db.insert(insurer)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "add insurer", recordType: "insurer",
                                  recordID: insurer.id, clientID: nil, detail: title)
            return insurer
        }
    }

    public func insurers() throws -> [Insurer] {
        try read { db in
            try db.fetchRecords(Insurer.self, "SELECT * FROM insurer ORDER BY \(db.dialect.caseInsensitiveOrder("name"))")
        }
    }

    /// Records a pet's policy; the excess is what the owner pays towards each claim.
    @discardableResult
    public func addPolicy(petID: Int64, insurerID: Int64, number: String, startsOn: LocalDate, endsOn: LocalDate?,
                          excess: Pence, as user: StaffSession) throws -> Policy {
        let policyNumber = try MoneyRules.required(number, field: "policy number", maxLength: 40)
        if excess.isNegative {
            throw StoreError.invalid(ValidationError(field: "excess", message: "excess \(excess.formatted) must not be negative"))
        }
        if let endsOn, endsOn < startsOn {
            throw StoreError.invalid(ValidationError(field: "end date",
                message: "the policy ends on \(endsOn.iso), before it starts on \(startsOn.iso)"))
        }
        let now = self.now
        return try perform(.managePolicies, as: user) { db in
            let pet = try db.fetchRecord(Pet.self, id: petID).orThrow("pet")
            _ = try db.fetchRecord(Insurer.self, id: insurerID).orThrow("insurer")
            var policy = Policy(id: nil, petId: petID, insurerId: insurerID, policyNumber: policyNumber, startsOn: startsOn,
                                endsOn: endsOn, excessPence: excess.value, version: 1, updatedAt: now, updatedBy: user.userID)
            policy.id = try db.insert(policy)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "add policy", recordType: "policy",
                                  recordID: policy.id, clientID: pet.clientId, detail: "\(pet.name): \(policyNumber)")
            return policy
        }
    }

    public func policies(petID: Int64) throws -> [Policy] {
        try read { db in
            try db.fetchRecords(Policy.self, "SELECT * FROM policy WHERE pet_id = ? ORDER BY starts_on DESC", [petID])
        }
    }

    /// A draft claim from invoice lines of the policy's pet. The treatment dates and the amount
    /// claimed (the lines' gross) come from the lines.
    @discardableResult
    public func createClaim(policyID: Int64, invoiceLineIDs: [Int64], condition: String, payTo: ClaimPayee,
                            as user: StaffSession) throws -> Claim {
        let diagnosis = try MoneyRules.required(condition, field: "condition", maxLength: 200)
        let now = self.now
        return try perform(.manageClaims, as: user) { db in
            let policy = try db.fetchRecord(Policy.self, id: policyID).orThrow("policy")
            let lines = try ClaimWorkflow.claimableLines(db, ids: invoiceLineIDs, policy: policy)
            let days = lines.map(\.on)
            guard let from = days.min(), let to = days.max() else { throw StoreError.refused("a claim needs at least one invoice line") }
            var claim = Claim(id: nil, policyId: policyID, petId: policy.petId, condition: diagnosis, treatmentFrom: from,
                              treatmentTo: to, amountClaimedPence: lines.map(\.line.gross).sum().value, payTo: payTo.rawValue,
                              insurerReference: nil, status: .draft, settledPence: nil, submittedOn: nil,
                              paperCopyLocation: nil, createdAt: now, version: 1, updatedAt: now, updatedBy: user.userID,
                              closedOn: nil)
            claim.id = try db.insert(claim)
            let claimID = try claim.id.orThrow("claim")
            for entry in lines {
                try db.execute("INSERT INTO claim_line (claim_id, invoice_line_id) VALUES (?, ?)", [claimID, entry.line.id])
            }
            try ClaimWorkflow.event(db, claimID: claimID, from: nil, to: .draft, amount: nil, note: nil, at: now, by: user)
            let clientID = try db.fetchValue(Int64.self, "SELECT client_id FROM pet WHERE id = ?", [policy.petId])
            try AuditTrail.record(db, at: now, userID: user.userID, action: "create claim", recordType: "claim",
                                  recordID: claimID, clientID: clientID, detail: "\(diagnosis) \(Pence(claim.amountClaimedPence).formatted)")
            return claim
        }
    }

    /// Sends a draft (or answered) claim to the insurer and records that disclosure. For a client
    /// whose processing is restricted, refused unless `overrideReason` is given, which is logged.
    @discardableResult
    public func submitClaim(id: Int64, expectedVersion: Int, overrideReason: String? = nil,
                            as user: StaffSession) throws -> Claim {
        let now = self.now
        let today = self.today
        return try perform(.manageClaims, as: user) { db in
            var claim = try db.fetchRecord(Claim.self, id: id).orThrow("claim")
            try ClaimWorkflow.submit(db, claim: &claim, expectedVersion: expectedVersion, overrideReason: overrideReason,
                                     note: nil, at: now, today: today, by: user)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "submit claim", recordType: "claim",
                                  recordID: id, clientID: try ClaimWorkflow.parties(db, claim: claim).client.id)
            return claim
        }
    }

    /// Moves a claim along its workflow. Paid and part paid need the amount the insurer settled
    /// this time; a part-paid claim takes further settlements until it is closed, and what is
    /// settled in all is never more than was claimed. When the insurer pays the practice, the
    /// money goes on the client's account (method insurer), allocated to the claim's invoices
    /// first, unless `recordPaymentOnAccount` is false because it was taken separately.
    @discardableResult
    public func moveClaim(id: Int64, expectedVersion: Int, to next: ClaimStatus, settledAmount: Pence? = nil,
                          note: String? = nil, insurerReference: String? = nil, recordPaymentOnAccount: Bool = true,
                          as user: StaffSession) throws -> Claim {
        let remark = try MoneyRules.optional(note, field: "note", maxLength: 500)
        let reference = try MoneyRules.optional(insurerReference, field: "insurer's claim number", maxLength: 60)
        let now = self.now
        let today = self.today
        return try perform(.manageClaims, as: user) { db in
            var claim = try db.fetchRecord(Claim.self, id: id).orThrow("claim")
            if let reference { claim.insurerReference = reference }
            if next == .submitted {
                try ClaimWorkflow.submit(db, claim: &claim, expectedVersion: expectedVersion, overrideReason: nil,
                                         note: remark, at: now, today: today, by: user)
            } else {
                try ClaimWorkflow.checkMove(claim, to: next)
                let settled = try ClaimWorkflow.settlement(settledAmount, to: next, claim: claim)
                let from = claim.status
                claim.version = try Versioning.advance(db, table: "claim", id: id, expectedVersion: expectedVersion,
                                                       at: now, by: user.userID, record: "Claim \(id)")
                claim.status = next
                claim.settledPence = settled.map { $0.value + (claim.settledPence ?? 0) }
                    ?? (next == .declined ? 0 : claim.settledPence)
                claim.updatedAt = now
                claim.updatedBy = user.userID
                try db.update(claim, id: id)
                try ClaimWorkflow.event(db, claimID: id, from: from, to: next, amount: settled, note: remark, at: now, by: user)
                if let settled, claim.payTo == ClaimPayee.vet.rawValue, recordPaymentOnAccount {
                    try user.require(.recordPayment)
                    try ClaimWorkflow.payOnAccount(db, claim: claim, amount: settled, on: today, at: now, by: user)
                }
            }
            try AuditTrail.record(db, at: now, userID: user.userID, action: "move claim to \(next.rawValue)",
                                  recordType: "claim", recordID: id,
                                  clientID: try ClaimWorkflow.parties(db, claim: claim).client.id, detail: remark ?? "")
            return claim
        }
    }

    /// Where the paper copy of the claim form is filed ("claims cabinet, drawer 2"); nil or blank clears it.
    @discardableResult
    public func setPaperCopyLocation(claimID: Int64, location: String?, as user: StaffSession) throws -> Claim {
        let place = try MoneyRules.optional(location, field: "paper copy location", maxLength: 200)
        let now = self.now
        return try perform(.manageClaims, as: user) { db in
            var claim = try db.fetchRecord(Claim.self, id: claimID).orThrow("claim")
            claim.version = try Versioning.advance(db, table: "claim", id: claimID, expectedVersion: claim.version,
                                                   at: now, by: user.userID, record: "Claim \(claimID)")
            claim.paperCopyLocation = place
            claim.updatedAt = now
            claim.updatedBy = user.userID
            try db.update(claim, id: claimID)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "file paper copy", recordType: "claim",
                                  recordID: claimID, clientID: try ClaimWorkflow.parties(db, claim: claim).client.id,
                                  detail: place ?? "cleared")
            return claim
        }
    }

    /// The reception claims list, oldest submission first. `submittedBefore` finds claims to chase
    /// (e.g. submitted more than 30 days ago).
    public func claims(status: ClaimStatus? = nil, insurerID: Int64? = nil,
                       submittedBefore: LocalDate? = nil) throws -> [ClaimListRow] {
        try read { db in
            var conditions: [String] = []
            var arguments = SQLArguments()
            if let status { conditions.append("c.status = ?"); arguments.append(status.rawValue) }
            if let insurerID { conditions.append("p.insurer_id = ?"); arguments.append(insurerID) }
            if let submittedBefore { conditions.append("c.submitted_on < ?"); arguments.append(submittedBefore) }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let rows = try db.fetchAll("""
                SELECT c.id, pet.name AS pet_name, pet.client_id, i.name AS insurer_name, p.policy_number
                FROM claim c JOIN policy p ON p.id = c.policy_id JOIN insurer i ON i.id = p.insurer_id
                JOIN pet ON pet.id = c.pet_id \(filter)
                ORDER BY c.submitted_on IS NULL, c.submitted_on, c.id
                """, arguments)
            return try rows.map { row in
                let clientID = try row.decode(Int64.self, "client_id")
                let claim = try db.fetchRecord(Claim.self, id: try row.decode(Int64.self, "id")).orThrow("claim")
                let client = try db.fetchRecord(Client.self, id: clientID).orThrow("client")
                return ClaimListRow(claim: claim, petName: try row.decode(String.self, "pet_name"), clientID: clientID,
                                    clientName: client.listName, insurerName: try row.decode(String.self, "insurer_name"),
                                    policyNumber: try row.decode(String.self, "policy_number"))
            }
        }
    }

    public func claim(id: Int64) throws -> Claim {
        try read { db in try db.fetchRecord(Claim.self, id: id).orThrow("claim") }
    }

    /// The claim's history, oldest first.
    public func claimEvents(claimID: Int64) throws -> [ClaimEvent] {
        try read { db in
            try db.fetchRecords(ClaimEvent.self, "SELECT * FROM claim_event WHERE claim_id = ? ORDER BY at, id", [claimID])
        }
    }

    /// The invoice lines the claim was built from.
    public func claimLines(claimID: Int64) throws -> [InvoiceLine] {
        try read { db in
            try db.fetchRecords(InvoiceLine.self, """
                SELECT * FROM invoice_line WHERE id IN (SELECT invoice_line_id FROM claim_line WHERE claim_id = ?) ORDER BY id
                """, [claimID])
        }
    }
}
