import Foundation
import GRDB
import VetSQL
import VetCore

/// An invoice: a draft while it can change, then finalised with a number, and reversed rather than edited.
public struct Invoice: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "invoice"
    public enum Status: String, Codable, Sendable, DatabaseValueConvertible, SQLValueConvertible { case draft, finalised, reversed }
    public var id: Int64?
    public var clientId: Int64
    public var consultationId: Int64?
    public var number: String?
    public var status: Status
    public var issuedOn: LocalDate?
    public var netPence: Int
    public var vatPence: Int
    public var grossPence: Int
    public var createdAt: Date
    public var version: Int
    public var updatedAt: Date
    public var updatedBy: Int64?
    /// The site that drew it up.
    public var siteId: Int64

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
    public var gross: Pence { Pence(grossPence) }
}

/// One priced line of an invoice; a claim is built from these.
public struct InvoiceLine: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "invoice_line"
    public var id: Int64?
    public var invoiceId: Int64
    public var petId: Int64?
    public var treatmentLineId: Int64?
    public var description: String
    public var quantity: Int
    public var unitPricePence: Int
    public var vatBasisPoints: Int
    public var netPence: Int
    public var vatPence: Int
    public var treatedOn: LocalDate?
    /// The price-list item the line was picked from, so the pet's allergy alerts can be checked.
    public var priceItemId: Int64? = nil
    /// Why the item was given although it matched one of the pet's allergy alerts.
    public var allergyReason: String? = nil

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
    public var gross: Pence { Pence(netPence + vatPence) }
}

/// A movement on a client's account. `balanceEffectPence` is positive when the client owes more.
public struct LedgerEntry: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "ledger_entry"
    public var id: Int64?
    public var clientId: Int64
    public var kind: LedgerEntryKind
    public var amountPence: Int
    public var balanceEffectPence: Int
    public var entryOn: LocalDate
    public var invoiceId: Int64?
    public var method: PaymentMethod?
    public var reference: String?
    public var note: String?
    public var recordedAt: Date
    public var recordedBy: Int64
    /// The site it was recorded at: takings are counted by it.
    public var siteId: Int64

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

public struct Insurer: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "insurer"
    public var id: Int64?
    public var name: String
    public var claimsContact: String

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A pet's insurance policy.
public struct Policy: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "policy"
    public var id: Int64?
    public var petId: Int64
    public var insurerId: Int64
    public var policyNumber: String
    public var startsOn: LocalDate
    public var endsOn: LocalDate?
    public var excessPence: Int
    public var version: Int
    public var updatedAt: Date
    public var updatedBy: Int64?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// An insurance claim built from invoice lines of one pet, moving along `ClaimStatus`.
public struct Claim: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "claim"
    public var id: Int64?
    public var policyId: Int64
    public var petId: Int64
    public var condition: String
    public var treatmentFrom: LocalDate
    public var treatmentTo: LocalDate
    public var amountClaimedPence: Int
    /// "vet" or "client": who the insurer pays.
    public var payTo: String
    public var insurerReference: String?
    public var status: ClaimStatus
    public var settledPence: Int?
    public var submittedOn: LocalDate?
    /// Where the practice filed the paper copy of the claim form, for access requests.
    public var paperCopyLocation: String?
    public var createdAt: Date
    public var version: Int
    public var updatedAt: Date
    public var updatedBy: Int64?
    /// When the practice closed a part-paid claim: no further settlement is expected.
    public var closedOn: LocalDate?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// A part-paid claim not yet closed, which may still receive money from the insurer.
    public var awaitsSettlement: Bool { status == .partPaid && closedOn == nil }
}

public struct ClaimEvent: SnakeCaseRecord, Hashable {
    public static let databaseTableName = "claim_event"
    public var id: Int64?
    public var claimId: Int64
    public var fromStatus: ClaimStatus?
    public var toStatus: ClaimStatus
    public var amountPence: Int?
    public var note: String?
    public var at: Date
    public var by: Int64

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
