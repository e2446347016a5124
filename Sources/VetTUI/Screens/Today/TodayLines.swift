import Foundation
import TUIKit
import VetCore
import VetStore

/// The sections of the Today screen, each with a heading that opens its whole list.
enum TodaySection: Hashable {
    case breaches, appointments, otherAppointments, queue, drafts, followUps, reminders, claims, requests
}

/// One line of the Today screen: a section heading, one piece of work, or "nothing" under a heading.
enum TodayLine: Hashable {
    case heading(TodaySection, String)
    case nothing(TodaySection, String)
    case appointment(DiaryAppointment)
    case queue(QueueLine)
    case draft(DraftInvoiceLine)
    case followUp(FollowUp)
    case claim(ClaimToChase)
    case request(RequestQueueItem)
    case breach(BreachNeedingAction)
    /// "Reminders: 12 to send by Tue 7 Apr 2026", for those who send them; Enter opens the recall list.
    case reminders(RemindersDue)

    /// The lines of a board, section by section, in the order a person works them.
    static func lines(of board: TodayBoard, today: LocalDate) -> [TodayLine] {
        var lines: [TodayLine] = []
        func section<Item>(_ kind: TodaySection, _ title: String, _ items: [Item], none: String, _ line: (Item) -> TodayLine) {
            lines.append(.heading(kind, "\(title) (\(items.count))"))
            lines += items.isEmpty ? [.nothing(kind, none)] : items.map(line)
        }
        // A breach's 72 hours run whatever else the day holds, so its clock comes first.
        if let breaches = board.breaches, !breaches.isEmpty {
            section(.breaches, "Breaches: the 72-hour clock", breaches, none: "", TodayLine.breach)
        }
        if let own = board.ownAppointmentCount {
            section(.appointments, "Your appointments today", Array(board.appointments.prefix(own)),
                    none: "None booked with you today.", TodayLine.appointment)
            section(.otherAppointments, "Others at \(board.siteName)", Array(board.appointments.dropFirst(own)),
                    none: "None booked with others today.", TodayLine.appointment)
        } else {
            section(.appointments, "Appointments today", board.appointments, none: "None booked today.", TodayLine.appointment)
        }
        section(.queue, "Online queue", board.queue, none: "Nobody is waiting.", TodayLine.queue)
        if let drafts = board.draftInvoices {
            section(.drafts, "Draft invoices for checkout", drafts, none: "No drafts waiting.", TodayLine.draft)
        }
        section(.followUps, "Follow-ups due", board.followUps, none: "No follow-ups due.", TodayLine.followUp)
        if let reminders = board.reminders { lines.append(.reminders(reminders)) }
        if let claims = board.claimsToChase {
            section(.claims, "Claims to chase (submitted over \(TodayBoard.chaseAfterDays) days ago)", claims,
                    none: "No claims to chase.", TodayLine.claim)
        }
        if let requests = board.requests {
            section(.requests, "Requests overdue or due within 7 days", requests, none: "No requests due.", TodayLine.request)
        }
        return lines
    }

    var isHeading: Bool {
        if case .heading = self { return true }
        return false
    }

    /// The line as one row of text; `today` marks overdue follow-ups.
    func text(today: LocalDate) -> String {
        switch self {
        case .heading(_, let title): return title
        case .reminders(let due):
            return "Reminders: \(due.toSend == 0 ? "none" : String(due.toSend)) to send by \(due.dueBy.long)"
        case .nothing(_, let words): return "  " + words
        case .appointment(let line):
            let booking = line.appointment
            let alerts = line.alerts.isEmpty ? "" : " · ⚠ " + line.alerts.joined(separator: "; ")
            return "  \(booking.startsAt.time) \(Self.pad(booking.state.displayName, 15))\(line.petName) · \(line.clientName) · "
                + "\(booking.reason) · \(line.withName)\(alerts)"
        case .queue(let line):
            let who = line.takenByName.map { " · with \($0)" } ?? ""
            return "  \(Self.pad("\(line.waitMinutes) min", 8))\(Self.pad(line.entry.kind.displayName, 13))\(line.petName) · "
                + "\(line.clientName) · \(line.entry.reason)\(who)"
        case .draft(let draft):
            return "  \(Self.pad(draft.gross.formatted, 11))\(draft.clientName) · invoice \(draft.invoiceID)"
        case .followUp(let due):
            let mark = due.dueOn < today ? "! overdue " : "  due     "
            return "  \(mark)\(due.dueOn.iso)  \(due.petName) · \(due.clientName) · \(due.reason) · \(due.vetName)"
        case .claim(let claim):
            return "  \(claim.submittedOn.iso)  \(claim.petName) · \(claim.clientName) · \(claim.insurerName) · "
                + "\(claim.amountClaimed.formatted) · \(claim.status.displayName)"
        case .request(let item):
            return "  \(item.urgency.label)  \(item.reference) · due \(item.due.iso) · \(item.kinds) · \(item.client)"
        case .breach(let breach):
            let clock = breach.needsTelling && !breach.state.isOpen ? "tell the people affected" : breach.clockText
            return "  \(clock)  \(breach.reference) · \(breach.summary)"
        }
    }

    func role(today: LocalDate) -> StyleRole {
        switch self {
        case .heading, .reminders: return .title
        case .nothing: return .dim
        case .appointment(let line):
            return line.appointment.state == .noShow ? .dim : line.appointment.state == .arrived ? .ok : .normal
        case .followUp(let due): return due.dueOn < today ? .overdue : .normal
        case .claim: return .dueSoon
        case .request(let item):
            switch item.urgency {
            case .overdue: return .overdue
            case .dueSoon: return .dueSoon
            case .onTrack: return .normal
            case .closed: return .dim
            }
        case .breach(let breach):
            if case .overdue = breach.state { return .overdue }
            return .dueSoon
        case .queue, .draft: return .normal
        }
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
