/// The front-desk search index: one FTS5 row per client (rowid = client id) holding folded
/// words in three columns — the client's names, their pets' names, and the postcode's
/// outward and inward codes. bm25 weighs a match on the client's own name above a pet's
/// name, and both above a postcode word, so "bell" lists Mrs Bell before the owner of Bella.
///
/// Values typed whole or from their start — phone digits, microchips, postcodes without the
/// space, email addresses — are matched by range over B-tree indexes instead: kept out of
/// FTS5, their many distinct terms would make every short word prefix expand into
/// thousands of terms. The two expression indexes below serve the postcode and email
/// ranges, so no search scans a table.
enum SearchSchema {
    static let sql = """
    CREATE VIRTUAL TABLE client_search USING fts5(
        name, pets, postcode,
        tokenize = "unicode61 remove_diacritics 2",
        prefix = '1 2 3'
    );
    INSERT INTO client_search(client_search, rank) VALUES ('rank', 'bm25(10.0, 5.0, 2.0)');
    CREATE INDEX client_postcode_search ON client(replace(postcode, ' ', ''));
    CREATE INDEX client_email_search ON client(lower(email));
    """
}
