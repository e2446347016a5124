import GRDB

/// The statements behind a search, one per way a query can match. Each reads an index
/// (FTS5, `client_phone_digits`, the microchip's unique index, the postcode and email
/// expression indexes, the client primary key);
/// CROSS JOIN fixes the join order so SQLite never starts from the client table.
enum SearchLookups {
    static let exactMicrochip = """
        SELECT p.client_id FROM pet p CROSS JOIN client c ON c.id = p.client_id
        WHERE p.microchip = ? AND c.status <> 'anonymised'
        """

    static let microchipPrefix = """
        SELECT p.client_id FROM pet p CROSS JOIN client c ON c.id = p.client_id
        WHERE p.microchip > ? AND p.microchip < ? AND c.status <> 'anonymised'
        ORDER BY p.microchip LIMIT ?
        """

    static let exactPhone = """
        SELECT ph.client_id FROM client_phone ph CROSS JOIN client c ON c.id = ph.client_id
        WHERE ph.digits = ? AND c.status <> 'anonymised'
        ORDER BY c.status <> 'active', c.id LIMIT ?
        """

    static let phonePrefix = """
        SELECT ph.client_id FROM client_phone ph CROSS JOIN client c ON c.id = ph.client_id
        WHERE ph.digits > ? AND ph.digits < ? AND c.status <> 'anonymised'
        ORDER BY ph.digits LIMIT ?
        """

    static let emailPrefix = """
        SELECT c.id FROM client c
        WHERE lower(c.email) >= ? AND lower(c.email) < ? AND c.status <> 'anonymised'
        ORDER BY lower(c.email) LIMIT ?
        """

    static let postcodePrefix = """
        SELECT c.id FROM client c
        WHERE replace(c.postcode, ' ', '') >= ? AND replace(c.postcode, ' ', '') < ? AND c.status <> 'anonymised'
        ORDER BY replace(c.postcode, ' ', '') LIMIT ?
        """

    /// Counts matches up to a cap, stopping early: decides whether ranking is affordable.
    static let textProbe = "SELECT rowid FROM client_search WHERE client_search MATCH ? LIMIT ?"

    /// Every match with its names and bm25, for ranking in `TextCandidate`. Used only when the
    /// matches are few (the probe found no more than the ranking cap).
    static let textRanked = """
        SELECT c.id, c.first_name, c.last_name, c.status, client_search.rank AS rank
        FROM client_search CROSS JOIN client c ON c.id = client_search.rowid
        WHERE client_search MATCH ? AND c.status <> 'anonymised'
        """

    /// Clients whose surname is exactly what was typed (ASCII letters in any case), through the
    /// surname index: the first tier of a broad query, so "smith" lists Smiths first even when
    /// thousands of clients have a "smith" word somewhere. It stops at as many as are shown
    /// (in index order; ranked by forename in Swift): sorting every Smith would read hundreds of
    /// client pages per keystroke for a list that can show fifty.
    static let exactSurname = """
        SELECT id, first_name, last_name, status FROM client
        WHERE last_name = ? COLLATE NOCASE AND status <> 'anonymised' LIMIT ?
        """

    /// One tier of a broad query, in index order, stopping at the limit.
    static let textActive = """
        SELECT c.id, c.first_name, c.last_name, c.status FROM client_search CROSS JOIN client c ON c.id = client_search.rowid
        WHERE client_search MATCH ? AND c.status = 'active' LIMIT ?
        """

    static let textInactive = """
        SELECT c.id, c.first_name, c.last_name, c.status FROM client_search CROSS JOIN client c ON c.id = client_search.rowid
        WHERE client_search MATCH ? AND c.status IN ('ceased', 'deceased') LIMIT ?
        """

    static let clientSummary = "SELECT first_name, last_name, postcode, status FROM client WHERE id = ?"
    static let clientPhones = "SELECT display FROM client_phone WHERE client_id = ? ORDER BY position"
    /// Each pet's name, marked when it has died so the desk never asks after it.
    static let clientPets = """
        SELECT name || CASE WHEN status = 'deceased' THEN ' (died' || coalesce(' ' || died_on, '') || ')' ELSE '' END
        FROM pet WHERE client_id = ? ORDER BY name
        """

    /// Every statement above: what a search runs (as opposed to FTS5's own internal reads).
    static let all: Set<String> = [
        exactMicrochip, microchipPrefix, exactPhone, phonePrefix, emailPrefix, postcodePrefix, textProbe, textRanked, exactSurname, textActive,
        textInactive,
        clientSummary, clientPhones, clientPets,
    ]

    static func ids(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws -> [Int64] {
        try Int64.fetchAll(db.cachedStatement(sql: sql), arguments: arguments)
    }

    static func candidates(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws -> [TextCandidate] {
        try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).map(TextCandidate.init(row:))
    }
}
