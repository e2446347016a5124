import VetSQL

/// The statements behind a search, one per way a query can match. Each reads an index
/// (the text index, `client_phone_digits`, the microchip's unique index, the postcode and
/// email expression indexes, the client primary key); on SQLite, CROSS JOIN fixes the join
/// order so it never starts from the client table (PostgreSQL reads it as an inner join).
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
        ORDER BY ph.digits, ph.client_id LIMIT ?
        """

    static let emailPrefix = """
        SELECT c.id FROM client c
        WHERE lower(c.email) >= ? AND lower(c.email) < ? AND c.status <> 'anonymised'
        ORDER BY lower(c.email), c.id LIMIT ?
        """

    static let postcodePrefix = """
        SELECT c.id FROM client c
        WHERE replace(c.postcode, ' ', '') >= ? AND replace(c.postcode, ' ', '') < ? AND c.status <> 'anonymised'
        ORDER BY replace(c.postcode, ' ', ''), c.id LIMIT ?
        """

    /// Clients whose surname is exactly what was typed (ASCII letters in any case), through the
    /// surname index: the first tier of a broad query, so "smith" lists Smiths first even when
    /// thousands of clients have a "smith" word somewhere. It stops at as many as are shown
    /// (in index order; ranked by forename in Swift): sorting every Smith would read hundreds of
    /// client pages per keystroke for a list that can show fifty.
    static func exactSurname(_ dialect: SQLDialect) -> String {
        switch dialect {
        case .sqlite: """
            SELECT id, first_name, last_name, status FROM client
            WHERE last_name = ? COLLATE NOCASE AND status <> 'anonymised' LIMIT ?
            """
        case .postgresql: """
            SELECT id, first_name, last_name, status FROM client
            WHERE lower(last_name) = lower(?) AND status <> 'anonymised' ORDER BY lower(last_name), id LIMIT ?
            """
        }
    }

    static let clientSummary = "SELECT first_name, last_name, postcode, status FROM client WHERE id = ?"
    static let clientPhones = "SELECT display FROM client_phone WHERE client_id = ? ORDER BY position"
    /// Each pet's name, marked when it has died so the desk never asks after it.
    static let clientPets = """
        SELECT name || CASE WHEN status = 'deceased' THEN ' (died' || coalesce(' ' || died_on, '') || ')' ELSE '' END
        FROM pet WHERE client_id = ? ORDER BY name
        """

    static func ids(_ db: any SQLConnection, _ sql: String, _ arguments: SQLArguments) throws -> [Int64] {
        try db.fetchValues(Int64.self, forEngine(sql, db.dialect), arguments)
    }

    static func candidates(_ db: any SQLConnection, _ sql: String, _ arguments: SQLArguments) throws -> [TextCandidate] {
        try db.fetchAll(forEngine(sql, db.dialect), arguments).map(TextCandidate.init(row:))
    }

    /// SQLite's CROSS JOIN … ON (a join whose order it keeps) is an inner join to PostgreSQL,
    /// which chooses the order itself and spells it JOIN.
    static func forEngine(_ sql: String, _ dialect: SQLDialect) -> String {
        dialect == .postgresql ? sql.replacingOccurrences(of: "CROSS JOIN", with: "JOIN") : sql
    }
}
