import Foundation
import TUIKit
import VetCore
import VetStore

/// The practice manager's price list: every item with its price and VAT in force today, its
/// next dated change, drug class and whether it is still offered. Items are added, edited (a new
/// price from a chosen date), retired or put back here; Enter shows an item's price history.
struct PriceListScreen: Screen {
    /// Everything the list shows, read together.
    struct Loaded {
        var items: [PriceItem]
        /// Item id → its prices, earliest first.
        var history: [Int64: [PriceItemPrice]]
        /// Item id → the recall it starts.
        var recalls: [Int64: RecallRule] = [:]
    }

    var loaded: Loaded?
    var showRetired = false
    var list = ListState()
    var notice: DialogState?
    let mailbox = Mailbox<Loaded>()
    let done = Mailbox<String>()

    var screenID: String { AppCommands.PriceListScreenID.list }
    var title: String { "Price list" }
    var isModal: Bool { notice != nil }

    /// The items shown: those on offer, and the retired ones when asked for.
    var shown: [PriceItem] { (loaded?.items ?? []).filter { showRetired || $0.active } }

    var selected: PriceItem? { list.selectedIndex.flatMap { shown.indices.contains($0) ? shown[$0] : nil } }

    func availability(of command: Command, in context: AppContext) -> Availability {
        let needsItem = [AppCommands.PriceListID.edit, AppCommands.PriceListID.retire, AppCommands.PriceListID.history]
        if needsItem.contains(command.id), selected == nil { return .disabled(reason: "no item is selected") }
        return .enabled
    }

    func confirmationSubject(for command: Command, in context: AppContext) -> String? {
        guard command.id == AppCommands.PriceListID.retire, let item = selected else { return nil }
        return item.active ? "Retire \(item.code) \(item.name)?" : "Put \(item.code) \(item.name) back on the list?"
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        switch command.id {
        case AppCommands.PriceListID.add:
            return .push(SmallFormScreen(PriceItemForm(editing: nil, today: context.today)))
        case AppCommands.PriceListID.edit:
            guard let item = selected else { return .handled }
            let recall = item.id.flatMap { loaded?.recalls[$0] }
            return .push(SmallFormScreen(PriceItemForm(editing: item, today: context.today, recall: recall)))
        case AppCommands.PriceListID.history:
            guard let item = selected else { return .handled }
            notice = .notice(title: "Prices of \(item.code)", message: historyText(item, today: context.today))
            return .handled
        case AppCommands.PriceListID.showRetired:
            showRetired.toggle()
            list.setItemCount(shown.count)
            return .message(StatusMessage(showRetired ? "Retired items are shown (dimmed)." : "Retired items are hidden."))
        case AppCommands.PriceListID.retire:
            guard let item = selected, let id = item.id else { return .handled }
            let version = item.version
            return .run(Effect.load("retire", into: done) { store, user in
                if item.active {
                    try store.retirePriceItem(id: id, expectedVersion: version, as: user)
                    return "Retired \(item.code); it is no longer offered, and past treatments keep it."
                }
                try store.reinstatePriceItem(id: id, expectedVersion: version, as: user)
                return "\(item.code) is back on the list."
            })
        default:
            return .ignored
        }
    }

    /// "from 1 Jan 2026: £48.50, VAT 20%" per line, earliest first, the one in force on `today` marked.
    func historyText(_ item: PriceItem, today: LocalDate) -> String {
        // The name in full first: the list has to cut long names.
        let recall = item.id.flatMap { loaded?.recalls[$0] }.map { "\nRecall: \($0.group) reminder \($0.interval) after it is given" }
        let heading = item.name + (item.drugClass.map { " (\($0.displayName))" } ?? "") + (recall ?? "")
        guard let id = item.id, let prices = loaded?.history[id], !prices.isEmpty else {
            return heading + "\nNo dated prices recorded."
        }
        let current = prices.last { $0.effectiveFrom <= today }?.id ?? prices.first?.id
        return heading + "\n" + prices.map { price in
            "from \(price.effectiveFrom.long): \(price.unitPrice.formatted), VAT \(price.vatRate.formatted)"
                + (price.id == current ? " (in force)" : price.effectiveFrom > today ? " (to come)" : "")
        }.joined(separator: "\n")
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        if var dialog = notice {
            switch dialog.handle(key) {
            case .chose, .cancelled: notice = nil
            case .moved, .ignored: notice = dialog
            }
            return .handled
        }
        _ = list.handle(key)
        return .handled
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        guard reason != .tick else { return .handled }
        return .run(Effect.load("load", into: mailbox) { store, _ in
            let items = try store.priceList(includeRetired: true)
            var history: [Int64: [PriceItemPrice]] = [:]
            for id in items.compactMap(\.id) { history[id] = try store.priceHistory(itemID: id) }
            let recalls = Dictionary(try store.recallRules().map { ($0.itemID, $0.rule) }, uniquingKeysWith: { first, _ in first })
            return Loaded(items: items, history: history, recalls: recalls)
        })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if let failure = result.failure { return .message(StatusMessage(failure, kind: .error)) }
        if result.tag == "retire" {
            let note = done.take() ?? "Done."
            return .all([.message(StatusMessage(note, kind: .success)), refresh(in: context, reason: .reappeared)])
        }
        if let fresh = mailbox.take() {
            let keep = selected?.id
            loaded = fresh
            list.setItemCount(shown.count)
            if let keep, let index = shown.firstIndex(where: { $0.id == keep }) { list.select(index) }
        }
        return .handled
    }
}
