import Foundation
import TUIKit
import VetCore
import VetStore

/// The edit form while another terminal changes the same client: the typing here is kept, a
/// message names who changed which field, F5 loads the stored values, and a stale save opens the
/// merge screen instead of being refused.
extension ClientFormScreen {
    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        guard reason == .tick, context.storeChanged, case .edit(let client, _) = mode, let id = client.id else {
            return .handled
        }
        let since = noticedVersion ?? baseVersion
        return .run(Effect("watch") { store, _ in
            guard let snapshot = try store.clientIfChanged(id: id, since: since) else { return .done }
            return .clientChanged(snapshot)
        })
    }

    mutating func perform(live command: Command) -> Outcome? {
        guard command.id == AppCommands.MergeID.reload else { return nil }
        guard case .edit(let client, _) = mode, let id = client.id else {
            return .message(StatusMessage("A new client has no stored values to load."))
        }
        return .run(Self.storedValuesEffect(clientID: id, tag: "reload"))
    }

    /// The stored client as values for the form or a merge (tag: "reload" or "theirs").
    static func storedValuesEffect(clientID: Int64, tag: String) -> Effect {
        Effect(tag) { store, _ in .storedValues(storedValues(try store.clientForEditing(id: clientID))) }
    }

    static func storedValues(_ snapshot: ClientEditingSnapshot) -> StoredValues {
        StoredValues(values: values(of: snapshot.client, phones: snapshot.phones), version: snapshot.client.version,
                     changedBy: snapshot.note?.changedBy ?? "another user",
                     changedAt: snapshot.note?.changedAt ?? snapshot.client.updatedAt)
    }

    /// Results of watching, reloading and merging; nil for the form's own results.
    mutating func receiveLive(_ result: EffectResult, in context: AppContext) -> Outcome? {
        let zone = context.store.clock.timeZone
        switch (result.tag, result.result) {
        case ("watch", .success(.clientChanged(let snapshot))):
            noticedVersion = snapshot.client.version
            let stored = Self.storedValues(snapshot)
            let news = LiveRecordText.formOutdated(fields: changedLabels(stored.values), by: stored.changedBy,
                                                   at: stored.changedAt, zone: zone)
            outdatedNote = news.text
            return .message(StatusMessage("\(stored.changedBy) changed this client while you were editing; see above.",
                                          kind: .warning))
        case ("watch", _):
            return .handled
        case ("reload", .success(.storedValues(let stored))):
            for (id, value) in stored.values { form.load(value, into: id) }
            form.setErrors([:])
            form.markSaved()
            baseValues = stored.values
            baseVersion = stored.version
            noticedVersion = stored.version
            outdatedNote = nil
            return .message(StatusMessage("Loaded the stored values.", kind: .success))
        case ("theirs", .success(.storedValues(let stored))):
            return openMerge(stored, zone: zone)
        case ("reload", .failure), ("theirs", .failure):
            return .message(StatusMessage(result.failure ?? "Could not read the stored record.", kind: .error))
        default:
            return nil
        }
    }

    /// Labels of the fields whose stored value is no longer the one this form started from.
    func changedLabels(_ stored: [String: String]) -> [String] {
        form.fields.filter { (stored[$0.id] ?? "") != (baseValues[$0.id] ?? "") }.map(\.label)
    }

    /// The merge screen for a stale save; saving there closes this form too.
    private mutating func openMerge(_ stored: StoredValues, zone: TimeZone) -> Outcome {
        guard case .edit(let client, _) = mode, let id = client.id else { return .handled }
        if stored.values.allSatisfy({ form.values[$0.key] == $0.value }) {
            // The stored record already says what was typed: save against its version, no questions.
            baseValues = stored.values
            baseVersion = stored.version
            return save(confirmedDuplicate: true)
        }
        let merge = mergeScreen(stored, zone: zone, save: { details, version in
            Effect.asUser("mergeSave") { store, user in
                .client(try store.updateClient(id: id, expectedVersion: version, details: details, as: user))
            }
        }, finished: { payload in
            let name = if case .client(let saved) = payload { saved.fullName } else { client.fullName }
            // Closes the merge and the form beneath it, whose values are now saved.
            return .all([.pop(nil), .pop(StatusMessage("Saved \(name) with the values you chose.", kind: .success))])
        })
        return merge.map { .push($0) } ?? .handled
    }

    /// A merge of this form's typing with `stored`, saving the chosen details through `save`
    /// (an effect tagged "mergeSave"); the rectification form saves through its right instead.
    func mergeScreen(_ stored: StoredValues, zone: TimeZone,
                     save: @escaping @MainActor (ClientDetails, Int) -> Effect,
                     finished: @escaping @MainActor (EffectPayload) -> Outcome) -> MergeScreen? {
        guard case .edit(let client, _) = mode, let id = client.id else { return nil }
        let target = MergeScreen.Target(
            recordName: "\(client.fullName)'s contact details",
            labels: form.fields.map { (id: $0.id, label: $0.label) },
            save: { values, version in
                do {
                    return save(try Self.clientForm(from: values).validated(), version)
                } catch {
                    return Effect("mergeSave") { _, _ in throw error }
                }
            },
            reread: { _ in Self.storedValuesEffect(clientID: id, tag: "mergeReread") },
            finished: finished)
        return MergeScreen(target: target, original: baseValues, mine: form.values, stored: stored, zone: zone)
    }
}
