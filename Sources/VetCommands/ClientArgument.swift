import VetStore

/// A client named on the command line: their number, or search text that finds exactly one client.
enum ClientArgument {
    static func id(_ text: String, in store: AppDatabase, field: String = "client") throws -> Int64 {
        let typed = text.trimmingCharacters(in: .whitespaces)
        if let id = Int64(typed) { return id }
        guard !typed.isEmpty else { throw CommandFailure(message: "\(field): give the client's number or a name to search for") }
        let hits = try store.search(typed, limit: 2)
        guard hits.count == 1, let hit = hits.first else {
            throw CommandFailure(message: hits.isEmpty
                ? "\(field): no client matches '\(typed)'"
                : "\(field): '\(typed)' matches more than one client; give the number `vetdesk search` prints")
        }
        return hit.clientID
    }
}
