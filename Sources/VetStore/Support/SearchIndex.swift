import GRDB
import VetCore

/// Keeps a client's row of the FTS5 search index in step with their name, email, postcode and pets.
enum SearchIndex {
    static func refresh(_ db: Database, clientID: Int64) throws {
        try db.execute(sql: "DELETE FROM client_search WHERE rowid = ?", arguments: [clientID])
        guard let client = try Client.fetchOne(db, key: clientID), client.status != .anonymised else { return }
        let petNames = try String.fetchAll(db, sql: "SELECT name FROM pet WHERE client_id = ?", arguments: [clientID])
        try db.execute(sql: "INSERT INTO client_search(rowid, terms) VALUES (?, ?)",
                       arguments: [clientID, terms(for: client, petNames: petNames)])
    }

    /// Folded words: names, email parts, the postcode as outward, inward and compact forms, pet names.
    static func terms(for client: Client, petNames: [String]) -> String {
        var words: [String] = []
        words += SearchText.words(client.firstName)
        words += SearchText.words(client.lastName)
        if let email = client.email { words += SearchText.words(email) }
        let postcode = client.postcode.lowercased()
        words += postcode.split(separator: " ").map(String.init)
        words.append(postcode.replacingOccurrences(of: " ", with: ""))
        for name in petNames { words += SearchText.words(name) }
        return words.joined(separator: " ")
    }
}
