import Foundation
import GRDB
import VetSQL
import VetCore

extension ReminderChannel: DatabaseValueConvertible, SQLValueConvertible {}
extension RecallUnit: DatabaseValueConvertible, SQLValueConvertible {}

/// Where one reminder's hand-over on one channel stands.
public enum DeliveryState: String, Choice, DatabaseValueConvertible, SQLValueConvertible {
    /// Handed to the mail system, printer or SMS file and not yet confirmed: left so only by a
    /// program stopped mid-send, and never sent again without a person looking.
    case sending
    case sent
    /// Refused by the mail system or printer: shown with what it said, and retried.
    case failed

    public var displayName: String {
        switch self {
        case .sending: "hand-over unconfirmed"
        case .sent: "sent"
        case .failed: "failed"
        }
    }

    public static var fieldName: String { "delivery state" }
}

/// A price-list item's recall rule, as stored.
public struct PriceItemRecall: SnakeCaseRecord, Hashable {
    public static let databaseTableName = "price_item_recall"
    public var priceItemId: Int64
    public var recallGroup: String
    public var intervalCount: Int
    public var intervalUnit: RecallUnit
    public var updatedAt: Date
    public var updatedBy: Int64?
}

/// The reminder channels a client chose (none ticked: no reminders at all).
public struct ClientReminderChoice: SnakeCaseRecord, Hashable {
    public static let databaseTableName = "client_reminder_choice"
    public var clientId: Int64
    public var byEmail: Bool
    public var bySms: Bool
    public var byLetter: Bool
    public var chosenAt: Date
    public var chosenBy: Int64

    public var channels: Set<ReminderChannel> {
        var chosen: Set<ReminderChannel> = []
        if byEmail { chosen.insert(.email) }
        if bySms { chosen.insert(.sms) }
        if byLetter { chosen.insert(.letter) }
        return chosen
    }
}

/// One reminder handed over on one channel: what, to whom, how, when and by whom, and whether
/// the hand-over went through. Unique per pet, reminder, due date and channel.
public struct ReminderDelivery: SnakeCaseRecord, SQLIdentifiedRecord, Identifiable, Hashable {
    public static let databaseTableName = "reminder_delivery"
    public var id: Int64?
    public var petId: Int64
    public var clientId: Int64
    public var reminderKey: String
    public var subject: String
    public var dueOn: LocalDate
    public var channel: ReminderChannel
    public var address: String
    public var state: DeliveryState
    public var attempts: Int
    public var lastError: String?
    public var messageId: String
    public var startedAt: Date
    public var sentAt: Date?
    public var sentBy: Int64
    public var communicationId: Int64?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
