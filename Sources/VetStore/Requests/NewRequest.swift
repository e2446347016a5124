import Foundation
import VetCore

/// A request as the receptionist logs it the moment a client makes it: any channel, no form needed.
public struct NewRequest: Hashable, Sendable {
    public var kinds: [RequestKind]
    public var requesterName: String
    public var requesterContact: String
    /// The client it concerns, when already known.
    public var clientID: Int64?
    public var onBehalfOfClient: Bool
    public var authorityNote: String?
    public var channel: RequestChannel
    public var receivedOn: LocalDate
    public var notes: String?

    public init(kinds: [RequestKind], requesterName: String, requesterContact: String = "", clientID: Int64? = nil,
                onBehalfOfClient: Bool = false, authorityNote: String? = nil, channel: RequestChannel,
                receivedOn: LocalDate, notes: String? = nil) {
        self.kinds = kinds
        self.requesterName = requesterName
        self.requesterContact = requesterContact
        self.clientID = clientID
        self.onBehalfOfClient = onBehalfOfClient
        self.authorityNote = authorityNote
        self.channel = channel
        self.receivedOn = receivedOn
        self.notes = notes
    }

    func validate(today: LocalDate) throws {
        var check = Validator()
        if kinds.isEmpty {
            check.add(ValidationError(field: "kinds", message: "kinds must name at least one right (access, erasure …)"))
        }
        _ = check.check { () throws(ValidationError) in try TextRule.required(requesterName, field: "requester name", maxLength: 120) }
        _ = check.check { () throws(ValidationError) in try TextRule.optional(requesterContact, field: "requester contact", maxLength: 200) }
        _ = check.check { () throws(ValidationError) in try TextRule.optional(notes ?? "", field: "notes", maxLength: 4000, lines: .multiple) }
        if receivedOn > today {
            check.add(ValidationError(field: "received", message: "received date \(receivedOn.iso) is in the future"))
        }
        _ = check.check { () throws(ValidationError) in try TextRule.optional(authorityNote, field: "authority", maxLength: 1000) }
        if onBehalfOfClient, (authorityNote ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            check.add(ValidationError(field: "authority", message: "authority must say what written authority the third party gave"))
        }
        do { try check.finish() } catch { throw StoreError.invalid(error) }
    }
}

/// Filters for the request queue.
public struct RequestQueueFilter: Hashable, Sendable {
    public var includeClosed = false
    public var overdueOnly = false
    public var dueWithinDays: Int?
    public var status: RequestStatus?
    public var kind: RequestKind?
    /// Only the requests linked to this client (their record's requests pane).
    public var clientID: Int64?

    public init(includeClosed: Bool = false, overdueOnly: Bool = false, dueWithinDays: Int? = nil,
                status: RequestStatus? = nil, kind: RequestKind? = nil, clientID: Int64? = nil) {
        self.includeClosed = includeClosed
        self.overdueOnly = overdueOnly
        self.dueWithinDays = dueWithinDays
        self.status = status
        self.kind = kind
        self.clientID = clientID
    }
}

/// One row of the manager's queue.
public struct RequestQueueItem: Hashable, Sendable, Codable {
    public enum Urgency: String, Codable, Sendable {
        case overdue, dueSoon, onTrack, closed

        /// Text and symbol, so urgency never relies on colour alone.
        public var label: String {
            switch self {
            case .overdue: "!! OVERDUE"
            case .dueSoon: "!  due soon"
            case .onTrack: "   on track"
            case .closed: "   closed"
            }
        }
    }

    public var id: Int64
    public var reference: String
    public var kinds: String
    public var client: String
    public var received: LocalDate
    public var due: LocalDate
    public var daysLeft: Int
    public var status: RequestStatus
    public var urgency: Urgency
    public var assignee: String?
}
