import Foundation
import TUIKit
import VetCore
import VetStore

/// The practice settings form. Each field's rule is shown under it; when someone else saved
/// the settings first, the screen says who and when, keeps what was typed, and a second save
/// deliberately puts the typed values over theirs.
struct SettingsScreen: Screen {
    var form = FormState(fields: [
        FormSupport.field("name", "Practice name", maxLength: 100),
        FormSupport.field("address", "Address", maxLength: 300),
        PickLists.field("region", "Region", options: PickLists.region),
        FormSupport.field("lock", "Record lock (hours)", maxLength: 4),
        FormSupport.field("clinical", "Keep clinical (yrs)", maxLength: 3),
        FormSupport.field("financial", "Keep financial (yrs)", maxLength: 3),
        FormSupport.field("idle", "Idle lock (minutes)", maxLength: 4),
        FormSupport.field("contact", "Privacy contact", maxLength: 200),
    ])
    /// The version the typed values are based on; nil until loaded.
    var version: Int?
    /// Who saved first, shown until the next save.
    var conflict: String?
    var discard = DiscardGuard()

    /// Store field names → form field ids.
    static let fieldIDs = ["practice name": "name", "practice address": "address", "region": "region",
                           "record-lock period (hours)": "lock", "clinical retention (years)": "clinical",
                           "financial retention (years)": "financial", "idle timeout (minutes)": "idle",
                           "data-protection contact": "contact"]

    var screenID: String { AppCommands.ManagerScreenID.settings }
    var title: String { "Practice settings" }
    var isTextEntryActive: Bool { true }
    var hasUnsavedInput: Bool { form.isDirty }
    var isModal: Bool { discard.isOpen }

    func availability(of command: Command, in context: AppContext) -> Availability {
        command.id == AppCommands.ID.save && version == nil ? .disabled(reason: "the settings are still loading") : .enabled
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        if let moved = FormSupport.moveFocus(&form, for: command) { return moved }
        switch command.id {
        case AppCommands.ID.back: return discard.back(isDirty: form.isDirty, thing: "the practice settings")
        case AppCommands.ID.save: return save()
        default: return .ignored
        }
    }

    private mutating func save() -> Outcome {
        guard let version else { return .handled }
        let settings: PracticeSettings
        do { settings = try SettingsText.parse(form.values) } catch {
            return showErrors(error)
        }
        form.setErrors([:])
        return .run(Effect.asUser("save") { store, user in
            try store.updateSettings(settings, expectedVersion: version, as: user)
            return .done
        })
    }

    private mutating func showErrors(_ error: any Error) -> Outcome {
        let messages = ErrorText.fieldMessages(error)
        let rest = FormSupport.applyErrors(messages ?? [:], to: &form, fieldIDs: Self.fieldIDs)
        // The message line has room for the whole sentence the field line may cut short.
        let text = messages == nil ? ErrorText.describe(error)
            : rest.first ?? form.focusedField?.error ?? "Please correct the marked fields."
        return .message(StatusMessage(text, kind: messages == nil ? .error : .warning))
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        if discard.isOpen { return discard.handle(key) }
        _ = form.handle(key)
        return .handled
    }

    mutating func paste(_ text: String, in context: AppContext) -> Outcome {
        form.paste(text)
        return .handled
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        reason == .appeared ? .run(Self.loadEffect(tag: "load")) : .handled
    }

    static func loadEffect(tag: String) -> Effect {
        Effect(tag) { store, _ in
            guard let current = try store.practiceSettings() else { throw StoreError.refused("the practice is not set up yet") }
            return .manager(.settings(current.settings, version: current.version))
        }
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        switch result.result {
        case .success(.manager(.settings(let settings, let loadedVersion))):
            version = loadedVersion
            // After a conflict only the version moves on: the typed values stay for the next save.
            if result.tag == "load" { SettingsText.load(settings, into: &form) }
            return .handled
        case .success:
            form.markSaved()
            return .pop(StatusMessage("Practice settings saved.", kind: .success))
        case .failure(StoreError.conflict(let clash)):
            conflict = clash.message + ". Press F2 again to save your values over theirs, or Esc to leave them."
            return .all([.message(StatusMessage(clash.message, kind: .error)), .run(Self.loadEffect(tag: "latest"))])
        case .failure(let error):
            return showErrors(error)
        }
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let note = conflict ?? "Region chooses the law and the bank holidays; it is a list: type a word of "
            + "the region or use the arrows."
        let cursor = FormSupport.render(form, heading: "Practice settings", note: note, into: &buffer, in: rect)
        discard.render(into: &buffer, in: rect)
        return discard.isOpen ? nil : cursor
    }
}
