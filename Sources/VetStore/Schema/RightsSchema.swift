/// What carrying out a data-protection right leaves behind: the per-category outcome of an
/// erasure, the recipients still to be told of a change, restrictions with the date the person
/// was told before one was lifted, and decisions on objections. Plus the indexes the retention
/// review and the access pack read through.
enum RightsSchema {
    static let sql = """
    CREATE TABLE dsr_erasure_outcome (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES dsr_request(id),
        category TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('erased','anonymised','kept')),
        reason TEXT NOT NULL,
        kept_until TEXT,
        CHECK (outcome <> 'kept' OR length(reason) > 0)
    );
    CREATE INDEX dsr_erasure_outcome_request ON dsr_erasure_outcome(request_id);
    CREATE TABLE dsr_recipient_notice (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES dsr_request(id),
        disclosure_id INTEGER NOT NULL REFERENCES disclosure(id),
        told_on TEXT,
        recorded_at DATETIME NOT NULL,
        recorded_by INTEGER NOT NULL REFERENCES staff_user(id),
        UNIQUE (request_id, disclosure_id)
    );
    CREATE TABLE dsr_restriction (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES dsr_request(id),
        client_id INTEGER NOT NULL REFERENCES client(id),
        reason TEXT NOT NULL,
        started_at DATETIME NOT NULL,
        started_by INTEGER NOT NULL REFERENCES staff_user(id),
        person_told_on TEXT,
        lifted_at DATETIME,
        lifted_by INTEGER REFERENCES staff_user(id),
        CHECK (lifted_at IS NULL OR person_told_on IS NOT NULL)
    );
    CREATE INDEX dsr_restriction_client ON dsr_restriction(client_id, lifted_at);
    CREATE INDEX dsr_restriction_request ON dsr_restriction(request_id);
    CREATE TABLE dsr_objection_decision (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES dsr_request(id),
        upheld INTEGER NOT NULL CHECK (upheld IN (0,1)),
        reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        decided_at DATETIME NOT NULL,
        decided_by INTEGER NOT NULL REFERENCES staff_user(id)
    );
    CREATE INDEX dsr_objection_decision_request ON dsr_objection_decision(request_id);
    ALTER TABLE pet ADD COLUMN anonymised_on TEXT;
    CREATE INDEX pet_client_last_seen ON pet(client_id, last_seen_on);
    CREATE INDEX invoice_client_issued ON invoice(client_id, issued_on);
    CREATE INDEX claim_pet_status ON claim(pet_id, status);
    CREATE INDEX consent_event_latest ON consent_event(channel, purpose, client_id, recorded_at);
    """
}
