/// The consent wordings the practice has used, by version: what a person agreed to when their
/// consent names a version. Never edited once written; a new wording is a new version.
enum ConsentWordingSchema {
    static let sql = """
    CREATE TABLE consent_wording (
        version TEXT PRIMARY KEY CHECK (length(version) BETWEEN 1 AND 40),
        wording TEXT NOT NULL CHECK (length(wording) BETWEEN 1 AND 4000),
        in_use_from TEXT NOT NULL,
        created_at DATETIME NOT NULL,
        created_by INTEGER NOT NULL REFERENCES staff_user(id)
    );
    CREATE TRIGGER consent_wording_no_update BEFORE UPDATE ON consent_wording
        BEGIN SELECT RAISE(ABORT, 'a consent wording is never changed; add a new version'); END;
    """
}
