import GRDB
import VetSQL
import VetCore

/// Keeps the FTS5 search index in step with clients' names, postcodes and pets.
///
/// Anonymised clients have no row, so nothing typed at the desk can find them.
enum SearchIndex {
    /// The three indexed columns of one client, as folded words joined by spaces.
    struct Terms: Equatable {
        var name: String
        var pets: String
        var postcode: String
    }

    /// Rewrites one client's row: called by every action that changes what search matches.
    static func refresh(_ db: any SQLConnection, clientID: Int64) throws {
        try db.execute("DELETE FROM client_search WHERE rowid = ?", [clientID])
        guard let row = try db.fetchOne("""
            SELECT first_name, last_name, postcode FROM client WHERE id = ? AND status <> 'anonymised'
            """, [clientID]) else { return }
        let petNames = try db.fetchValues(String.self, "SELECT name FROM pet WHERE client_id = ?", [clientID])
        let found = terms(firstName: try row.decode(String.self, "first_name"), lastName: try row.decode(String.self, "last_name"),
                          postcode: try row.decode(String.self, "postcode"), petNames: petNames)
        try db.execute("INSERT INTO client_search(rowid, name, pets, postcode) VALUES (?, ?, ?, ?)",
                       [clientID, found.name, found.pets, found.postcode])
    }

    /// The same, from code still written against GRDB.
    static func refresh(_ db: Database, clientID: Int64) throws {
        try refresh(SQLiteConnection(db), clientID: clientID)
    }

    /// Rebuilds the whole index in one pass (bulk loads such as the demo practice), then
    /// merges FTS5's segments so the first searches afterwards are as fast as later ones.
    static func rebuildAll(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM client_search")
        let clients = try Row.fetchCursor(db, sql: """
            SELECT id, first_name, last_name, postcode FROM client WHERE status <> 'anonymised' ORDER BY id
            """)
        let pets = try Row.fetchCursor(db, sql: "SELECT client_id, name FROM pet ORDER BY client_id")
        var pendingPet = try pets.next().map { (clientID: $0[0] as Int64, name: $0[1] as String) }
        while let client = try clients.next() {
            let id: Int64 = client["id"]
            var petNames: [String] = []
            while let pet = pendingPet, pet.clientID <= id {
                if pet.clientID == id { petNames.append(pet.name) }
                pendingPet = try pets.next().map { (clientID: $0[0] as Int64, name: $0[1] as String) }
            }
            try insert(db, clientID: id, terms: terms(row: client, petNames: petNames))
        }
        try db.execute(sql: "INSERT INTO client_search(client_search) VALUES ('optimize')")
    }

    private static func insert(_ db: Database, clientID: Int64, terms: Terms) throws {
        let statement = try db.cachedStatement(sql: "INSERT INTO client_search(rowid, name, pets, postcode) VALUES (?, ?, ?, ?)")
        try statement.execute(arguments: [clientID, terms.name, terms.pets, terms.postcode])
    }

    private static func terms(row: Row, petNames: [String]) -> Terms {
        terms(firstName: row["first_name"], lastName: row["last_name"], postcode: row["postcode"], petNames: petNames)
    }

    /// Folded words for each column. A name of several words is also indexed joined up
    /// ("Ó Briain" as "o", "briain" and "obriain"; "Le Brocq" as "lebrocq"), so it is found
    /// typed with or without its spaces. The postcode is indexed as "je2" and "3ab", so a
    /// name and a postcode can be combined ("smith je2").
    static func terms(firstName: String, lastName: String, postcode: String, petNames: [String]) -> Terms {
        var name: [String] = []
        for part in [firstName, lastName] {
            let words = SearchText.words(part)
            name += words
            let joined = SearchText.fold(part).filter { $0.isLetter || $0.isNumber }
            if words.count > 1, !words.contains(joined) { name.append(joined) }
        }
        let pets = petNames.flatMap(SearchText.words)
        return Terms(name: name.joined(separator: " "), pets: pets.joined(separator: " "),
                     postcode: postcode.lowercased())
    }
}
