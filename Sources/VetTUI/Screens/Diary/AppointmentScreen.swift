import Foundation
import TUIKit
import VetCore
import VetStore

/// One appointment in full, with the pet's alerts, and what can happen to it next: arrived, in
/// consultation, back to booked, did not attend, cancel (with a reason), move, change length,
/// and for a vet "finish", which opens the consultation note with the reason filled in; saving
/// that note marks the appointment finished.
struct AppointmentScreen: Screen {
    let id: Int64
    var booking: DiaryAppointment?
    var columns: [DiaryColumn] = []
    var offset = 0
    let loaded = Mailbox<(booking: DiaryAppointment, columns: [DiaryColumn])>()
    let changed = Mailbox<String>()
    let finishing = Mailbox<Pet>()

    init(id: Int64) {
        self.id = id
    }

    var screenID: String { AppCommands.DiaryScreenID.appointment }
    var title: String { "Appointment" }

    func availability(of command: Command, in context: AppContext) -> Availability {
        guard let appointment = booking?.appointment else { return .disabled(reason: "the appointment is still being read") }
        let state = appointment.state
        let wanted: AppointmentState? = switch command.id {
        case AppCommands.DiaryID.arrived: .arrived
        case AppCommands.DiaryID.inConsultation: .inConsultation
        case AppCommands.DiaryID.backToBooked: .booked
        case AppCommands.DiaryID.noShow: .noShow
        case AppCommands.DiaryID.cancel: .cancelled
        default: nil
        }
        if let wanted, !state.next.contains(wanted) {
            let now = state.displayName.lowercased()
            return .disabled(reason: "this appointment is \(now); it cannot become \(wanted.displayName.lowercased())")
        }
        let changes = [AppCommands.DiaryID.finish, AppCommands.DiaryID.move, AppCommands.DiaryID.resize]
        if changes.contains(command.id), state.isClosed {
            return .disabled(reason: "this appointment is \(state.displayName.lowercased()) and can no longer change")
        }
        return .enabled
    }

    func confirmationSubject(for command: Command, in context: AppContext) -> String? {
        booking.map { "\($0.petName) (\($0.clientName)), \(DiaryText.when($0.appointment))." }
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        guard let appointment = booking?.appointment else { return .ignored }
        switch command.id {
        case AppCommands.DiaryID.arrived: return change(to: .arrived, appointment)
        case AppCommands.DiaryID.inConsultation: return change(to: .inConsultation, appointment)
        case AppCommands.DiaryID.backToBooked: return change(to: .booked, appointment)
        case AppCommands.DiaryID.noShow: return change(to: .noShow, appointment)
        case AppCommands.DiaryID.cancel: return .push(SmallFormScreen(AppointmentChangeForm.cancel(appointment, id: id)))
        case AppCommands.DiaryID.move:
            return .push(SmallFormScreen(AppointmentChangeForm.move(appointment, id: id, columns: columns, lengthOnly: false)))
        case AppCommands.DiaryID.resize:
            return .push(SmallFormScreen(AppointmentChangeForm.move(appointment, id: id, columns: columns, lengthOnly: true)))
        case AppCommands.DiaryID.finish:
            let petID = appointment.petId
            return .run(Effect.load("finish", into: finishing) { store, _ in try store.petHistory(id: petID).pet })
        default: return .ignored
        }
    }

    private func change(to state: AppointmentState, _ appointment: Appointment) -> Outcome {
        let id = self.id
        let version = appointment.version
        return .run(Effect.load("state", into: changed) { store, user in
            _ = try store.setAppointmentState(id: id, expectedVersion: version, to: state, as: user)
            return "Appointment: \(state.displayName.lowercased())."
        })
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        PageScroll.handle(key, offset: &offset) ? .handled : .ignored
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        guard reason != .tick || context.storeChanged else { return .handled }
        let id = self.id
        return .run(Effect.load("load", into: loaded) { store, user in
            (try store.diaryAppointment(id: id, as: user), try store.diaryColumns(as: user))
        })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if let failure = result.failure {
            let message = Outcome.message(StatusMessage(failure, kind: .error))
            // A refused change may be stale: read the appointment again, but never loop on a failed read.
            return result.tag == "load" ? message : .all([message, refresh(in: context, reason: .reappeared)])
        }
        switch result.tag {
        case "load":
            if let value = loaded.take() { (booking, columns) = (value.booking, value.columns) }
            return .handled
        case "finish":
            guard let pet = finishing.take(), let booking else { return .handled }
            return .push(ConsultationScreen(pet: pet, ownerName: booking.clientName, source: .appointment(id),
                                            reason: booking.appointment.reason,
                                            kind: booking.appointment.kind.consultationKind))
        default:
            let note = changed.take() ?? "Saved."
            return .all([.message(StatusMessage(note, kind: .success)), refresh(in: context, reason: .reappeared)])
        }
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        guard let booking else {
            buffer.write("Reading the appointment…", row: rect.row + 1, column: rect.column + 2)
            return nil
        }
        buffer.write("\(booking.petName) (\(booking.species)) for \(booking.clientName)", row: rect.row + 1,
                     column: rect.column + 2, role: .title, maxWidth: rect.width - 4)
        let lines = Self.lines(booking, zone: context.store.clock.timeZone).flatMap { line in
            wrap(line.text, to: rect.width - 4).map { ($0, line.role) }
        }
        let height = max(0, rect.height - 3)
        let first = min(offset, max(0, lines.count - height))
        for (index, line) in lines.dropFirst(first).prefix(height).enumerated() {
            buffer.write(line.0, row: rect.row + 3 + index, column: rect.column + 2, role: line.1, maxWidth: rect.width - 4)
        }
        return nil
    }

    /// Every detail, one labelled line each; the alerts stand out and are marked "!".
    static func lines(_ booking: DiaryAppointment, zone: TimeZone) -> [(text: String, role: StyleRole)] {
        let appointment = booking.appointment
        var state = appointment.state.displayName
        if let arrived = appointment.arrivedAt, appointment.state != .booked {
            state += " (arrived \(LocalDateTime(instant: arrived, in: zone).time))"
        }
        var lines: [(String, StyleRole)] = [
            ("When: \(DiaryText.when(appointment)), \(appointment.minutes) minutes", .normal),
            ("With: \(booking.withName)", .normal),
            ("Type: \(appointment.kind.displayName)", .normal),
            ("State: \(state)", .normal),
            ("Client: \(booking.clientName)", .normal),
            ("Pet: \(booking.petName) (\(booking.species))", .normal),
            ("Reason: \(appointment.reason)", .normal),
        ]
        if let why = appointment.cancelReason { lines.append(("Cancelled because: \(why)", .normal)) }
        lines.append(("Notes: " + (appointment.notes.isEmpty ? "none" : appointment.notes), .normal))
        if booking.alerts.isEmpty {
            lines.append(("Alerts: none", .dim))
        } else {
            lines += booking.alerts.map { ("! Alert: \($0)", StyleRole.warning) }
        }
        if appointment.consultationId != nil { lines.append(("The consultation note is written.", .dim)) }
        return lines
    }
}
