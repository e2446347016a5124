import Foundation
import VetCore
import VetStore

/// What the audit viewer is narrowed to: the typed words (to edit again) and what they resolved to.
struct AuditFilter: Equatable {
    var userText = ""
    var clientText = ""
    var fromText = ""
    var toText = ""
    var userID: Int64?
    var clientID: Int64?
    var clientName: String?
    var from: LocalDate?
    var to: LocalDate?

    /// "User: mary   Client: Ó Briain, Zoë (#1)   Dates: 2026-03-01 to any".
    var summary: String {
        let user = userID == nil ? "everyone" : userText
        let client = clientID.map { id in clientName.map { "\($0) (#\(id))" } ?? "#\(id)" } ?? "all"
        let dates = from == nil && to == nil ? "all" : "\(from?.iso ?? "start") to \(to?.iso ?? "today")"
        return "User: \(user)   Client: \(client)   Dates: \(dates)"
    }

    /// Resolves typed text against the store: a username or display name, a client by name
    /// (which must match one client) or by number, and two dates.
    static func resolve(user: String, client: String, from: String, to: String, in store: AppDatabase) throws -> AuditFilter {
        var filter = AuditFilter(userText: user.trimmed, clientText: client.trimmed, fromText: from.trimmed, toText: to.trimmed)
        var check = Validator()
        filter.from = check.check { () throws(ValidationError) in try date(filter.fromText, field: "from") } ?? nil
        filter.to = check.check { () throws(ValidationError) in try date(filter.toText, field: "to") } ?? nil
        if let start = filter.from, let end = filter.to, end < start {
            check.add(ValidationError(field: "to", message: "to \(end.iso) is before from \(start.iso)"))
        }
        if !filter.userText.isEmpty {
            let typed = filter.userText.lowercased()
            let staff = try store.users().first { $0.username == typed || $0.displayName.lowercased() == typed }
            if staff == nil { check.add(ValidationError(field: "user", message: "there is no login called '\(filter.userText)'")) }
            filter.userID = staff?.id
        }
        if !filter.clientText.isEmpty {
            let number = Int64(filter.clientText.hasPrefix("#") ? String(filter.clientText.dropFirst()) : filter.clientText)
            if let number {
                filter.clientID = number
            } else {
                let hits = try store.search(filter.clientText, limit: 6)
                let exact = hits.filter { $0.name.lowercased() == filter.clientText.lowercased() }
                if let only = hits.count == 1 ? hits.first : exact.count == 1 ? exact.first : nil {
                    filter.clientID = only.clientID
                    filter.clientName = only.name
                } else {
                    check.add(ValidationError(field: "client", message: clientProblem(filter.clientText, hits)))
                }
            }
        }
        try check.finish()
        return filter
    }

    private static func clientProblem(_ text: String, _ hits: [SearchHit]) -> String {
        guard !hits.isEmpty else { return "no client matches '\(text)'" }
        let names = hits.prefix(3).map { "\($0.name) #\($0.clientID)" }.joined(separator: "; ")
        return "'\(text)' matches several clients (\(names)); type more of the name or # and the number"
    }

    private static func date(_ text: String, field: String) throws(ValidationError) -> LocalDate? {
        guard !text.isEmpty else { return nil }
        guard let date = LocalDate(iso: text) else {
            throw LocalDate.refusal(of: text, field: field)
        }
        return date
    }
}

/// One load of the audit viewer: the rows and the state of the hash chain.
struct AuditPage {
    var rows: [AuditRow]
    /// What `vetdesk check` would report about the chain; empty when it is intact.
    var chainProblems: [String]
    var entriesChecked: Int
    /// True when more entries match than were read; the screen says so.
    var isCapped: Bool
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespaces) }
}
