import Foundation
import TUIKit
import VetCore
import VetStore

/// Which reminders the recall list shows.
enum RecallFilter: CaseIterable {
    case all, toSend, leftOut

    var label: String {
        switch self {
        case .all: "all"
        case .toSend: "to send"
        case .leftOut: "left out"
        }
    }

    func includes(_ reminder: DueReminder) -> Bool {
        switch self {
        case .all: true
        case .toSend: reminder.willSend
        case .leftOut: if case .excluded = reminder.status { true } else { false }
        }
    }

    var next: RecallFilter {
        let cases = Self.allCases
        return cases[((cases.firstIndex(of: self) ?? 0) + 1) % cases.count]
    }
}

/// One line of the recall list: a week's heading or one reminder.
enum RecallLine: Hashable {
    case week(String)
    case reminder(DueReminder)

    /// The list's lines: a heading per week ("Week of Mon 7 Dec 2026 (overdue)"), then its reminders.
    static func lines(of list: RecallList, filter: RecallFilter) -> [RecallLine] {
        var lines: [RecallLine] = []
        for (monday, reminders) in list.byWeek {
            let shown = reminders.filter(filter.includes)
            guard !shown.isEmpty else { continue }
            let overdue = monday.adding(days: 6) < list.today ? " (overdue)" : ""
            lines.append(.week("Week of \(monday.long)\(overdue) · \(shown.count) \(shown.count == 1 ? "reminder" : "reminders")"))
            lines += shown.map(RecallLine.reminder)
        }
        return lines
    }

    var reminder: DueReminder? {
        if case .reminder(let reminder) = self { return reminder }
        return nil
    }
}

/// The words the recall list and its detail lines use for a reminder.
enum RecallText {
    /// "Email, text": the channels it would go by, short for the list's column.
    static func channels(_ reminder: DueReminder) -> String {
        reminder.routes.isEmpty ? "—" : reminder.routes.map { route in
            switch route.channel {
            case .email: "Email"
            case .sms: "Text"
            case .letter: "Letter"
            }
        }.joined(separator: ", ")
    }

    static func role(_ reminder: DueReminder, today: LocalDate) -> StyleRole {
        switch reminder.status {
        case .excluded, .booked, .sent: .dim
        case .failed, .unconfirmed: .overdue
        case .toSend: reminder.dueOn < today ? .dueSoon : .normal
        }
    }

    /// The reminder whole, for the detail lines under the list and its full view.
    static func detail(_ reminder: DueReminder, zone: TimeZone) -> [(label: String, text: String)] {
        let who = reminder.recipient
        var items: [(String, String)] = [
            ("Reminder", "\(reminder.reason.subject) for \(who.petName) (\(who.species)), due \(reminder.dueOn.long)"),
            ("Client", "\(who.clientName) (client \(who.clientID))"),
            ("Based on", reminder.basedOn),
        ]
        let routes = reminder.routes.map { "\($0.channel.displayName.lowercased()) to \($0.address)" }
        items.append(("Goes by", routes.isEmpty ? "nothing: it is left out" : routes.joined(separator: "; ")))
        items.append(("Status", reminder.status.phrase))
        for delivery in reminder.deliveries {
            let when = delivery.sentAt.map { " on \(DisplayFormat.dateTime($0, zone: zone))" } ?? ""
            let said = delivery.lastError.map { ": \($0)" } ?? ""
            items.append(("Hand-over", "\(delivery.channel.displayName.lowercased()) to \(delivery.address), "
                          + "\(delivery.state.rawValue)\(when)\(said) (attempt \(delivery.attempts))"))
        }
        return items
    }

    /// "Send 23 reminders: 18 emails, 3 letters, 2 texts?" (or "… as 24 messages: …" when some go two ways):
    /// exactly what the next send hands over.
    static func sendQuestion(_ list: RecallList) -> String? {
        let routes = list.toSend.flatMap(\.pendingRoutes)
        guard !routes.isEmpty else { return nil }
        let counts = ReminderChannel.allCases.compactMap { channel -> String? in
            let count = routes.filter { $0.channel == channel }.count
            guard count > 0 else { return nil }
            let noun = switch channel {
            case .email: count == 1 ? "email" : "emails"
            case .sms: count == 1 ? "text" : "texts"
            case .letter: count == 1 ? "letter" : "letters"
            }
            return "\(count) \(noun)"
        }
        let reminders = list.toSend.filter { !$0.pendingRoutes.isEmpty }.count
        let what = "\(reminders) \(reminders == 1 ? "reminder" : "reminders")"
        // A client who chose two channels gets two messages: the count says so, so the figures agree.
        let messages = routes.count == reminders ? "" : " as \(routes.count) messages"
        return "Send \(what)\(messages): \(counts.joined(separator: ", "))?"
    }

    static func textsDue(_ list: RecallList) -> Bool {
        list.toSend.flatMap(\.pendingRoutes).contains { $0.channel == .sms }
    }
}
