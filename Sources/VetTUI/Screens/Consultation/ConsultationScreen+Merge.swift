import Foundation
import TUIKit
import VetCore
import VetStore

/// A correction saved after someone else corrected the same note: the merge screen lists each
/// differing field, the treatments among them, and saves the chosen values.
extension ConsultationScreen {
    /// The merge field that stands for the whole list of treatment lines.
    static let treatmentsField = (id: "treatments", label: "Treatments")

    /// A stale correction reads the stored note (tag "theirs"); its answer opens the merge.
    mutating func receiveMerge(_ result: EffectResult, in context: AppContext) -> Outcome? {
        switch (result.tag, result.result) {
        case ("save", .failure(StoreError.conflict(let clash))):
            guard let id = existing?.consultation.id else { return nil }
            return .run(Self.storedEffect(id: id, clash: clash, tag: "theirs"))
        case ("theirs", .success(.storedValues(let stored))):
            return openMerge(stored, zone: context.store.clock.timeZone, today: context.today)
        case ("theirs", .failure):
            return .message(StatusMessage(result.failure ?? "Could not read the stored note.", kind: .error))
        default:
            return nil
        }
    }

    /// The stored note as merge values, with who saved it and when from the conflict.
    private static func storedEffect(id: Int64, clash: Conflict, tag: String) -> Effect {
        Effect(tag) { store, _ in
            let record = try store.consultation(id: id)
            return .storedValues(StoredValues(values: values(record.consultation, lines: record.lines.map(\.treatmentLine)),
                                              version: record.consultation.version, changedBy: clash.changedBy,
                                              changedAt: clash.changedAt))
        }
    }

    /// The form's values for a note, plus its treatments as one line each.
    static func values(_ note: Consultation?, lines: [TreatmentLine]) -> [String: String] {
        var values = ConsultationFields.form(for: note).values
        values[treatmentsField.id] = treatmentsText(lines)
        return values
    }

    static func treatmentsText(_ lines: [TreatmentLine]) -> String {
        lines.map { "\($0.quantity) × \($0.description)\($0.dose.map { " (\($0))" } ?? "")" }.joined(separator: "\n")
    }

    private func openMerge(_ stored: StoredValues, zone: TimeZone, today: LocalDate) -> Outcome {
        guard let existing, let id = existing.consultation.id else { return .handled }
        let mine = lines
        let mineText = Self.treatmentsText(mine)
        let target = MergeScreen.Target(
            recordName: "\(pet.name)'s consultation note",
            labels: form.fields.map { (id: $0.id, label: $0.label) } + [Self.treatmentsField],
            save: { values, version in
                Effect.asUser("mergeSave") { store, user in
                    // Theirs are the stored lines; had they changed again, the version check refuses the save.
                    let chosenLines = values[Self.treatmentsField.id] == mineText
                        ? mine : try store.consultation(id: id).lines.map(\.treatmentLine)
                    guard case .valid(let details) = ConsultationFields.details(values, lines: chosenLines, today: today) else {
                        throw StoreError.refused("the chosen values do not make a valid note; press Esc and correct the form")
                    }
                    _ = try store.updateConsultation(id: id, expectedVersion: version, details: details, as: user)
                    return .done
                }
            },
            reread: { clash in Self.storedEffect(id: id, clash: clash, tag: "mergeReread") },
            finished: { _ in
                .all([.pop(nil), .pop(StatusMessage("Consultation corrected with the values you chose.", kind: .success))])
            })
        let original = Self.values(existing.consultation, lines: existing.lines.map(\.treatmentLine))
        return .push(MergeScreen(target: target, original: original,
                                 mine: form.values.merging([Self.treatmentsField.id: mineText]) { _, new in new },
                                 stored: stored, zone: zone))
    }
}
