import Foundation
import TUIKit
import VetCore
import VetStore

/// The retention review: every client and pet past the practice's retention periods, why and
/// since when, and what holds it back (money owed, an open claim or request). Anonymising takes a
/// named confirmation: a dialog that names what will go (No is the default), then the word
/// ANONYMISE typed out, so no stray key can remove anyone's identity.
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

    var screenID: String { AppCommands.RightsScreenID.retention }
    var title: String { "Retention review" }
    var isModal: Bool { if case .browsing = stage { false } else { true } }
    var isTextEntryActive: Bool { if case .typing = stage { true } else { false } }

    /// Items due and not held: what applying the review anonymises.
    var due: [RetentionItem] { (items ?? []).filter { $0.heldBecause == nil } }
    var held: [RetentionItem] { (items ?? []).filter { $0.heldBecause != nil } }

    var selected: RetentionItem? {
        guard let items else { return nil }
        return list.selectedIndex.flatMap { items.indices.contains($0) ? items[$0] : nil }
    }

    func availability(of command: Command, in context: AppContext) -> Availability {
        guard command.id == AppCommands.RightsID.anonymise else { return .enabled }
        guard items != nil else { return .disabled(reason: "the review is still being read") }
        return due.isEmpty ? .disabled(reason: "nothing is due that is not held") : .enabled
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        guard command.id == AppCommands.RightsID.anonymise, !due.isEmpty else { return .ignored }
        stage = .asking(.confirmDestructive(
            action: "Anonymise", thing: Self.describe(due),
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
                return .run(Effect.asUser("apply") { store, user in .rights(.retentionApplied(try store.applyRetention(as: user))) })
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
            list.setItemCount(found.count)
            return .handled
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
