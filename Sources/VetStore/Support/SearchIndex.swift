import VetCore
import VetSQL

/// Keeps the search index in step with clients' names, postcodes and pets: one row per client
/// of folded words in three columns (names, pets, postcode). On SQLite the row lives in the
/// FTS5 table `client_search`; on PostgreSQL in a plain `client_search` table beside
/// `client_search_word`, one row per distinct word, whose B-tree answers word prefixes.
///
/// Anonymised clients have no row, so nothing typed at the desk can find them.
enum SearchIndex {
    /// The three indexed columns of one client, as folded words joined by spaces.
    struct Terms: Equatable {
        var name: String
        var pets: String
        var postcode: String

        /// Every distinct word of the three columns: what the word table holds.
        var words: Set<String> {
            Set([name, pets, postcode].flatMap { $0.split(separator: " ").map(String.init) })
        }
    }

    /// Rewrites one client's row: called by every action that changes what search matches.
    static func refresh(_ db: any SQLConnection, clientID: Int64) throws {
        try remove(db, clientID: clientID)
        guard let row = try db.fetchOne("""
            SELECT first_name, last_name, postcode FROM client WHERE id = ? AND status <> 'anonymised'
            """, [clientID]) else { return }
        let petNames = try db.fetchValues(String.self, "SELECT name FROM pet WHERE client_id = ?", [clientID])
        let found = terms(firstName: try row.decode(String.self, "first_name"), lastName: try row.decode(String.self, "last_name"),
                          postcode: try row.decode(String.self, "postcode"), petNames: petNames)
        try insert(db, clientID: clientID, terms: found)
    }

    /// Takes a client out of the index (erasure, anonymisation).
    static func remove(_ db: any SQLConnection, clientID: Int64) throws {
        switch db.dialect {
        case .sqlite:
            try db.execute("DELETE FROM client_search WHERE rowid = ?", [clientID])
        case .postgresql:
            try db.execute("DELETE FROM client_search_word WHERE client_id = ?", [clientID])
            try db.execute("DELETE FROM client_search WHERE client_id = ?", [clientID])
        }
    }

    /// After an erasure: on SQLite merges FTS5's segments into one, so that removed rows leave no
    /// old segment behind in the file. PostgreSQL's plain tables have no segments; removed rows
    /// are reclaimed by the server's vacuum.
    static func merge(_ db: any SQLConnection) throws {
        switch db.dialect {
        case .sqlite: try db.execute("INSERT INTO client_search(client_search) VALUES ('optimize')")
        case .postgresql: break
        }
    }

    /// Rebuilds the whole index in one pass (bulk loads such as the demo practice); on SQLite
    /// then merges FTS5's segments so the first searches afterwards are as fast as later ones.
    static func rebuildAll(_ db: any SQLConnection) throws {
        switch db.dialect {
        case .sqlite: try db.execute("DELETE FROM client_search")
        case .postgresql:
            try db.execute("DELETE FROM client_search_word")
            try db.execute("DELETE FROM client_search")
        }
        let clients = try db.fetchAll("""
            SELECT id, first_name, last_name, postcode FROM client WHERE status <> 'anonymised' ORDER BY id
            """)
        var petNames: [Int64: [String]] = [:]
        for pet in try db.fetchAll("SELECT client_id, name FROM pet ORDER BY client_id, id") {
            petNames[try pet.decode(Int64.self, "client_id"), default: []].append(try pet.decode(String.self, "name"))
        }
        var batch = ServerIndexBatch(db: db)
        for client in clients {
            let id = try client.decode(Int64.self, "id")
            let found = terms(firstName: try client.decode(String.self, "first_name"),
                              lastName: try client.decode(String.self, "last_name"),
                              postcode: try client.decode(String.self, "postcode"), petNames: petNames[id] ?? [])
            if db.dialect == .postgresql {
                try batch.add(clientID: id, terms: found)
            } else {
                try insert(db, clientID: id, terms: found)
            }
        }
        try batch.flush()
        switch db.dialect {
        case .sqlite: try db.execute("INSERT INTO client_search(client_search) VALUES ('optimize')")
        case .postgresql:
            try db.execute("ANALYZE client_search")
            try db.execute("ANALYZE client_search_word")
        }
    }

    private static func insert(_ db: any SQLConnection, clientID: Int64, terms: Terms) throws {
        switch db.dialect {
        case .sqlite:
            try db.execute("INSERT INTO client_search(rowid, name, pets, postcode) VALUES (?, ?, ?, ?)",
                           [clientID, terms.name, terms.pets, terms.postcode])
        case .postgresql:
            try db.execute("INSERT INTO client_search(client_id, name, pets, postcode) VALUES (?, ?, ?, ?)",
                           [clientID, terms.name, terms.pets, terms.postcode])
            for word in terms.words.sorted() {
                try db.execute("INSERT INTO client_search_word(word, client_id) VALUES (?, ?)", [word, clientID])
            }
        }
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

/// Index rows for a server gathered and sent many to a statement, so rebuilding the index of
/// 100,000 clients is not a million network round trips.
private struct ServerIndexBatch {
    let db: any SQLConnection
    private var clients: [SQLValue] = []
    private var words: [SQLValue] = []
    static let rowsPerStatement = 1_000

    init(db: any SQLConnection) { self.db = db }

    mutating func add(clientID: Int64, terms: SearchIndex.Terms) throws {
        clients += [.integer(clientID), .text(terms.name), .text(terms.pets), .text(terms.postcode)]
        for word in terms.words.sorted() { words += [.text(word), .integer(clientID)] }
        if clients.count >= Self.rowsPerStatement * 4 { try flush() }
    }

    /// Writes what is waiting: clients first, since each word refers to its client's row.
    mutating func flush() throws {
        try write("client_search(client_id, name, pets, postcode)", width: 4, &clients)
        try write("client_search_word(word, client_id)", width: 2, &words)
    }

    private func write(_ target: String, width: Int, _ values: inout [SQLValue]) throws {
        try db.insertRows(into: target, width: width, values, rowsPerStatement: Self.rowsPerStatement)
        values.removeAll(keepingCapacity: true)
    }
}
