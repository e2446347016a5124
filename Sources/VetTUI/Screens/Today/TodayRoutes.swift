import VetCore
import VetStore

/// Where a line of Today leads, kept in one place.
@MainActor
enum TodayRoutes {
    /// Opens an appointment, with its actions (arrived, finish into a note, …).
    static func openAppointment(_ line: DiaryAppointment) -> Outcome {
        line.appointment.id.map { .push(AppointmentScreen(id: $0)) } ?? .handled
    }

    /// What a line of Today opens; nil when it names nothing to open.
    static func open(_ line: TodayLine) -> Outcome? {
        switch line {
        case .heading(let section, _), .nothing(let section, _): return open(section)
        case .appointment(let appointment): return openAppointment(appointment)
        case .queue: return .push(OnlineQueueScreen())
        case .draft(let draft):
            return .push(InvoiceScreen(invoiceID: draft.invoiceID, clientID: draft.clientID, clientName: draft.clientName))
        case .followUp(let due): return .push(FollowUpBookingScreen(followUp: due))
        case .claim(let claim): return .push(ClaimScreen(claimID: claim.claimID))
        case .request(let item): return .push(RequestDetailScreen(requestID: item.id))
        case .breach: return .push(BreachRegisterScreen())
        case .reminders: return .push(RecallListScreen())
        }
    }

    /// A heading opens its section's whole list, where there is one.
    static func open(_ section: TodaySection) -> Outcome? {
        switch section {
        case .queue: .push(OnlineQueueScreen())
        case .followUps: .push(FollowUpsScreen())
        case .claims: .push(ClaimsListScreen(onlyToChase: true))
        case .requests: .push(RequestQueueScreen())
        case .breaches: .push(BreachRegisterScreen())
        case .reminders: .push(RecallListScreen())
        case .appointments, .otherAppointments, .drafts: nil
        }
    }
}
