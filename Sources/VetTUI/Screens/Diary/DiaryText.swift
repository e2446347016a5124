import VetCore
import VetStore

/// An appointment in sentences, shared by the diary's detail lines, the appointment screen and
/// a client's list of appointments.
enum DiaryText {
    /// "09:00–09:15 Tue 10 Mar 2026"
    static func when(_ appointment: Appointment) -> String {
        "\(appointment.startsAt.time)–\(appointment.endsAt.time) \(appointment.startsAt.date.long)"
    }

    /// Everything about the appointment, most important first: when, state, with whom, what;
    /// the pet and client; the reason and notes; the pet's alerts.
    static func summary(_ booking: DiaryAppointment) -> [String] {
        let appointment = booking.appointment
        var state = appointment.state.displayName
        if let reason = appointment.cancelReason, appointment.state == .cancelled { state += " (\(reason))" }
        var lines = ["\(when(appointment)) · \(state) · with \(booking.withName) · \(appointment.kind.displayName), "
            + "\(appointment.minutes) min",
                     "\(booking.petName) (\(booking.species)) · \(booking.clientName) · Reason: \(appointment.reason)"]
        if !booking.alerts.isEmpty { lines.append("! Alerts: " + booking.alerts.joined(separator: "; ")) }
        if !appointment.notes.isEmpty { lines.append("Notes: " + appointment.notes) }
        return lines
    }
}
