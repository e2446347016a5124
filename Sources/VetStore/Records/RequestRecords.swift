import Foundation
import GRDB
import VetCore

/// A data-protection request as registered. Its clock results are stored for the queue.
public struct DataRequest: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "dsr_request"
    public var id: Int64?
    public var reference: String
    /// Comma-separated `RequestKind` raw values: one case may carry several kinds on one clock.
    public var kinds: String
    public var requesterName: String
    public var requesterContact: String
    /// A third party acting for the client, with written authority.
    public var onBehalfOfClient: Bool
    public var authorityNote: String?
    public var clientId: Int64?
    public var channel: RequestChannel
    public var receivedOn: LocalDate
    public var identityAskedOn: LocalDate?
    public var identityReceivedOn: LocalDate?
    public var identityMethod: String?
    public var feeAskedOn: LocalDate?
    public var feePaidOn: LocalDate?
    public var extended: Bool
    public var extensionReason: String?
    public var extensionNoticeOn: LocalDate?
    public var assigneeId: Int64?
    public var status: RequestStatus
    public var notes: String?
    public var outcome: String?
    public var relevantTime: LocalDate
    public var pausedDays: Int
    public var dueOn: LocalDate
    public var targetOn: LocalDate
    public var extensionNoticeBy: LocalDate
    public var closedOn: LocalDate?
    /// Why no identity evidence is needed (e.g. a known client in person); nil when it is or may be.
    public var identityWaivedReason: String?
    /// How a third-party requester relates to the client ("solicitor", "daughter with power of attorney").
    public var thirdPartyRelationship: String?
    /// The day the third party's written authority arrived; disclosure to them waits for it.
    public var authorityReceivedOn: LocalDate?
    /// The day the response was sent; it closes the request.
    public var responseSentOn: LocalDate?
    public var createdAt: Date
    public var version: Int
    public var updatedAt: Date
    public var updatedBy: Int64?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    public var kindList: [RequestKind] {
        kinds.split(separator: ",").compactMap { RequestKind(rawValue: String($0)) }
    }

    /// "Access + Erasure".
    public var kindsText: String { kindList.map(\.displayName).joined(separator: " + ") }
}

/// A clarification the practice asked for; the clock stops from asking to answer.
public struct RequestPause: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "dsr_pause"
    public var id: Int64?
    public var requestId: Int64
    public var askedOn: LocalDate
    public var answeredOn: LocalDate?
    public var question: String

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One dated line of a request's history, with the due date in force after it.
public struct RequestEvent: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "dsr_event"
    public var id: Int64?
    public var requestId: Int64
    public var at: Date
    public var by: Int64
    public var what: String
    public var dueOn: LocalDate

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
