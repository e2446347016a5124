import TUIKit
import VetCore
import VetStore

/// The booking form's fields, and how their text becomes an `AppointmentForm`.
@MainActor
enum BookingFields {
    /// The store's field names → form field ids, so a refusal shows under its field.
    static let fieldIDs = ["client": "pet", "pet": "pet", "with": "with", "start": "start", "length": "length",
                           "reason": "reason", "notes": "notes", "type": "kind"]

    /// "staff:3" / "room:2": a column as a pick-list value.
    static func value(of column: DiaryColumnID) -> String {
        switch column {
        case .staff(let id): "staff:\(id)"
        case .room(let id): "room:\(id)"
        }
    }

    static func column(from value: String) -> DiaryColumnID? {
        let parts = value.split(separator: ":")
        guard parts.count == 2, let id = Int64(parts[1]) else { return nil }
        switch parts[0] {
        case "staff": return .staff(id)
        case "room": return .room(id)
        default: return nil
        }
    }

    /// The values a form starts with.
    struct Start {
        var petID: Int64?
        var kind = AppointmentKind.consultation
        var minutes = ""
        var column: DiaryColumnID?
        var start = ""
        var reason = ""
        var notes = ""
    }

    static func form(pets: [Pet], columns: [DiaryColumn], start: Start) -> FormState {
        let petOptions = pets.map { ChoiceOption(value: String($0.id ?? 0), label: "\($0.name) (\($0.species))") }
        let columnOptions = columns.map { ChoiceOption(value: value(of: $0.id), label: $0.name) }
        let width = FormSupport.editorWidth
        return FormState(fields: [
            FormField.choice("pet", label: "Pet", options: petOptions, value: start.petID.map(String.init) ?? "", width: width),
            FormField.choice("kind", label: "Type", options: PickLists.options(AppointmentKind.self),
                             value: start.kind.rawValue, width: width),
            FormSupport.field("length", "Length (minutes)",
                              value: start.minutes.isEmpty ? String(start.kind.usualMinutes) : start.minutes, maxLength: 3),
            FormField.choice("with", label: "With", options: columnOptions, value: start.column.map(value(of:)) ?? "",
                             width: width),
            FormSupport.field("start", "Start", value: start.start, maxLength: 16),
            FormSupport.field("reason", "Reason", value: start.reason, maxLength: 200),
            FormField(id: "notes", label: "Notes", editor: .area(TextAreaState(
                text: start.notes, maxLength: 2000, visibleSize: TerminalSize(rows: 2, columns: width)))),
        ])
    }

    /// What the form holds now, to build it again with new pick lists without losing a keystroke.
    static func current(_ form: FormState) -> Start {
        let values = form.values
        return Start(petID: values["pet"].flatMap { Int64($0) }, kind: AppointmentKind(rawValue: values["kind"] ?? "") ?? .consultation,
                     minutes: values["length"] ?? "", column: column(from: values["with"] ?? ""), start: values["start"] ?? "",
                     reason: values["reason"] ?? "", notes: values["notes"] ?? "")
    }

    /// The typed booking, or every field's message keyed by form field id.
    static func appointment(_ values: [String: String], clientID: Int64?, followUpOf: Int64?) -> Result<AppointmentForm, FieldErrors> {
        var typed = AppointmentForm()
        var errors: [String: String] = [:]
        typed.clientID = clientID
        typed.petID = values["pet"].flatMap { Int64($0) }
        typed.column = column(from: values["with"] ?? "")
        do throws(ValidationError) { typed.kind = try AppointmentKind.parse(values["kind"] ?? "", field: "type") } catch {
            errors["kind"] = error.message
        }
        typed.start = values["start"] ?? ""
        typed.minutes = values["length"] ?? ""
        typed.reason = values["reason"] ?? ""
        typed.notes = values["notes"] ?? ""
        typed.followUpOf = followUpOf
        do {
            _ = try typed.validated()
        } catch {
            for failure in error.errors {
                let id = fieldIDs[failure.field] ?? failure.field
                if errors[id] == nil { errors[id] = failure.message }
            }
        }
        return errors.isEmpty ? .success(typed) : .failure(FieldErrors(messages: errors))
    }

    struct FieldErrors: Error {
        let messages: [String: String]
    }
}
