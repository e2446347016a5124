import TUIKit
import VetCore
import VetStore

/// The practice's slot length: 10 or 15 minutes, picked, not typed.
@MainActor
struct SlotLengthForm: SmallForm {
    let current: Int

    var title: String { "Slot length" }
    var heading: String { "Diary slot length" }
    var hint: String? { "Every site's diary is drawn in slots of this length. Bookings already made keep their times." }
    var screenID: String { AppCommands.DiarySettingsScreenID.form }
    var discardThing: String { "the slot length" }
    var fieldIDs: [String: String] { ["slot length": "minutes"] }
    var fields: [FormField] {
        [PickLists.field("minutes", "Slot length", options: [ChoiceOption(value: "10", label: "10 minutes"),
                                                          ChoiceOption(value: "15", label: "15 minutes")],
                         value: String(current))]
    }

    func submit(_ values: [String: String]) -> SmallFormSubmission {
        let minutes = Int(values["minutes"] ?? "") ?? 0
        return .run(Effect.asUser("save") { store, user in
            try store.setDiarySlotMinutes(minutes, as: user)
            return .done
        })
    }

    func finish(_ payload: EffectPayload) -> Outcome { .pop(StatusMessage("Slot length saved.", kind: .success)) }
}

/// One day's opening hours at the site, with an optional break; "Closed" closes the day.
@MainActor
struct OpeningDayForm: SmallForm {
    let settings: DiarySettings
    let weekday: Int

    var dayName: String { OpeningDay.weekdayNames[weekday - 1] }
    var title: String { "Opening hours" }
    var heading: String { "\(dayName) at \(settings.siteName)" }
    var hint: String? { "Times as HH:MM. Leave both break times empty for no break. Bookings already made stay." }
    var screenID: String { AppCommands.DiarySettingsScreenID.form }
    var discardThing: String { "these hours" }
    var fieldIDs: [String: String] {
        ["\(dayName) opens": "opens", "\(dayName) closes": "closes", "\(dayName) break from": "breakFrom",
         "\(dayName) break to": "breakTo"]
    }

    var fields: [FormField] {
        let day = settings.hours[weekday]
        return [PickLists.field("open", "Open that day", options: [ChoiceOption(value: "yes", label: "Open"),
                                                                  ChoiceOption(value: "no", label: "Closed")],
                                value: day == nil ? "no" : "yes"),
                FormSupport.field("opens", "Opens", value: day?.opens.description ?? "08:30", maxLength: 5),
                FormSupport.field("closes", "Closes", value: day?.closes.description ?? "18:30", maxLength: 5),
                FormSupport.field("breakFrom", "Break from", value: day?.breakFrom?.description ?? "", maxLength: 5),
                FormSupport.field("breakTo", "Break to", value: day?.breakTo?.description ?? "", maxLength: 5)]
    }

    func submit(_ values: [String: String]) -> SmallFormSubmission {
        var week = settings.hours
        if values["open"] == "no" {
            week[weekday] = nil
        } else {
            do {
                week[weekday] = try OpeningDay(weekday: weekday, opens: values["opens"] ?? "", closes: values["closes"] ?? "",
                                               breakFrom: values["breakFrom"] ?? "", breakTo: values["breakTo"] ?? "")
            } catch {
                var errors: [String: String] = [:]
                for failure in error.errors { errors[fieldIDs[failure.field] ?? failure.field] = failure.message }
                return .invalid(errors)
            }
        }
        let siteID = settings.siteID
        let days = week.values.sorted { $0.weekday < $1.weekday }
        return .run(Effect.asUser("save") { store, user in
            try store.setOpeningHours(siteID: siteID, days, as: user)
            return .done
        })
    }

    func finish(_ payload: EffectPayload) -> Outcome { .pop(StatusMessage("\(dayName)'s hours saved.", kind: .success)) }
}

/// A bookable room at the site (a nurse clinic room, a theatre): it becomes a diary column.
@MainActor
struct RoomForm: SmallForm {
    let siteID: Int64
    let siteName: String

    var title: String { "New room" }
    var heading: String { "Add a room at \(siteName)" }
    var hint: String? { "A room is a column of the diary, booked like a vet: nurse clinics, the theatre." }
    var screenID: String { AppCommands.DiarySettingsScreenID.form }
    var discardThing: String { "the new room" }
    var fieldIDs: [String: String] { ["room name": "name"] }
    var fields: [FormField] { [FormSupport.field("name", "Name", maxLength: 40)] }

    func submit(_ values: [String: String]) -> SmallFormSubmission {
        let name = values["name"] ?? ""
        let siteID = siteID
        return .run(Effect.asUser("save") { store, user in
            try store.addRoom(siteID: siteID, name: name, as: user)
            return .done
        })
    }

    func finish(_ payload: EffectPayload) -> Outcome { .pop(StatusMessage("Room added.", kind: .success)) }
}

/// A vet's absence: who, from when to when, and why.
@MainActor
struct AbsenceForm: SmallForm {
    let vets: [StaffUser]
    let today: LocalDate

    var title: String { "New absence" }
    var heading: String { "Record an absence" }
    var hint: String? { "From and to as YYYY-MM-DD HH:MM. Refused while the vet has bookings in that time." }
    var screenID: String { AppCommands.DiarySettingsScreenID.form }
    var discardThing: String { "the absence" }
    var fieldIDs: [String: String] { ["from": "from", "to": "to", "reason": "reason", "who": "who"] }
    var fields: [FormField] {
        [PickLists.field("who", "Who", options: vets.map { ChoiceOption(value: String($0.id ?? 0), label: $0.displayName) },
                         value: vets.first.map { String($0.id ?? 0) } ?? ""),
         FormSupport.field("from", "From", value: "\(today.iso) 08:00", maxLength: 16),
         FormSupport.field("to", "To", value: "\(today.iso) 18:30", maxLength: 16),
         FormSupport.field("reason", "Reason", maxLength: 200)]
    }

    func submit(_ values: [String: String]) -> SmallFormSubmission {
        var errors: [String: String] = [:]
        let staffID = Int64(values["who"] ?? "")
        if staffID == nil { errors["who"] = "who: choose the vet who is away" }
        var from: LocalDateTime?
        var to: LocalDateTime?
        do { from = try LocalDateTime(parsing: values["from"] ?? "", field: "from") } catch { errors["from"] = error.message }
        do { to = try LocalDateTime(parsing: values["to"] ?? "", field: "to") } catch { errors["to"] = error.message }
        guard errors.isEmpty, let staffID, let from, let to else { return .invalid(errors) }
        let reason = values["reason"] ?? ""
        return .run(Effect.asUser("save") { store, user in
            try store.addAbsence(staffID: staffID, from: from, to: to, reason: reason, as: user)
            return .done
        })
    }

    func finish(_ payload: EffectPayload) -> Outcome { .pop(StatusMessage("Absence recorded.", kind: .success)) }
}
