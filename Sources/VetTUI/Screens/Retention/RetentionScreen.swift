import Foundation
import TUIKit
import VetCore
import VetStore

/// The retention review: every client and pet past the practice's retention periods, why (one line
/// per period) and since when, what holds it back (money owed, an open claim or request) and the
/// dry run of the fields anonymising it removes. The manager ticks the items to anonymise (Space,
/// or `a` for all); anonymising the ticked items takes a named confirmation: a dialog that names
/// what will go (No is the default), then the word ANONYMISE typed out, so no stray key can remove
/// anyone's identity.
struct RetentionScreen: Screen {
    /// The word the manager types to confirm.
    static let confirmationWord = "ANONYMISE"

    enum Stage {
        case browsing
        case asking(DialogState)
        case typing(TextFieldState)
    }

    var items: [RetentionItem]?
    var list = ListState()
    var stage = Stage.browsing
    /// The items the manager has ticked; only these are anonymised.
    var ticked: Set<RetentionItem.Key> = []

    var screenID: String { AppCommands.RightsScreenID.retention }
    var title: String { "Retention review" }
    var isModal: Bool { if case .browsing = stage { false } else { true } }
    var isTextEntryActive: Bool { if case .typing = stage { true } else { false } }

    /// Items due and not held: what applying the review anonymises.
    var due: [RetentionItem] { (items ?? []).filter { $0.heldBecause == nil } }
    var held: [RetentionItem] { (items ?? []).filter { $0.heldBecause != nil } }
    /// Due, not held and ticked: what applying the review anonymises.
    var chosen: [RetentionItem] { due.filter { ticked.contains($0.key) } }

    var selected: RetentionItem? {
        guard let items else { return nil }
        return list.selectedIndex.flatMap { items.indices.contains($0) ? items[$0] : nil }
    }

    func availability(of command: Command, in context: AppContext) -> Availability {
        guard items != nil else { return .disabled(reason: "the review is still being read") }
        if due.isEmpty { return .disabled(reason: "nothing is due that is not held") }
        switch command.id {
        case AppCommands.RightsID.anonymise where chosen.isEmpty:
            return .disabled(reason: "nothing is ticked; tick items with Space, or all with a")
        case AppCommands.RightsID.tick where selected?.heldBecause != nil:
            return .disabled(reason: "this item is held: \(selected?.heldBecause ?? "")")
        default: return .enabled
        }
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        switch command.id {
        case AppCommands.RightsID.tick:
            guard let item = selected, item.heldBecause == nil else { return .ignored }
            if ticked.remove(item.key) == nil { ticked.insert(item.key) }
            _ = list.handle(.down)
            return .handled
        case AppCommands.RightsID.tickAll:
            ticked = chosen.count == due.count ? [] : Set(due.map(\.key))
            return .handled
        case AppCommands.RightsID.anonymise:
            break
        default:
            return .ignored
        }
        guard !chosen.isEmpty else { return .ignored }
        stage = .asking(.confirmDestructive(
            action: "Anonymise", thing: Self.describe(chosen),
            consequence: "Names, addresses, email, phones and notes about the person are removed for good; "
                + "clinical history is kept without the owner's identity. Held items are left alone."))
        return .handled
    }

    /// "2 clients and 1 pet (Zoë Ó Briain, Rex, …)": how many of what, and the first names.
    static func describe(_ items: [RetentionItem]) -> String {
        let clients = items.filter { $0.kind == .client }.count
        let pets = items.count - clients
        var parts: [String] = []
        if clients > 0 { parts.append(clients == 1 ? "1 client" : "\(clients) clients") }
        if pets > 0 { parts.append(pets == 1 ? "1 pet" : "\(pets) pets") }
        let names = items.prefix(3).map(\.name).joined(separator: ", ") + (items.count > 3 ? ", …" : "")
        return parts.joined(separator: " and ") + " (\(names))"
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        switch stage {
        case .browsing:
            _ = list.handle(key)
            return .handled
        case .asking(var dialog):
            switch dialog.handle(key) {
            case .chose(let id) where id == DialogButton.yes.id: stage = .typing(TextFieldState(maxLength: 20))
            case .chose, .cancelled: stage = .browsing; return .message(StatusMessage("Nothing was anonymised."))
            case .moved, .ignored: stage = .asking(dialog)
            }
            return .handled
        case .typing(var field):
            switch key {
            case .escape:
                stage = .browsing
                return .message(StatusMessage("Nothing was anonymised."))
            case .enter:
                guard field.text.trimmingCharacters(in: .whitespaces).uppercased() == Self.confirmationWord else {
                    return .message(StatusMessage("Type \(Self.confirmationWord) to go on, or press Esc to cancel.",
                                                  kind: .warning))
                }
                stage = .browsing
                let keys = Set(chosen.map(\.key))
                return .run(Effect.asUser("hits") { store, user in
                    .rights(.freeText(try store.retentionHits(selecting: keys, as: user)))
                })
            default:
                _ = field.handle(key)
                stage = .typing(field)
                return .handled
            }
        }
    }

    mutating func paste(_ text: String, in context: AppContext) -> Outcome {
        guard case .typing(var field) = stage else { return .ignored }
        field.insert(text)
        stage = .typing(field)
        return .handled
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        guard reason != .tick else { return .handled }
        let today = context.today
        return .run(Effect("load") { store, _ in .rights(.retention(try store.retentionReview(today: today))) })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        switch result.result {
        case .success(.rights(.retention(let found))):
            items = found
            ticked.formIntersection(found.filter { $0.heldBecause == nil }.map(\.key))
            list.setItemCount(found.count)
            return .handled
        case .success(.rights(.freeText(let review))) where review.isEmpty:
            let keys = Set(chosen.map(\.key))
            return .run(Effect.asUser("apply") { store, user in
                .rights(.retentionApplied(try store.applyRetention(selecting: keys, as: user)))
            })
        case .success(.rights(.freeText(let review))):
            return .push(FreeTextReviewScreen(work: .retention(Set(chosen.map(\.key))), review: review))
        case .success(.rights(.retentionApplied(let applied))):
            return .push(RightsPageScreen(title: "Retention applied",
                                          lines: Self.appliedLines(applied, by: context.session?.displayName ?? "",
                                                                   at: context.now, zone: context.store.clock.timeZone)))
        case .success:
            return .handled
        case .failure(let error):
            return .message(StatusMessage(ErrorText.describe(error), kind: .error))
        }
    }
}
