import VetSQL

/// The word-prefix statements of a search, which differ by engine: SQLite's FTS5 answers
/// `MATCH`; on PostgreSQL each typed word is a range over `client_search_word`'s B-tree
/// (one row per client and folded word), every further word an EXISTS on the same index.
/// Both give the same clients; index order is the client id on both.
struct TextLookups {
    let dialect: SQLDialect
    let query: SearchQuery

    /// Counts matches up to a cap, stopping early: decides whether ranking is affordable.
    func probe(cap: Int) -> (String, SQLArguments) {
        switch dialect {
        case .sqlite:
            ("SELECT rowid FROM client_search WHERE client_search MATCH ? LIMIT ?", [query.prefixMatch, cap])
        case .postgresql:
            wordMatch(select: "SELECT DISTINCT w0.client_id", prefix: true, status: nil, ordered: false, limit: cap)
        }
    }

    /// Every match with its names and indexed words, for ranking in `TextCandidate`. Used only
    /// when the matches are few (the probe found no more than the ranking cap).
    func ranked() -> (String, SQLArguments) {
        switch dialect {
        case .sqlite: ("""
            SELECT c.id, c.first_name, c.last_name, c.status,
                   client_search.name AS indexed_name, client_search.pets AS indexed_pets,
                   client_search.postcode AS indexed_postcode
            FROM client_search CROSS JOIN client c ON c.id = client_search.rowid
            WHERE client_search MATCH ? AND c.status <> 'anonymised'
            """, [query.prefixMatch])
        case .postgresql:
            wordMatch(select: """
                SELECT c.id, c.first_name, c.last_name, c.status,
                       s.name AS indexed_name, s.pets AS indexed_pets, s.postcode AS indexed_postcode
                """, prefix: true, status: "c.status <> 'anonymised'", ordered: false, limit: nil, joinIndexed: true)
        }
    }

    /// One tier of a broad query among active (or ceased and deceased) clients, whole words
    /// or word starts, in index order, stopping at the limit.
    func tier(active: Bool, wholeWords: Bool, limit: Int) -> (String, SQLArguments) {
        let status = active ? "c.status = 'active'" : "c.status IN ('ceased', 'deceased')"
        switch dialect {
        case .sqlite:
            return ("""
                SELECT c.id, c.first_name, c.last_name, c.status FROM client_search CROSS JOIN client c ON c.id = client_search.rowid
                WHERE client_search MATCH ? AND \(status) LIMIT ?
                """, [wholeWords ? query.exactMatch : query.prefixMatch, limit])
        case .postgresql:
            return wordMatch(select: "SELECT DISTINCT c.id, c.first_name, c.last_name, c.status", prefix: !wholeWords,
                             status: status, ordered: true, limit: limit)
        }
    }

    /// Sorts after any character in byte order (UTF-8, as the "C" collation compares), so
    /// `word + afterEveryCharacter` bounds every word that starts with `word`, accented or not.
    static let afterEveryCharacter = "\u{10FFFF}"

    /// The first word read as a range (or an equality) over the word index, each further word
    /// as an EXISTS on the same index for the same client.
    private func wordMatch(select: String, prefix: Bool, status: String?, ordered: Bool, limit: Int?,
                           joinIndexed: Bool = false) -> (String, SQLArguments) {
        var arguments: [any SQLValueConvertible] = []
        func condition(_ alias: String, _ word: String) -> String {
            if prefix {
                arguments += [word, word + Self.afterEveryCharacter]
                return "\(alias).word >= ? AND \(alias).word < ?"
            }
            arguments.append(word)
            return "\(alias).word = ?"
        }
        var sql = "\(select) FROM client_search_word w0"
        if status != nil || joinIndexed { sql += " JOIN client c ON c.id = w0.client_id" }
        if joinIndexed { sql += " JOIN client_search s ON s.client_id = w0.client_id" }
        var conditions = [condition("w0", query.words.first ?? "")]
        for (index, word) in query.words.dropFirst().enumerated() {
            let alias = "w\(index + 1)"
            conditions.append("EXISTS (SELECT 1 FROM client_search_word \(alias) WHERE \(alias).client_id = w0.client_id AND "
                + condition(alias, word) + ")")
        }
        if let status { conditions.append(status) }
        sql += " WHERE " + conditions.joined(separator: " AND ")
        if ordered { sql += " ORDER BY c.id" }
        if let limit {
            sql += " LIMIT ?"
            arguments.append(limit)
        }
        return (sql, SQLArguments(arguments))
    }
}
