import TUIKit
import VetCore
import VetStore

extension ClientFormScreen {
    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        guard var open = dialog else {
            _ = form.handle(key)
            return .handled
        }
        switch open.handle(key) {
        case .chose(let id):
            dialog = nil
            if id == Self.openExisting.id, let existing = existingClientID {
                form.markSaved()
                return .replace(ClientRecordScreen(clientID: existing))
            }
            guard id == DialogButton.yes.id else { return .handled }
            return dialogPurpose == .discard ? .pop(nil) : save(confirmedDuplicate: true)
        case .cancelled:
            dialog = nil
        case .moved, .ignored:
            dialog = open
        }
        return .handled
    }

    /// Opens the client already registered instead of adding a second record for them.
    static let openExisting = DialogButton(id: "open", label: "Open existing", shortcut: "o")

    mutating func paste(_ text: String, in context: AppContext) -> Outcome {
        form.paste(text)
        return .handled
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if let live = receiveLive(result, in: context) { return live }
        switch result.result {
        case .success(.duplicates(let matches)) where matches.isEmpty:
            return save(confirmedDuplicate: true)
        case .success(.duplicates(let matches)):
            let names = matches.prefix(3).map { "\($0.listName) (\($0.postcode))" }.joined(separator: "; ")
            existingClientID = matches.first?.id
            let first = matches.first.map { "\($0.listName)'s record" } ?? "the existing record"
            dialog = DialogState(
                title: "Possible duplicate",
                message: "Same phone or email as: \(names). Register a new client anyway, or open \(first) instead?",
                buttons: [.no, Self.openExisting, .yes], defaultButtonID: DialogButton.no.id)
            dialogPurpose = .duplicate
            return .handled
        case .success(.client(let client)):
            form.markSaved()
            if isNew, let id = client.id {
                return .all([.replace(ClientRecordScreen(clientID: id)),
                             .message(StatusMessage("Registered \(client.fullName).", kind: .success))])
            }
            return .pop(StatusMessage("Saved \(client.fullName).", kind: .success))
        case .success:
            return .handled
        case .failure(let error):
            let version = baseVersion
            if case .edit(let client, _) = mode, let details = try? clientForm.validated(),
               let offer = RestrictionOverrideForm.offer(for: error, context: context, action: "edit their details",
                   tag: "update", retry: { store, user, reason in
                       .client(try store.updateClient(id: client.id ?? 0, expectedVersion: version, details: details,
                                                      overrideReason: reason, as: user))
                   }, done: { payload in
                       guard case .client(let saved) = payload else { return .pop(nil) }
                       // Closes the override form and the edit form beneath it, which is now saved.
                       return .all([.pop(nil), .pop(StatusMessage("Saved \(saved.fullName) under the override; it is logged.",
                                                                  kind: .success))])
                   }) {
                return offer
            }
            if case StoreError.conflict = error, case .edit(let client, _) = mode, let id = client.id {
                return .run(Self.storedValuesEffect(clientID: id, tag: "theirs"))
            }
            let rest = FormSupport.applyErrors(ErrorText.fieldMessages(error) ?? [:], to: &form, fieldIDs: Self.fieldIDs)
            return .message(StatusMessage(rest.first ?? ErrorText.describe(error), kind: .error))
        }
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let heading = isNew ? "Register a new client" : "Edit contact details"
        let cursor = FormSupport.render(form, heading: heading, note: outdatedNote, into: &buffer, in: rect)
        if let dialog {
            Dialog.render(dialog, into: &buffer, in: rect)
            return nil
        }
        return cursor
    }
}
