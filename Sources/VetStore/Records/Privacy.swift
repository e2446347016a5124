import Foundation
import GRDB
import VetCore

/// One marketing consent event; the current state per channel × purpose is the latest event.
public struct ConsentEvent: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "consent_event"
    public var id: Int64?
    public var clientId: Int64
    public var channel: ConsentChannel
    public var purpose: ConsentPurpose
    public var action: ConsentAction
    public var basis: ConsentBasis?
    public var source: ConsentSource
    public var wordingVersion: String?
    public var recordedAt: Date
    public var recordedBy: Int64

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A "never market to" entry that outlives anonymisation of the client it came from.
public struct Suppression: SnakeCaseRecord, Hashable {
    public static let databaseTableName = "suppression"
    public var id: Int64?
    public var clientId: Int64?
    public var email: String?
    public var phoneDigits: String?
    public var reason: String
    public var createdAt: Date
    public var createdBy: Int64

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// Client data leaving the practice: feeds "recipients" in access packs and who to tell on rectification.
public struct Disclosure: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "disclosure"
    public var id: Int64?
    public var clientId: Int64
    public var recipient: String
    public var recipientKind: String
    public var categories: String
    public var purpose: String
    public var lawfulBasis: String
    public var disclosedAt: Date
    public var claimId: Int64?
    public var overrideReason: String?
    public var recordedBy: Int64

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A call, email, letter or text to or from a client.
public struct Communication: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "communication"
    public var id: Int64?
    public var clientId: Int64
    public var direction: String
    public var channel: String
    public var summary: String
    public var occurredAt: Date
    public var recordedBy: Int64

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One row of the append-only audit trail; `hash` chains it to the row before.
public struct AuditEntry: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "audit_entry"
    public var id: Int64?
    /// 1, 2, 3 … without gaps (nil only in files not yet upgraded): a missing number is a deleted entry.
    public var seq: Int64?
    public var at: Date
    public var userId: Int64?
    public var action: String
    public var recordType: String
    public var recordId: Int64?
    public var clientId: Int64?
    public var detail: String
    public var previousHash: String
    public var hash: String

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
