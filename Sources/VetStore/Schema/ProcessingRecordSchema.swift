/// The record of processing activities and the privacy notices generated from it
/// (`v2-records-of-processing`). An activity names one Art 6 basis (the interest pursued when it
/// is legitimate interests), its recipients by the disclosure log's kinds, transfers with their
/// safeguards, and a retention rule that points at the practice's settings rather than repeating
/// a period. Each notice version is kept, never changed, and a consent wording names the notice
/// in force when it was added.
enum ProcessingRecordSchema {
    static let sql = """
    CREATE TABLE processing_activity (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 120),
        purpose TEXT NOT NULL CHECK (length(purpose) BETWEEN 1 AND 1000),
        lawful_basis TEXT NOT NULL CHECK (lawful_basis IN ('consent','contract','legalObligation','vitalInterests',
            'publicTask','legitimateInterests')),
        legitimate_interest TEXT NOT NULL DEFAULT '' CHECK (length(legitimate_interest) <= 1000),
        people_categories TEXT NOT NULL CHECK (length(people_categories) BETWEEN 1 AND 1000),
        data_categories TEXT NOT NULL CHECK (length(data_categories) BETWEEN 1 AND 1000),
        recipient_kinds TEXT NOT NULL DEFAULT '' CHECK (length(recipient_kinds) <= 200),
        recipients_note TEXT NOT NULL DEFAULT '' CHECK (length(recipients_note) <= 1000),
        transfers TEXT NOT NULL DEFAULT '' CHECK (length(transfers) <= 1000),
        transfer_safeguards TEXT NOT NULL DEFAULT '' CHECK (length(transfer_safeguards) <= 1000),
        retention TEXT NOT NULL CHECK (retention IN ('clinical','financial','untilWithdrawn','custom')),
        retention_note TEXT NOT NULL DEFAULT '' CHECK (length(retention_note) <= 1000),
        paper_records TEXT NOT NULL DEFAULT '' CHECK (length(paper_records) <= 1000),
        security_measures TEXT NOT NULL CHECK (length(security_measures) BETWEEN 1 AND 2000),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
        created_at DATETIME NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        updated_at DATETIME NOT NULL,
        updated_by INTEGER REFERENCES staff_user(id),
        CHECK ((lawful_basis = 'legitimateInterests') = (length(legitimate_interest) > 0)),
        CHECK (transfers = '' OR length(transfer_safeguards) > 0),
        CHECK (retention <> 'custom' OR length(retention_note) > 0)
    );
    CREATE TABLE privacy_notice (
        version INTEGER PRIMARY KEY CHECK (version >= 1),
        generated_on TEXT NOT NULL,
        text TEXT NOT NULL CHECK (length(text) > 0),
        html TEXT NOT NULL CHECK (length(html) > 0),
        created_at DATETIME NOT NULL,
        created_by INTEGER NOT NULL REFERENCES staff_user(id)
    );
    CREATE TRIGGER privacy_notice_no_update BEFORE UPDATE ON privacy_notice
        BEGIN SELECT RAISE(ABORT, 'a privacy notice is never changed; generate a new version'); END;
    ALTER TABLE consent_wording ADD COLUMN notice_version INTEGER REFERENCES privacy_notice(version);
    """
}
