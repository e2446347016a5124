import Foundation
import VetCore
import VetStore

/// The recall list as text: a heading per week, one line per reminder with its channels or
/// why it is left out, and a total.
enum RecallListText {
    static func lines(_ list: RecallList) -> [String] {
        var lines = ["Recall list due by \(list.dueBy.long) (overdue back to \(list.from.long)): "
                     + "\(list.reminders.count) reminders, \(list.toSend.count) to send"]
        for (monday, reminders) in list.byWeek {
            lines.append("")
            lines.append("Week of \(monday.long)\(monday.adding(days: 6) < list.today ? " (overdue)" : "")")
            for reminder in reminders {
                let how = reminder.routes.isEmpty ? "" : " by " + reminder.routes.map(\.channel.displayName).joined(separator: " and ")
                    .lowercased()
                let numbers = reminder.deliveries.filter { $0.state == .sending }.compactMap(\.id).map { "#\($0)" }
                lines.append("  \(reminder.dueOn.long)  \(reminder.recipient.petName) (\(reminder.recipient.species)), "
                    + "\(reminder.recipient.clientName) [client \(reminder.recipient.clientID)] — \(reminder.reason.subject)"
                    + "\(how): \(reminder.status.phrase)\(numbers.isEmpty ? "" : " (delivery \(numbers.joined(separator: ", ")))")")
            }
        }
        return lines
    }
}

/// The recall list as JSON, for scripts.
struct RecallListJSON: Encodable {
    struct Item: Encodable {
        var dueOn: String
        var reminder: String
        var pet: String
        var petID: Int64
        var client: String
        var clientID: Int64
        var basedOn: String
        var status: String
        var channels: [ReminderRoute]
        var excludedBecause: String?
    }
    var dueBy: String
    var overdueFrom: String
    var reminders: [Item]

    init(_ list: RecallList) {
        dueBy = list.dueBy.iso
        overdueFrom = list.from.iso
        reminders = list.reminders.map { reminder in
            Item(dueOn: reminder.dueOn.iso, reminder: reminder.reason.subject, pet: reminder.recipient.petName,
                 petID: reminder.recipient.petID, client: reminder.recipient.clientName, clientID: reminder.recipient.clientID,
                 basedOn: reminder.basedOn, status: reminder.status.phrase, channels: reminder.routes,
                 excludedBecause: reminder.exclusion?.displayName)
        }
    }
}
