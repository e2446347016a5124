import Foundation
import TUIKit
import VetCore
import VetStore

/// Offered in place of a restriction refusal to a practice manager: the legal ground, picked by
/// number (1 legal claims, 2 the person's consent, 3 protecting another person's rights, 4 important
/// public interest), and a note. Saving runs the blocked action again with the override, which the
/// store logs on the client, the request that restricted them and the audit trail.
@MainActor
enum RestrictionOverrideForm {
    /// The work to run again, given the override reason ("Legal claims: court order of 3 March").
    typealias Retry = @Sendable (AppDatabase, StaffSession, String) throws -> EffectPayload

    static func make(action: String, tag: String, retry: @escaping Retry,
                     done: @escaping (EffectPayload) -> Outcome) -> RightsForm {
        RightsForm(
            title: "Override the restriction",
            heading: "This client's data is restricted: \(action) only on a legal ground",
            hint: "Ground: pick the legal ground from the list. The note says why (e.g. "
                + "'court order of 3 March'). Logged on the client, the request and the audit trail.",
            fields: [PickLists.field("ground", "Ground", options: PickLists.options(RestrictionGround.self)),
                     FormSupport.field("note", "Note", maxLength: 1000)],
            fieldIDs: ["override reason": "ground", "override note": "note"],
            submit: { values in
                guard let ground = RestrictionGround.pick(values["ground"] ?? "") else {
                    return .invalid(["ground": "ground must be chosen from the list: " + RestrictionGround.choicesText])
                }
                let note = (values["note"] ?? "").trimmingCharacters(in: .whitespaces)
                guard !note.isEmpty else { return .invalid(["note": "note must say why the data is used anyway"]) }
                let reason = RestrictionOverride(ground: ground, note: note).text
                return .run(Effect.asUser(tag) { store, user in try retry(store, user, reason) })
            },
            done: done)
    }

    /// The override form when `error` is a restriction refusal and the user is a practice manager; nil otherwise.
    static func offer(for error: any Error, context: AppContext, action: String, tag: String, retry: @escaping Retry,
                      done: @escaping (EffectPayload) -> Outcome) -> Outcome? {
        guard let refusal = error as? StoreError, refusal.isRestrictionRefusal, context.session?.role == .manager else { return nil }
        return .all([.push(SmallFormScreen(make(action: action, tag: tag, retry: retry, done: done))),
                     .message(StatusMessage(ErrorText.describe(error), kind: .warning))])
    }
}
