import Foundation
import GRDB
import VetSQL
import VetCore

/// What an erasure did to one category of a client's data.
public struct ErasureOutcomeRow: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "dsr_erasure_outcome"
    public enum Outcome: String, Codable, Sendable, DatabaseValueConvertible, SQLValueConvertible { case erased, anonymised, kept }
    public var id: Int64?
    public var requestId: Int64
    public var category: String
    public var outcome: Outcome
    /// Why: what was removed, or the legal ground for keeping it.
    public var reason: String
    /// The date until which kept data must stay; nil when erased, anonymised or kept with no end.
    public var keptUntil: LocalDate?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// "Clinical records: kept until 2032-03-03 — …".
    public var sentence: String {
        let until = keptUntil.map { " until \($0.iso)" } ?? ""
        return "\(category): \(outcome.rawValue)\(until) — \(reason)"
    }
}

/// A recipient from the disclosure log who must be told of a rectification or an erasure.
public struct RecipientNotice: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "dsr_recipient_notice"
    public var id: Int64?
    public var requestId: Int64
    public var disclosureId: Int64
    public var toldOn: LocalDate?
    public var recordedAt: Date
    public var recordedBy: Int64

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A restriction of processing started under a request; lifted only once the person was told.
public struct RestrictionRecord: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "dsr_restriction"
    public var id: Int64?
    public var requestId: Int64
    public var clientId: Int64
    public var reason: String
    public var startedAt: Date
    public var startedBy: Int64
    public var personToldOn: LocalDate?
    public var liftedAt: Date?
    public var liftedBy: Int64?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// The practice's decision on an objection to processing on legitimate interests.
public struct ObjectionDecision: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "dsr_objection_decision"
    public var id: Int64?
    public var requestId: Int64
    public var upheld: Bool
    public var reason: String
    public var decidedAt: Date
    public var decidedBy: Int64

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
