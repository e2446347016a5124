/// The front-desk search index: one FTS5 row per client (rowid = client id) holding folded
/// words in three columns — the client's names, their pets' names, and their contact words
/// (email parts and the postcode as outward, inward and compact forms). Phones and
/// microchips are matched through their own B-tree indexes, so no search scans a table.
///
/// bm25 weighs a match on the client's own name above a pet's name, and both above an
/// email or postcode word, so "bell" lists Mrs Bell before the owner of a dog called Bella.
enum SearchSchema {
    static let sql = """
    CREATE VIRTUAL TABLE client_search USING fts5(
        name, pets, contact,
        tokenize = "unicode61 remove_diacritics 2",
        prefix = '1 2 3'
    );
    INSERT INTO client_search(client_search, rank) VALUES ('rank', 'bm25(10.0, 5.0, 2.0)');
    """
}
