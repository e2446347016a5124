import TUIKit
import VetCore
import VetStore

/// The front-desk search: one box, results as you type (name, phone digits, postcode, email,
/// pet name, microchip). The box keeps focus; arrows move the selection; Enter opens.
struct ClientSearchScreen: Screen {
    var query = TextFieldState(maxLength: 100, visibleWidth: 50)
    var hits: [SearchHit] = []
    /// How many clients matched in all, to say when more matched than are shown.
    var matched = SearchResults()
    var list = ListState()
    /// The query the shown results belong to, so the empty-result text is honest.
    var searchedFor = ""

    var screenID: String { AppCommands.ScreenID.search }
    var title: String { "Client search" }
    var isTextEntryActive: Bool { true }

    func availability(of command: Command, in context: AppContext) -> Availability {
        if command.id == AppCommands.ID.openResult, list.selectedIndex == nil {
            return .disabled(reason: "no client is selected; type a name, phone, postcode or microchip")
        }
        return .enabled
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        switch command.id {
        case AppCommands.ID.openResult:
            guard let index = list.selectedIndex, hits.indices.contains(index) else { return .handled }
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
