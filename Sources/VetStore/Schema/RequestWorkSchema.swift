/// What working a request needs beyond v1: the identity check waived with a reason, the third
/// party's relationship and the day their written authority arrived, the day the response was
/// sent, and the log of restriction overrides.
enum RequestWorkSchema {
    static let sql = """
    ALTER TABLE dsr_request ADD COLUMN identity_waived_reason TEXT;
    ALTER TABLE dsr_request ADD COLUMN third_party_relationship TEXT;
    ALTER TABLE dsr_request ADD COLUMN authority_received_on TEXT;
    ALTER TABLE dsr_request ADD COLUMN response_sent_on TEXT;
    CREATE TABLE dsr_restriction_override (
        id INTEGER PRIMARY KEY,
        request_id INTEGER REFERENCES dsr_request(id),
        client_id INTEGER NOT NULL REFERENCES client(id),
        action TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 200),
        ground TEXT NOT NULL CHECK (ground IN ('legalClaims','consent','protectOthers','publicInterest')),
        note TEXT NOT NULL CHECK (length(note) BETWEEN 1 AND 1000),
        at DATETIME NOT NULL,
        by INTEGER NOT NULL REFERENCES staff_user(id)
    );
    CREATE INDEX dsr_restriction_override_client ON dsr_restriction_override(client_id, at);
    """
}
