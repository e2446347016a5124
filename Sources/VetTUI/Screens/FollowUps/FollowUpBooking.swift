import Foundation
import TUIKit
import VetCore
import VetStore

/// What the follow-up booking form starts from: the site's vets and the first free slot.
struct FollowUpSlot {
    var vets: [DiaryColumn]
    var column: DiaryColumnID?
    var start: LocalDateTime?
}

/// Reads the diary from the follow-up's due date (or today, when it is overdue), then becomes
/// the booking form with the first free slot of the vet who asked for the follow-up.
struct FollowUpBookingScreen: Screen {
    let followUp: FollowUp
    let slot = Mailbox<FollowUpSlot>()

    /// How many days ahead the first free slot is looked for.
    static let searchDays = 14

    var screenID: String { AppCommands.ScreenID.workForm }
    var title: String { "Book a follow-up" }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        command.id == AppCommands.ID.back ? .pop(nil) : .ignored
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        guard reason == .appeared else { return .handled }
        let due = followUp
        let from = max(due.dueOn, context.today)
        let minutes = AppointmentKind.consultation.usualMinutes
        let now = LocalDateTime(instant: context.store.clock.now(), in: context.store.clock.timeZone).adding(minutes: 1)
        return .run(Effect.load("slot", into: slot) { store, user in
            let days = try store.diary(from: from, days: Self.searchDays, as: user)
            let vets = (days.first?.columns ?? []).filter { if case .staff = $0.id { true } else { false } }
            let column = vets.first { $0.id == .staff(due.vetID) }?.id ?? vets.first?.id
            let start = column.flatMap { FreeSlot.first(in: days, column: $0, minutes: minutes, notBefore: now) }
            return FollowUpSlot(vets: vets, column: column, start: start)
        })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if let failure = result.failure { return .pop(StatusMessage(failure, kind: .error)) }
        guard let found = slot.take() else { return .handled }
        guard !found.vets.isEmpty else {
            return .pop(StatusMessage("No vet works at this site, so nothing can be booked here.", kind: .warning))
        }
        return .replace(SmallFormScreen(FollowUpBooking.form(followUp, slot: found, today: context.today)))
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        buffer.write("Finding the first free slot…", row: rect.row + 1, column: rect.column + 2, role: .dim, maxWidth: rect.width - 4)
        return nil
    }
}

/// The one-step booking of a follow-up: start, length and with whom; the reason and the link to
/// the consultation that asked for it are filled in.
@MainActor
enum FollowUpBooking {
    static func form(_ due: FollowUp, slot: FollowUpSlot, today: LocalDate) -> WorkForm {
        let vets = slot.vets.compactMap { column -> ChoiceOption? in
            guard case .staff(let id) = column.id else { return nil }
            return ChoiceOption(value: String(id), label: column.name)
        }
        let chosen: String = if case .staff(let id)? = slot.column { String(id) } else { vets.first?.value ?? "" }
        let start = slot.start?.description ?? "\(max(due.dueOn, today).iso) 09:00"
        let reason = String("Follow-up: \(due.reason)".prefix(200))
        return WorkForm(
            title: "Book a follow-up", heading: "Follow-up for \(due.petName) (\(due.clientName))",
            hint: "\(reason) · due \(due.dueOn.iso) · asked for by \(due.vetName)"
                + (slot.start == nil ? ". No free slot in the next \(FollowUpBookingScreen.searchDays) days; type a time." : ""),
            fields: [FormSupport.field("start", "Start (YYYY-MM-DD HH:MM)", value: start, maxLength: 16),
                     FormSupport.field("length", "Length (minutes)", value: String(AppointmentKind.consultation.usualMinutes),
                                       maxLength: 3),
                     PickLists.field("with", "With", options: vets, value: chosen)],
            fieldIDs: ["start": "start", "length": "length", "with": "with", "reason": "start", "client": "start", "pet": "start"],
            doneMessage: "Follow-up for \(due.petName) booked.") { values in
            var form = AppointmentForm()
            form.clientID = due.clientID
            form.petID = due.petID
            form.column = Int64(values["with"] ?? "").map { .staff($0) }
            form.start = values["start"] ?? ""
            form.minutes = values["length"] ?? ""
            form.kind = .consultation
            form.reason = reason
            form.followUpOf = due.consultationID
            do { _ = try form.validated() } catch { return .invalid(ErrorText.fieldMessages(error) ?? [:]) }
            return .run(Effect.asUser("book") { store, user in
                _ = try store.bookAppointment(form, as: user)
                return .done
            })
        }
    }
}
