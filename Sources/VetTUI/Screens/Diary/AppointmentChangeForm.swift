import TUIKit
import VetCore
import VetStore

/// The small forms behind an appointment's actions: the reason for a cancellation, a new time
/// and vet (move), a new length (resize). Each saves one store action against the version the
/// screen showed, so a change made meanwhile at another terminal is told, not overwritten.
struct AppointmentChangeForm: SmallForm {
    let title: String
    let heading: String
    let hint: String?
    let fields: [FormField]
    let fieldIDs: [String: String]
    let submission: ([String: String]) -> SmallFormSubmission
    let doneMessage: String

    var screenID: String { AppCommands.DiaryScreenID.form }
    var discardThing: String { heading.lowercased() }
    func submit(_ values: [String: String]) -> SmallFormSubmission { submission(values) }
    func finish(_ payload: EffectPayload) -> Outcome { .pop(StatusMessage(doneMessage, kind: .success)) }

    static func cancel(_ appointment: Appointment, id: Int64) -> AppointmentChangeForm {
        let version = appointment.version
        return AppointmentChangeForm(
            title: "Cancel appointment", heading: "Cancel the appointment of \(DiaryText.when(appointment))",
            hint: "Say why (e.g. 'Owner rang: pet is better'). The slot becomes free; the cancellation stays on record.",
            fields: [FormSupport.field("reason", "Reason", maxLength: 200)],
            fieldIDs: ["cancel reason": "reason"],
            submission: { values in
                .run(Effect.asUser("cancel") { store, user in
                    _ = try store.setAppointmentState(id: id, expectedVersion: version, to: .cancelled,
                                                      reason: values["reason"] ?? "", as: user)
                    return .done
                })
            },
            doneMessage: "Appointment cancelled; the slot is free.")
    }

    /// Move (new start, vet or room, length) or, with `lengthOnly`, resize.
    static func move(_ appointment: Appointment, id: Int64, columns: [DiaryColumn], lengthOnly: Bool) -> AppointmentChangeForm {
        let version = appointment.version
        let current = appointment.column
        var fields = [FormSupport.field("length", "Length (minutes)", value: String(appointment.minutes), maxLength: 3)]
        if !lengthOnly {
            let options = columns.map { ChoiceOption(value: BookingFields.value(of: $0.id), label: $0.name) }
            fields = [FormSupport.field("start", "Start", value: appointment.startsAt.description,
                                        maxLength: 16),
                      PickLists.field("with", "With", options: options, value: current.map(BookingFields.value(of:)) ?? "")]
                + fields
        }
        return AppointmentChangeForm(
            title: lengthOnly ? "Change length" : "Move appointment",
            heading: (lengthOnly ? "New length for " : "Move ") + "the appointment of \(DiaryText.when(appointment))",
            hint: lengthOnly ? "Minutes from 5 to 480 in steps of 5." : "Start as YYYY-MM-DD HH:MM; pick the vet or room; change the length if needed.",
            fields: fields, fieldIDs: ["start": "start", "length": "length", "with": "with"],
            submission: { values in
                var errors: [String: String] = [:]
                var start = appointment.startsAt
                do throws(ValidationError) {
                    if !lengthOnly { start = try LocalDateTime(parsing: values["start"] ?? "", field: "start") }
                } catch { errors["start"] = error.message }
                var minutes = appointment.minutes
                do throws(ValidationError) { minutes = try AppointmentForm.length(values["length"] ?? "") } catch {
                    errors["length"] = error.message
                }
                let column = lengthOnly ? current : BookingFields.column(from: values["with"] ?? "")
                if column == nil { errors["with"] = "with: choose the vet or room" }
                guard errors.isEmpty, let column else { return .invalid(errors) }
                return .run(Effect.asUser("move") { store, user in
                    _ = try store.moveAppointment(id: id, expectedVersion: version, to: start, minutes: minutes,
                                                  column: column, as: user)
                    return .done
                })
            },
            doneMessage: lengthOnly ? "Length changed." : "Appointment moved.")
    }
}
