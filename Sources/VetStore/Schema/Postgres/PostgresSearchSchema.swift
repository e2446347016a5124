/// The front-desk search index on PostgreSQL, holding what SQLite's FTS5 table holds: per
/// client the folded words of their names, their pets' names and their postcode
/// (`client_search`), and each distinct word once per client (`client_search_word`), whose
/// B-tree answers "a word starting with …" as a range, as FTS5's prefix index does. Ranking
/// is worked out in Swift from the words, so both engines list the same clients in the same
/// order. With the postcode, email and surname expression indexes (PostgresCoreSchema), no
/// search reads a client-sized table from end to end.
enum PostgresSearchSchema {
    static let sql = """
    CREATE TABLE client_search (
        client_id BIGINT PRIMARY KEY REFERENCES client(id) ON DELETE CASCADE,
        name TEXT COLLATE "C" NOT NULL,
        pets TEXT COLLATE "C" NOT NULL,
        postcode TEXT COLLATE "C" NOT NULL
    );
    CREATE TABLE client_search_word (
        word TEXT COLLATE "C" NOT NULL,
        client_id BIGINT NOT NULL REFERENCES client_search(client_id) ON DELETE CASCADE,
        PRIMARY KEY (word, client_id)
    );
    CREATE INDEX client_search_word_client ON client_search_word(client_id);
    """
}
