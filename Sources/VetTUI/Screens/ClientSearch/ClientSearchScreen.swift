import TUIKit
import VetCore
import VetStore

/// The front-desk search: one box, results as you type (name, phone digits, postcode, email,
/// pet name, microchip). The box keeps focus; arrows move the selection; Enter opens — or, when
/// another screen asked for a client (a pet's new owner), Enter chooses it.
struct ClientSearchScreen: Screen {
    /// Set when the search picks a client for another screen instead of opening one.
    var picking: ClientPick?
    var query = TextFieldState(maxLength: 100, visibleWidth: 50)
    var hits: [SearchHit] = []
    /// How many clients matched in all, to say when more matched than are shown.
    var matched = SearchResults()
    var list = ListState()
    /// The query the shown results belong to, so the empty-result text is honest.
    var searchedFor = ""

    var screenID: String { AppCommands.ScreenID.search }
    var title: String { picking?.title ?? "Client search" }
    var isTextEntryActive: Bool { true }

    init(picking: ClientPick? = nil) {
        self.picking = picking
    }

    func availability(of command: Command, in context: AppContext) -> Availability {
        if command.id == AppCommands.ID.openResult, list.selectedIndex == nil {
            return .disabled(reason: "no client is selected; type a name, phone, postcode or microchip")
        }
        if command.id == AppCommands.ID.openResult, let picking, let index = list.selectedIndex, hits.indices.contains(index),
           let reason = picking.refusal(hits[index]) {
            return .disabled(reason: reason)
        }
        if command.id == AppCommands.ID.newClient, let picking {
            return .disabled(reason: "choose an existing client for \(picking.purpose); register a new one from the search first")
        }
        return .enabled
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        switch command.id {
        case AppCommands.ID.openResult:
            guard let index = list.selectedIndex, hits.indices.contains(index) else { return .handled }
            if let picking { return picking.choose(hits[index]) }
            return .push(ClientRecordScreen(clientID: hits[index].clientID))
        case AppCommands.ID.newClient:
            return .push(ClientFormScreen(mode: .new, prefill: query.text))
        case AppCommands.ID.findClient:
            query.setText("")
            return searchNow()
        default:
            return .ignored
        }
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        if [Key.up, .down, .pageUp, .pageDown].contains(key) {
            _ = list.handle(key)
            return .handled
        }
        let before = query.text
        _ = query.handle(key)
        return query.text == before ? .handled : searchNow()
    }

    mutating func paste(_ text: String, in context: AppContext) -> Outcome {
        query.insert(text)
        return searchNow()
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        reason == .reappeared && !query.text.isEmpty ? searchNow() : .handled
    }

    /// The most results the list shows; a line says when more matched.
    static let shownLimit = 50

    private func searchNow() -> Outcome {
        let text = query.text
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            return .run(Effect("search") { _, _ in .searchResults(SearchResults()) })
        }
        return .run(Effect("search:" + text) { store, _ in
            .searchResults(try store.searchResults(text, limit: Self.shownLimit))
        })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        guard case .searchResults(let results)? = result.payload else {
            return .message(StatusMessage(result.failure ?? "Search failed.", kind: .error))
        }
        let found = results.hits
        hits = found
        matched = results
        searchedFor = String(result.tag.dropFirst("search:".count))
        list.setItemCount(found.count)
        list.select(0)
        return .handled
    }
}

/// A client search run to choose a client for another screen: what for, who cannot be chosen,
/// and what choosing one does (usually replacing the search with the next form).
struct ClientPick {
    /// The header title, e.g. "New owner for Biscuit".
    let title: String
    /// Said in the help line and refusals: "Biscuit's new owner".
    let purpose: String
    /// Why a hit cannot be chosen (the current owner, a ceased client), or nil.
    let refusal: @MainActor (SearchHit) -> String?
    let choose: @MainActor (SearchHit) -> Outcome
}
