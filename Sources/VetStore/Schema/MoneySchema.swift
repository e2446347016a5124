/// Invoices, the client ledger and insurance. Amounts are integer pence; a finalised
/// invoice is never edited, only reversed by a ledger entry.
enum MoneySchema {
    static let ledger = """
    CREATE TABLE invoice (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES client(id),
        consultation_id INTEGER REFERENCES consultation(id),
        number TEXT UNIQUE,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','finalised','reversed')),
        issued_on TEXT,
        net_pence INTEGER NOT NULL DEFAULT 0,
        vat_pence INTEGER NOT NULL DEFAULT 0,
        gross_pence INTEGER NOT NULL DEFAULT 0,
        created_at DATETIME NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        updated_at DATETIME NOT NULL,
        updated_by INTEGER REFERENCES staff_user(id),
        CHECK (status = 'draft' OR (number IS NOT NULL AND issued_on IS NOT NULL))
    );
    CREATE INDEX invoice_client ON invoice(client_id);
    CREATE INDEX invoice_consultation ON invoice(consultation_id);
    CREATE TABLE invoice_line (
        id INTEGER PRIMARY KEY,
        invoice_id INTEGER NOT NULL REFERENCES invoice(id) ON DELETE CASCADE,
        pet_id INTEGER REFERENCES pet(id),
        treatment_line_id INTEGER REFERENCES treatment_line(id),
        description TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 200),
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        unit_price_pence INTEGER NOT NULL CHECK (unit_price_pence >= 0),
        vat_basis_points INTEGER NOT NULL CHECK (vat_basis_points BETWEEN 0 AND 10000),
        net_pence INTEGER NOT NULL,
        vat_pence INTEGER NOT NULL,
        treated_on TEXT
    );
    CREATE INDEX invoice_line_invoice ON invoice_line(invoice_id);
    CREATE INDEX invoice_line_pet ON invoice_line(pet_id);
    CREATE TABLE ledger_entry (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES client(id),
        kind TEXT NOT NULL CHECK (kind IN ('invoice','payment','refund','creditNote','writeOff','reversal')),
        amount_pence INTEGER NOT NULL CHECK (amount_pence > 0),
        balance_effect_pence INTEGER NOT NULL,
        entry_on TEXT NOT NULL,
        invoice_id INTEGER REFERENCES invoice(id),
        method TEXT CHECK (method IS NULL OR method IN ('cash','card','bankTransfer','insurer')),
        reference TEXT,
        note TEXT,
        recorded_at DATETIME NOT NULL,
        recorded_by INTEGER NOT NULL REFERENCES staff_user(id),
        CHECK ((kind IN ('payment','refund')) = (method IS NOT NULL))
    );
    CREATE INDEX ledger_entry_client ON ledger_entry(client_id, entry_on);
    CREATE INDEX ledger_entry_invoice ON ledger_entry(invoice_id);
    """

    static let insurance = """
    CREATE TABLE insurer (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        claims_contact TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE policy (
        id INTEGER PRIMARY KEY,
        pet_id INTEGER NOT NULL REFERENCES pet(id),
        insurer_id INTEGER NOT NULL REFERENCES insurer(id),
        policy_number TEXT NOT NULL CHECK (length(policy_number) BETWEEN 1 AND 40),
        starts_on TEXT NOT NULL,
        ends_on TEXT,
        excess_pence INTEGER NOT NULL DEFAULT 0 CHECK (excess_pence >= 0),
        version INTEGER NOT NULL DEFAULT 1,
        updated_at DATETIME NOT NULL,
        updated_by INTEGER REFERENCES staff_user(id),
        CHECK (ends_on IS NULL OR ends_on >= starts_on)
    );
    CREATE INDEX policy_pet ON policy(pet_id);
    CREATE TABLE claim (
        id INTEGER PRIMARY KEY,
        policy_id INTEGER NOT NULL REFERENCES policy(id),
        pet_id INTEGER NOT NULL REFERENCES pet(id),
        condition TEXT NOT NULL CHECK (length(condition) BETWEEN 1 AND 200),
        treatment_from TEXT NOT NULL,
        treatment_to TEXT NOT NULL,
        amount_claimed_pence INTEGER NOT NULL CHECK (amount_claimed_pence >= 0),
        pay_to TEXT NOT NULL CHECK (pay_to IN ('vet','client')),
        insurer_reference TEXT,
        status TEXT NOT NULL DEFAULT 'draft'
            CHECK (status IN ('draft','submitted','moreInfoRequested','paid','partPaid','declined','withdrawn')),
        settled_pence INTEGER CHECK (settled_pence IS NULL OR settled_pence >= 0),
        submitted_on TEXT,
        paper_copy_location TEXT,
        created_at DATETIME NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        updated_at DATETIME NOT NULL,
        updated_by INTEGER REFERENCES staff_user(id),
        CHECK (treatment_to >= treatment_from)
    );
    CREATE INDEX claim_pet ON claim(pet_id);
    CREATE INDEX claim_status ON claim(status, submitted_on);
    CREATE TABLE claim_line (
        claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
        invoice_line_id INTEGER NOT NULL REFERENCES invoice_line(id),
        PRIMARY KEY (claim_id, invoice_line_id)
    );
    CREATE INDEX claim_line_invoice_line ON claim_line(invoice_line_id);
    CREATE TABLE claim_event (
        id INTEGER PRIMARY KEY,
        claim_id INTEGER NOT NULL REFERENCES claim(id),
        from_status TEXT,
        to_status TEXT NOT NULL,
        amount_pence INTEGER,
        note TEXT,
        at DATETIME NOT NULL,
        by INTEGER NOT NULL REFERENCES staff_user(id)
    );
    CREATE INDEX claim_event_claim ON claim_event(claim_id);
    """
}
