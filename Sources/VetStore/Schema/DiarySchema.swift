/// The appointment diary and the online consultation queue (`v2-diary`).
///
/// Appointment times are local wall-clock text (`YYYY-MM-DD HH:MM`), as the client's card
/// shows them, so SQL compares and sorts them and a clock change moves nothing. An
/// appointment is with a vet or in a room, never both. A slot is held by the appointments in
/// it that were not cancelled or missed; the check for a clash runs in the same serialised
/// write as the booking, so of two terminals booking one slot exactly one wins.
enum DiarySchema {
    static let sql = """
    CREATE TABLE diary_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        slot_minutes INTEGER NOT NULL DEFAULT 15 CHECK (slot_minutes IN (10, 15)),
        version INTEGER NOT NULL DEFAULT 1,
        updated_at DATETIME,
        updated_by INTEGER REFERENCES staff_user(id)
    );
    INSERT INTO diary_settings (id, slot_minutes) VALUES (1, 15);
    CREATE TABLE opening_hours (
        site_id INTEGER NOT NULL REFERENCES site(id),
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        opens TEXT NOT NULL CHECK (length(opens) = 5),
        closes TEXT NOT NULL CHECK (length(closes) = 5 AND closes > opens),
        break_from TEXT CHECK (break_from IS NULL OR length(break_from) = 5),
        break_to TEXT CHECK (break_to IS NULL OR length(break_to) = 5),
        PRIMARY KEY (site_id, weekday),
        CHECK ((break_from IS NULL) = (break_to IS NULL))
    );
    INSERT INTO opening_hours (site_id, weekday, opens, closes, break_from, break_to)
        SELECT s.id, d.weekday, d.opens, d.closes, d.break_from, d.break_to FROM site s CROSS JOIN (
            SELECT 1 AS weekday, '08:30' AS opens, '18:30' AS closes, '13:00' AS break_from, '14:00' AS break_to
            UNION ALL SELECT 2, '08:30', '18:30', '13:00', '14:00' UNION ALL SELECT 3, '08:30', '18:30', '13:00', '14:00'
            UNION ALL SELECT 4, '08:30', '18:30', '13:00', '14:00' UNION ALL SELECT 5, '08:30', '18:30', '13:00', '14:00'
            UNION ALL SELECT 6, '09:00', '12:30', NULL, NULL) d;
    CREATE TABLE room (
        id INTEGER PRIMARY KEY,
        site_id INTEGER NOT NULL REFERENCES site(id),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
        UNIQUE (site_id, name)
    );
    CREATE TABLE staff_absence (
        id INTEGER PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff_user(id),
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL CHECK (ends_at > starts_at),
        reason TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 200),
        recorded_at DATETIME NOT NULL,
        recorded_by INTEGER REFERENCES staff_user(id)
    );
    CREATE INDEX staff_absence_staff ON staff_absence(staff_id, starts_at);
    CREATE TABLE appointment (
        id INTEGER PRIMARY KEY,
        site_id INTEGER NOT NULL REFERENCES site(id),
        client_id INTEGER NOT NULL REFERENCES client(id),
        pet_id INTEGER NOT NULL REFERENCES pet(id),
        staff_id INTEGER REFERENCES staff_user(id),
        room_id INTEGER REFERENCES room(id),
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL CHECK (ends_at > starts_at),
        kind TEXT NOT NULL CHECK (kind IN ('consultation','vaccination','operation','nurseClinic','video','phone')),
        reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
        notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
        state TEXT NOT NULL DEFAULT 'booked'
            CHECK (state IN ('booked','arrived','inConsultation','finished','cancelled','noShow')),
        cancel_reason TEXT CHECK (cancel_reason IS NULL OR length(cancel_reason) <= 200),
        arrived_at DATETIME,
        consultation_id INTEGER REFERENCES consultation(id),
        follow_up_of INTEGER REFERENCES consultation(id),
        created_at DATETIME NOT NULL,
        created_by INTEGER NOT NULL REFERENCES staff_user(id),
        version INTEGER NOT NULL DEFAULT 1,
        updated_at DATETIME NOT NULL,
        updated_by INTEGER REFERENCES staff_user(id),
        CHECK ((staff_id IS NULL) <> (room_id IS NULL)),
        CHECK (state <> 'cancelled' OR cancel_reason IS NOT NULL)
    );
    CREATE INDEX appointment_day ON appointment(site_id, starts_at);
    CREATE INDEX appointment_staff ON appointment(staff_id, starts_at);
    CREATE INDEX appointment_room ON appointment(room_id, starts_at);
    CREATE INDEX appointment_pet ON appointment(pet_id, starts_at);
    CREATE INDEX appointment_client ON appointment(client_id);
    CREATE INDEX appointment_follow_up ON appointment(follow_up_of);
    CREATE TABLE queue_entry (
        id INTEGER PRIMARY KEY,
        site_id INTEGER NOT NULL REFERENCES site(id),
        client_id INTEGER NOT NULL REFERENCES client(id),
        pet_id INTEGER NOT NULL REFERENCES pet(id),
        kind TEXT NOT NULL CHECK (kind IN ('video','phone')),
        reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
        joined_at DATETIME NOT NULL,
        joined_by INTEGER REFERENCES staff_user(id),
        state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting','taken','finished','left')),
        taken_at DATETIME,
        taken_by INTEGER REFERENCES staff_user(id),
        left_reason TEXT CHECK (left_reason IS NULL OR length(left_reason) <= 200),
        consultation_id INTEGER REFERENCES consultation(id),
        version INTEGER NOT NULL DEFAULT 1,
        CHECK (state = 'waiting' OR state = 'left' OR taken_at IS NOT NULL)
    );
    CREATE INDEX queue_entry_waiting ON queue_entry(site_id, state, joined_at);
    CREATE INDEX queue_entry_client ON queue_entry(client_id);
    CREATE INDEX queue_entry_pet ON queue_entry(pet_id);
    CREATE INDEX consultation_follow_up ON consultation(follow_up_on);
    """
}
