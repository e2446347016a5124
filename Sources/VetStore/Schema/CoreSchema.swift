/// Practice, staff, clients, pets and consultations. Every editable row carries `version`,
/// `updated_at` and `updated_by` so that a stale save is detected, never silently applied.
enum CoreSchema {
    static let practiceAndStaff = """
    CREATE TABLE practice_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        address TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL CHECK (region IN ('england-wales','scotland','northern-ireland','jersey','eu')),
        lock_period_hours INTEGER NOT NULL DEFAULT 24 CHECK (lock_period_hours BETWEEN 1 AND 720),
        clinical_retention_years INTEGER NOT NULL DEFAULT 7 CHECK (clinical_retention_years BETWEEN 1 AND 50),
        financial_retention_years INTEGER NOT NULL DEFAULT 6 CHECK (financial_retention_years BETWEEN 1 AND 50),
        idle_timeout_minutes INTEGER NOT NULL DEFAULT 10 CHECK (idle_timeout_minutes BETWEEN 1 AND 240),
        dp_contact TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1,
        updated_at DATETIME NOT NULL,
        updated_by INTEGER
    );
    CREATE TABLE staff_user (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(username) BETWEEN 2 AND 32),
        display_name TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 60),
        role TEXT NOT NULL CHECK (role IN ('receptionist','vet','manager')),
        password_hash TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
        created_at DATETIME NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        updated_at DATETIME NOT NULL,
        updated_by INTEGER
    );
    """

    static let clientsAndPets = """
    CREATE TABLE client (
        id INTEGER PRIMARY KEY,
        title TEXT,
        first_name TEXT NOT NULL CHECK (length(first_name) <= 60),
        last_name TEXT NOT NULL CHECK (length(last_name) <= 60),
        address_line1 TEXT NOT NULL,
        address_line2 TEXT,
        town TEXT NOT NULL,
        postcode TEXT NOT NULL,
        email TEXT,
        notes TEXT,
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','ceased','deceased','anonymised')),
        restricted INTEGER NOT NULL DEFAULT 0 CHECK (restricted IN (0,1)),
        objects_to_marketing INTEGER NOT NULL DEFAULT 0 CHECK (objects_to_marketing IN (0,1)),
        created_at DATETIME NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        updated_at DATETIME NOT NULL,
        updated_by INTEGER REFERENCES staff_user(id)
    );
    CREATE INDEX client_email ON client(email);
    CREATE INDEX client_last_name ON client(last_name COLLATE NOCASE);
    CREATE TABLE client_phone (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        label TEXT NOT NULL CHECK (label IN ('mobile','home','work','other')),
        digits TEXT NOT NULL CHECK (length(digits) BETWEEN 6 AND 16),
        display TEXT NOT NULL,
        UNIQUE (client_id, position)
    );
    CREATE INDEX client_phone_digits ON client_phone(digits);
    CREATE INDEX client_phone_client ON client_phone(client_id);
    CREATE TABLE client_change (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES client(id),
        field TEXT NOT NULL,
        old_value TEXT NOT NULL,
        new_value TEXT NOT NULL,
        changed_at DATETIME NOT NULL,
        changed_by INTEGER NOT NULL REFERENCES staff_user(id),
        reason TEXT
    );
    CREATE INDEX client_change_client ON client_change(client_id, changed_at);
    CREATE TABLE pet (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES client(id),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
        species TEXT NOT NULL,
        breed TEXT,
        sex TEXT NOT NULL CHECK (sex IN ('male','female','unknown')),
        neutered INTEGER NOT NULL DEFAULT 0 CHECK (neutered IN (0,1)),
        date_of_birth TEXT,
        birth_approximate INTEGER NOT NULL DEFAULT 0 CHECK (birth_approximate IN (0,1)),
        colour TEXT,
        microchip TEXT UNIQUE CHECK (microchip IS NULL OR (length(microchip) = 15 AND microchip NOT GLOB '*[^0-9]*')),
        alerts TEXT,
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','deceased','transferred')),
        died_on TEXT,
        last_seen_on TEXT,
        created_at DATETIME NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        updated_at DATETIME NOT NULL,
        updated_by INTEGER REFERENCES staff_user(id)
    );
    CREATE INDEX pet_client ON pet(client_id);
    CREATE TABLE pet_owner_change (
        id INTEGER PRIMARY KEY,
        pet_id INTEGER NOT NULL REFERENCES pet(id),
        from_client_id INTEGER NOT NULL REFERENCES client(id),
        to_client_id INTEGER NOT NULL REFERENCES client(id),
        changed_at DATETIME NOT NULL,
        changed_by INTEGER NOT NULL REFERENCES staff_user(id)
    );
    CREATE INDEX pet_owner_change_pet ON pet_owner_change(pet_id);
    CREATE INDEX pet_owner_change_from ON pet_owner_change(from_client_id);
    """

    static let clinical = """
    CREATE TABLE price_item (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('service','medicine')),
        unit_price_pence INTEGER NOT NULL CHECK (unit_price_pence >= 0),
        vat_basis_points INTEGER NOT NULL CHECK (vat_basis_points BETWEEN 0 AND 10000),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
        version INTEGER NOT NULL DEFAULT 1,
        updated_at DATETIME NOT NULL,
        updated_by INTEGER REFERENCES staff_user(id)
    );
    CREATE TABLE consultation (
        id INTEGER PRIMARY KEY,
        pet_id INTEGER NOT NULL REFERENCES pet(id),
        vet_id INTEGER NOT NULL REFERENCES staff_user(id),
        seen_at DATETIME NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('inPerson','video','phone')),
        queue_minutes INTEGER CHECK (queue_minutes IS NULL OR queue_minutes BETWEEN 0 AND 600),
        reason TEXT NOT NULL,
        subjective TEXT,
        objective TEXT,
        assessment TEXT,
        plan TEXT,
        weight_grams INTEGER CHECK (weight_grams IS NULL OR weight_grams BETWEEN 1 AND 1000000),
        follow_up_on TEXT,
        created_at DATETIME NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        updated_at DATETIME NOT NULL,
        updated_by INTEGER REFERENCES staff_user(id)
    );
    CREATE INDEX consultation_pet ON consultation(pet_id, seen_at);
    CREATE TABLE treatment_line (
        id INTEGER PRIMARY KEY,
        consultation_id INTEGER NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,
        price_item_id INTEGER REFERENCES price_item(id),
        description TEXT NOT NULL,
        dose TEXT,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        batch TEXT,
        unit_price_pence INTEGER NOT NULL CHECK (unit_price_pence >= 0),
        vat_basis_points INTEGER NOT NULL
    );
    CREATE INDEX treatment_line_consultation ON treatment_line(consultation_id);
    CREATE TABLE consultation_addendum (
        id INTEGER PRIMARY KEY,
        consultation_id INTEGER NOT NULL REFERENCES consultation(id),
        author_id INTEGER NOT NULL REFERENCES staff_user(id),
        written_at DATETIME NOT NULL,
        text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 8000)
    );
    CREATE INDEX consultation_addendum_consultation ON consultation_addendum(consultation_id);
    CREATE TABLE pet_weight (
        id INTEGER PRIMARY KEY,
        pet_id INTEGER NOT NULL REFERENCES pet(id),
        weighed_on TEXT NOT NULL,
        grams INTEGER NOT NULL CHECK (grams BETWEEN 1 AND 1000000),
        consultation_id INTEGER REFERENCES consultation(id)
    );
    CREATE INDEX pet_weight_pet ON pet_weight(pet_id, weighed_on);
    """
}
