import TUIKit
import VetCore
import VetStore

/// The consultation form's fields, and how their text becomes a checked note.
@MainActor
enum ConsultationFields {
    static let editorWidth = 50

    /// The store's field names → form field ids, so a refusal shows under its field.
    static let fieldIDs = ["kind": "kind", "consultation kind": "kind", "queue minutes": "queue", "reason": "reason",
                           "subjective": "subjective", "objective": "objective", "assessment": "assessment",
                           "plan": "plan", "weight": "weight", "follow-up": "followUp"]

    static func form(for note: Consultation?) -> FormState {
        func line(_ id: String, _ label: String, _ value: String, _ limit: Int) -> FormField {
            FormField(id: id, label: label, editor: .line(TextFieldState(text: value, maxLength: limit, visibleWidth: editorWidth)))
        }
        func notes(_ id: String, _ label: String, _ value: String?) -> FormField {
            FormField(id: id, label: label, editor: .area(TextAreaState(
                text: value ?? "", maxLength: 8000, visibleSize: TerminalSize(rows: 2, columns: editorWidth))))
        }
        return FormState(fields: [
            FormField.choice("kind", label: "Kind", options: PickLists.options(ConsultationKind.self),
                             value: (note?.kind ?? .inPerson).rawValue, width: editorWidth),
            line("queue", "Queue minutes (online)", note?.queueMinutes.map(String.init) ?? "", 4),
            line("reason", "Reason", note?.reason ?? "", 200),
            notes("subjective", "S: history", note?.subjective),
            notes("objective", "O: examination", note?.objective),
            notes("assessment", "A: assessment", note?.assessment),
            notes("plan", "P: plan", note?.plan),
            line("weight", "Weight (kg)", note?.weightGrams.map { Weight(grams: $0).kilogramsText } ?? "", 12),
            line("followUp", "Follow-up (YYYY-MM-DD)", note?.followUpOn?.iso ?? "", 10),
        ])
    }

    /// The typed note checked, or every field's message keyed by the store's field name.
    enum Checked {
        case valid(ConsultationDetails)
        case invalid([String: String])
    }

    static func details(_ values: [String: String], lines: [TreatmentLine], today: LocalDate) -> Checked {
        var typed = ConsultationForm()
        var errors: [String: String] = [:]
        do throws(ValidationError) { typed.kind = try ConsultationKind.parse(values["kind"] ?? "", field: "kind") } catch {
            errors["kind"] = error.message
        }
        typed.queueMinutes = values["queue"] ?? ""
        typed.reason = values["reason"] ?? ""
        typed.subjective = values["subjective"] ?? ""
        typed.objective = values["objective"] ?? ""
        typed.assessment = values["assessment"] ?? ""
        typed.plan = values["plan"] ?? ""
        typed.weight = values["weight"] ?? ""
        typed.followUp = values["followUp"] ?? ""
        typed.lines = lines
        do {
            let details = try typed.validated(today: today)
            return errors.isEmpty ? .valid(details) : .invalid(errors)
        } catch {
            for failure in error.errors where errors[failure.field] == nil { errors[failure.field] = failure.message }
            return .invalid(errors)
        }
    }
}
