import Foundation
import TUIKit
import VetCore
import VetStore

/// A stale save turned into choices: each field where the person's value and the stored one
/// differ, side by side with what it was, kept or taken field by field, then saved against the
/// stored version. Someone saving yet again meanwhile just brings the screen back with the
/// newest values, so no typing is ever lost.
struct MergeScreen: Screen {
    /// How the merged values are saved and the stored ones read again, for the record merged.
    struct Target {
        /// "Zoë Smith's contact details".
        let recordName: String
        /// The form's fields in order, with their labels.
        let labels: [(id: String, label: String)]
        /// Saves every field's value against `version` (tag "mergeSave").
        let save: @MainActor (_ values: [String: String], _ version: Int) -> Effect
        /// Reads the stored values again after another conflict, which says who saved and when
        /// (tag "mergeReread").
        let reread: @MainActor (Conflict) -> Effect
        /// Where to go once saved, from what the save returned: this screen is still on top, with
        /// the form it came from beneath it.
        let finished: @MainActor (EffectPayload) -> Outcome
    }

    let target: Target
    var merge: FieldMerge
    var stored: StoredValues
    var selected = 0
    /// The line above the fields: who saved and when, or that they saved yet again.
    var news: String

    init(target: Target, original: [String: String], mine: [String: String], stored: StoredValues, zone: TimeZone) {
        self.target = target
        self.merge = FieldMerge(labels: target.labels, original: original, mine: mine, theirs: stored.values)
        self.stored = stored
        self.news = Self.news(target.recordName, stored, zone: zone, again: false)
    }

    var screenID: String { AppCommands.MergeID.screen }
    var title: String { "Merge changes" }

    static func news(_ record: String, _ stored: StoredValues, zone: TimeZone, again: Bool) -> String {
        let when = DisplayFormat.dateTime(stored.changedAt, zone: zone)
        return "\(stored.changedBy) saved \(record)\(again ? " again" : "") at \(when), while you were editing."

    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        switch command.id {
        case AppCommands.ID.save: return .run(target.save(merge.merged, stored.version))
        case AppCommands.MergeID.keepMine: merge.choose(.mine, at: selected)
        case AppCommands.MergeID.takeTheirs: merge.choose(.theirs, at: selected)
        case AppCommands.MergeID.allMine: merge.chooseAll(.mine)
        case AppCommands.MergeID.allTheirs: merge.chooseAll(.theirs)
        case AppCommands.ID.showRow: return showSelectedInFull()
        default: return .ignored
        }
        return .handled
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        switch key {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(max(0, merge.fields.count - 1), selected + 1)
        case .home: selected = 0
        case .end: selected = max(0, merge.fields.count - 1)
        default: return .ignored
        }
        return .handled
    }

    /// Enter: the selected field's three values, whole and wrapped, in a box that scrolls.
    private func showSelectedInFull() -> Outcome {
        guard merge.fields.indices.contains(selected) else { return .handled }
        let field = merge.fields[selected]
        let items = [RowDetailState.Item(label: "Yours", text: field.mine),
                     RowDetailState.Item(label: "Theirs: saved by \(stored.changedBy)", text: field.theirs),
                     RowDetailState.Item(label: "Before (when you opened it)", text: field.original)]
        return .push(RowDetailScreen(RowDetailState(title: field.label, items: items)))
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        switch (result.tag, result.result) {
        case ("mergeSave", .success(let payload)):
            return target.finished(payload)
        case ("mergeSave", .failure(StoreError.conflict(let clash))):
            return .run(target.reread(clash))
        case ("mergeReread", .success(.storedValues(let newer))):
            return takeNewer(newer, zone: context.store.clock.timeZone)
        default:
            return .message(StatusMessage(result.failure ?? "Could not save.", kind: .error))
        }
    }

    /// Someone saved again while choosing: what was theirs becomes the base, the choices made so
    /// far become "yours", and only what still differs is asked again.
    private mutating func takeNewer(_ newer: StoredValues, zone: TimeZone) -> Outcome {
        merge = FieldMerge(labels: target.labels, original: stored.values, mine: merge.merged, theirs: newer.values)
        stored = newer
        selected = 0
        news = Self.news(target.recordName, newer, zone: zone, again: true)
        if merge.isEmpty {
            return .run(target.save(merge.merged, stored.version))
        }
        return .message(StatusMessage("\(newer.changedBy) saved again while you were choosing; check the fields "
                                      + "below and press F2 again.", kind: .warning))
    }
}
