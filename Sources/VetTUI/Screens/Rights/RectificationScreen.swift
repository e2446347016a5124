import TUIKit
import VetCore
import VetStore

/// Rectification under a request: the client form, pre-filled, saved through the right so old and
/// new values are kept and everyone who received the old details is listed to be told.
struct RectificationScreen: Screen {
    let requestID: Int64
    let reference: String
    let client: Client
    /// The ordinary client form, reused for its fields, validation and unsaved-changes guard.
    var editor: ClientFormScreen

    init(requestID: Int64, reference: String, client: Client, phones: [ClientPhone]) {
        self.requestID = requestID
        self.reference = reference
        self.client = client
        self.editor = ClientFormScreen(mode: .edit(client, phones))
    }

    var screenID: String { AppCommands.RightsScreenID.rightsForm }
    var title: String { "Rectify · \(reference)" }
    var isTextEntryActive: Bool { true }
    var hasUnsavedInput: Bool { editor.form.isDirty }
    var isModal: Bool { editor.isModal }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        if let moved = FormSupport.moveFocus(&editor.form, for: command) { return moved }
        switch command.id {
        case AppCommands.ID.back:
            guard editor.form.isDirty else { return .pop(nil) }
            editor.dialog = .discardChanges(of: "the correction")
            editor.dialogPurpose = .discard
            return .handled
        case AppCommands.ID.save:
            return save()
        default:
            return .ignored
        }
    }

    private mutating func save() -> Outcome {
        let details: ClientDetails
        do {
            details = try editor.clientForm.validated()
        } catch {
            let rest = FormSupport.applyErrors(ErrorText.fieldMessages(error) ?? [:], to: &editor.form,
                                               fieldIDs: ClientFormScreen.fieldIDs)
            return .message(StatusMessage(rest.first ?? "Please correct the marked fields.", kind: .warning))
        }
        editor.form.setErrors([:])
        let id = requestID
        let version = editor.baseVersion
        return .run(Effect.asUser("rectify") { store, user in
            .rights(.rectified(try store.rectifyClient(requestID: id, details: details, expectedVersion: version, as: user)))
        })
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome { editor.handle(key, in: context) }

    mutating func paste(_ text: String, in context: AppContext) -> Outcome { editor.paste(text, in: context) }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if result.tag == "theirs" { return openMerge(result, in: context) }
        switch result.result {
        case .success(.rights(.rectified(let done))):
            editor.form.markSaved()
            return .replace(RecipientsScreen(requestID: requestID, reference: reference,
                                             intro: Self.changeLines(done, reference: reference)))
        case .success:
            return .handled
        case .failure(let error):
            if case StoreError.conflict = error, let id = client.id {
                return .run(ClientFormScreen.storedValuesEffect(clientID: id, tag: "theirs"))
            }
            let rest = FormSupport.applyErrors(ErrorText.fieldMessages(error) ?? [:], to: &editor.form,
                                               fieldIDs: ClientFormScreen.fieldIDs)
            return .message(StatusMessage(rest.first ?? ErrorText.describe(error), kind: .error))
        }
    }

    /// Someone changed the client while the correction was typed: merge field by field, then save
    /// the chosen details through the right, which lists who must be told.
    private func openMerge(_ result: EffectResult, in context: AppContext) -> Outcome {
        guard case .success(.storedValues(let stored)) = result.result else {
            return .message(StatusMessage(result.failure ?? "Could not read the stored record.", kind: .error))
        }
        let id = requestID
        let reference = reference
        let merge = editor.mergeScreen(stored, zone: context.store.clock.timeZone, save: { details, version in
            Effect.asUser("mergeSave") { store, user in
                .rights(.rectified(try store.rectifyClient(requestID: id, details: details, expectedVersion: version, as: user)))
            }
        }, finished: { payload in
            guard case .rights(.rectified(let done)) = payload else { return .pop(nil) }
            // Closes the merge and puts the list of recipients in place of the correction form.
            return .all([.pop(nil), .replace(RecipientsScreen(requestID: id, reference: reference,
                                                              intro: Self.changeLines(done, reference: reference)))])
        })
        return merge.map { .push($0) } ?? .handled
    }

    /// "Postcode: JE2 3AB → JE2 4ZZ", one line per corrected field.
    static func changeLines(_ result: RectificationResult, reference: String) -> [PageLine] {
        guard !result.changes.isEmpty else {
            return [PageLine("Nothing changed under \(reference): the details were already as typed.", .title), .blank]
        }
        return [PageLine("Rectified under \(reference): \(result.client.fullName)", .title)]
            + result.changes.map { change in
                PageLine("  \(change.field): \(change.oldValue.isEmpty ? "(blank)" : change.oldValue) → "
                    + (change.newValue.isEmpty ? "(blank)" : change.newValue), .ok)
            }
            + [.blank]
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let cursor = FormSupport.render(
            editor.form, heading: "Rectify \(client.fullName)'s details under \(reference)",
            note: "Old and new values are kept. After saving, everyone who received the old details is listed to be told.",
            into: &buffer, in: rect)
        if let dialog = editor.dialog {
            Dialog.render(dialog, into: &buffer, in: rect)
            return nil
        }
        return cursor
    }
}
