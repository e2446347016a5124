/// Consent, suppression, disclosures, communications and the tamper-evident audit trail.
enum PrivacySchema {
    static let consentAndDisclosures = """
    CREATE TABLE consent_event (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES client(id),
        channel TEXT NOT NULL CHECK (channel IN ('email','sms','post','phone')),
        purpose TEXT NOT NULL CHECK (purpose IN ('practice','thirdParty')),
        action TEXT NOT NULL CHECK (action IN ('granted','withdrawn')),
        basis TEXT CHECK (basis IS NULL OR basis IN ('consent','softOptIn')),
        source TEXT NOT NULL CHECK (source IN ('inPerson','phone','webForm','email','letter')),
        wording_version TEXT,
        recorded_at DATETIME NOT NULL,
        recorded_by INTEGER NOT NULL REFERENCES staff_user(id),
        CHECK ((action = 'granted') = (basis IS NOT NULL))
    );
    CREATE INDEX consent_event_client ON consent_event(client_id, channel, purpose, recorded_at);
    CREATE TABLE suppression (
        id INTEGER PRIMARY KEY,
        client_id INTEGER REFERENCES client(id),
        email TEXT,
        phone_digits TEXT,
        reason TEXT NOT NULL,
        created_at DATETIME NOT NULL,
        created_by INTEGER NOT NULL REFERENCES staff_user(id)
    );
    CREATE INDEX suppression_client ON suppression(client_id);
    CREATE INDEX suppression_email ON suppression(email);
    CREATE INDEX suppression_phone ON suppression(phone_digits);
    CREATE TABLE disclosure (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES client(id),
        recipient TEXT NOT NULL CHECK (length(recipient) BETWEEN 1 AND 120),
        recipient_kind TEXT NOT NULL
            CHECK (recipient_kind IN ('insurer','practice','referral','debtCollector','regulator','servicePartner','other')),
        categories TEXT NOT NULL,
        purpose TEXT NOT NULL,
        lawful_basis TEXT NOT NULL,
        disclosed_at DATETIME NOT NULL,
        claim_id INTEGER REFERENCES claim(id),
        override_reason TEXT,
        recorded_by INTEGER NOT NULL REFERENCES staff_user(id)
    );
    CREATE INDEX disclosure_client ON disclosure(client_id, disclosed_at);
    CREATE TABLE communication (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES client(id),
        direction TEXT NOT NULL CHECK (direction IN ('in','out')),
        channel TEXT NOT NULL CHECK (channel IN ('call','email','letter','sms')),
        summary TEXT NOT NULL CHECK (length(summary) BETWEEN 1 AND 2000),
        occurred_at DATETIME NOT NULL,
        recorded_by INTEGER NOT NULL REFERENCES staff_user(id)
    );
    CREATE INDEX communication_client ON communication(client_id, occurred_at);
    """

    static let audit = """
    CREATE TABLE audit_entry (
        id INTEGER PRIMARY KEY,
        at DATETIME NOT NULL,
        user_id INTEGER REFERENCES staff_user(id),
        action TEXT NOT NULL,
        record_type TEXT NOT NULL,
        record_id INTEGER,
        client_id INTEGER REFERENCES client(id),
        detail TEXT NOT NULL DEFAULT '',
        previous_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    );
    CREATE INDEX audit_entry_client ON audit_entry(client_id, at);
    CREATE INDEX audit_entry_user ON audit_entry(user_id, at);
    CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    """
}
