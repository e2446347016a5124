/// The front-desk search index: one FTS5 row per client (rowid = client id) holding folded
/// words from names, email, postcode and pet names. Phones and microchips are matched
/// through their own indexes, so no search scans a whole table.
enum SearchSchema {
    static let sql = """
    CREATE VIRTUAL TABLE client_search USING fts5(
        terms,
        tokenize = "unicode61 remove_diacritics 2",
        prefix = '1 2 3'
    );
    """
}
