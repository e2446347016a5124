import Foundation
import VetCore

/// Where a reminder can go: the channel and the address, number or postal address on it.
public struct ReminderRoute: Hashable, Sendable, Codable {
    public var channel: ReminderChannel
    public var address: String
}

/// Who a reminder is about and for, as the recall list shows and the message fills in.
public struct ReminderRecipient: Hashable, Sendable {
    public var clientID: Int64
    public var title: String?
    public var firstName: String
    public var lastName: String
    public var petID: Int64
    public var petName: String
    public var species: String

    public var clientName: String { "\(firstName) \(lastName)" }
    /// "Mrs Le Brun", or the whole name when no title is recorded.
    public var salutationName: String {
        if let title, !title.isEmpty { return "\(title) \(lastName)" }
        return clientName
    }
}

/// What a reminder is for: a recall group from the price list, or one consultation's follow-up.
public enum ReminderReason: Hashable, Sendable {
    case recall(group: String)
    case followUp(consultationID: Int64, reason: String)

    /// The stable key a delivery is recorded under: "recall:Vaccination", "follow-up:123".
    public var key: String {
        switch self {
        case .recall(let group): "recall:\(group)"
        case .followUp(let id, _): "follow-up:\(id)"
        }
    }

    /// "Vaccination", "Follow-up visit (Lame left fore)".
    public var subject: String {
        switch self {
        case .recall(let group): group
        case .followUp(_, let reason): "Follow-up visit (\(reason))"
        }
    }
}

/// Where a due reminder stands on the recall list.
public enum ReminderStatus: Hashable, Sendable {
    /// Will go on the next send.
    case toSend
    /// Will not go, and why.
    case excluded(ReminderExclusion)
    /// An appointment already booked for the pet meets it.
    case booked(LocalDate)
    /// Handed over on every channel it was going by.
    case sent(Date)
    /// The last hand-over was refused; the next send tries again.
    case failed(String)
    /// A send was stopped mid-way: a person must check whether it went before it is sent again.
    case unconfirmed

    /// "to send", "left out: client wants no reminders", …: one phrase for a list.
    public var phrase: String {
        switch self {
        case .toSend: "to send"
        case .excluded(let reason): "left out: \(reason.displayName)"
        case .booked(let day): "booked for \(day.long)"
        case .sent: "sent"
        case .failed(let said): "failed, will retry: \(said)"
        case .unconfirmed: "hand-over unconfirmed: check before sending again"
        }
    }
}

/// One reminder on the recall list: what is due, for whom, by which channels, and whether it
/// will go — with the reason when it will not.
public struct DueReminder: Hashable, Sendable, Identifiable {
    public var reason: ReminderReason
    public var dueOn: LocalDate
    /// What it follows: "Booster vaccination (dog) on 3 Mar 2026".
    public var basedOn: String
    public var recipient: ReminderRecipient
    /// The channels it would go by, with their addresses; empty when excluded.
    public var routes: [ReminderRoute]
    public var exclusion: ReminderExclusion?
    public var bookedFor: LocalDate?
    /// Hand-overs already recorded for it.
    public var deliveries: [ReminderDelivery]

    public var id: String { "\(recipient.petID)|\(reason.key)|\(dueOn.iso)" }

    /// Routes with no hand-over sent or under way: what the next send would do.
    public var pendingRoutes: [ReminderRoute] {
        routes.filter { route in
            !deliveries.contains { $0.channel == route.channel && $0.state != .failed }
        }
    }

    public var status: ReminderStatus {
        let sent = deliveries.filter { $0.state == .sent }
        if deliveries.contains(where: { $0.state == .sending }) { return .unconfirmed }
        if let exclusion, sent.isEmpty { return .excluded(exclusion) }
        if pendingRoutes.isEmpty, let last = sent.compactMap(\.sentAt).max() { return .sent(last) }
        if let bookedFor { return .booked(bookedFor) }
        if let failure = deliveries.first(where: { $0.state == .failed }) { return .failed(failure.lastError ?? "refused") }
        return .toSend
    }

    /// Whether the next send hands it over.
    public var willSend: Bool {
        switch status {
        case .toSend, .failed: !pendingRoutes.isEmpty
        default: false
        }
    }
}

/// The recall list for a window: every reminder due in it, overdue ones first.
public struct RecallList: Hashable, Sendable {
    public var from: LocalDate
    public var dueBy: LocalDate
    public var today: LocalDate
    public var reminders: [DueReminder]

    public var toSend: [DueReminder] { reminders.filter(\.willSend) }

    /// The reminders by the week (Monday) they fall due in; overdue ones under the week they were due.
    public var byWeek: [(monday: LocalDate, reminders: [DueReminder])] {
        let grouped = Dictionary(grouping: reminders) { $0.dueOn.adding(days: 1 - $0.dueOn.isoWeekday) }
        return grouped.keys.sorted().map { ($0, grouped[$0] ?? []) }
    }
}
