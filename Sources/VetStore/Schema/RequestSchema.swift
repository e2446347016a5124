/// The data-protection request register. The clock's results (due, target, notice-by) are
/// stored on every change so the queue sorts by an index, and recomputed from the inputs.
enum RequestSchema {
    static let sql = """
    CREATE TABLE dsr_sequence (
        year INTEGER PRIMARY KEY,
        last_number INTEGER NOT NULL
    );
    CREATE TABLE dsr_request (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        kinds TEXT NOT NULL CHECK (length(kinds) > 0),
        requester_name TEXT NOT NULL CHECK (length(requester_name) BETWEEN 1 AND 120),
        requester_contact TEXT NOT NULL DEFAULT '',
        on_behalf_of_client INTEGER NOT NULL DEFAULT 0 CHECK (on_behalf_of_client IN (0,1)),
        authority_note TEXT,
        client_id INTEGER REFERENCES client(id),
        channel TEXT NOT NULL CHECK (channel IN ('inPerson','phone','email','letter','web','other')),
        received_on TEXT NOT NULL,
        identity_asked_on TEXT,
        identity_received_on TEXT,
        identity_method TEXT,
        fee_asked_on TEXT,
        fee_paid_on TEXT,
        extended INTEGER NOT NULL DEFAULT 0 CHECK (extended IN (0,1)),
        extension_reason TEXT,
        extension_notice_on TEXT,
        assignee_id INTEGER REFERENCES staff_user(id),
        status TEXT NOT NULL CHECK (status IN ('received','awaitingIdentity','awaitingFee','awaitingClarification',
            'inProgress','readyForReview','completed','partlyCompleted','refused','withdrawn','closedWithoutClarification')),
        notes TEXT,
        outcome TEXT,
        relevant_time TEXT NOT NULL,
        paused_days INTEGER NOT NULL DEFAULT 0,
        due_on TEXT NOT NULL,
        target_on TEXT NOT NULL,
        extension_notice_by TEXT NOT NULL,
        closed_on TEXT,
        created_at DATETIME NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        updated_at DATETIME NOT NULL,
        updated_by INTEGER REFERENCES staff_user(id),
        CHECK (extended = 0 OR extension_reason IS NOT NULL)
    );
    CREATE INDEX dsr_request_due ON dsr_request(closed_on, due_on);
    CREATE INDEX dsr_request_client ON dsr_request(client_id);
    CREATE TABLE dsr_pause (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES dsr_request(id),
        asked_on TEXT NOT NULL,
        answered_on TEXT,
        question TEXT NOT NULL,
        CHECK (answered_on IS NULL OR answered_on >= asked_on)
    );
    CREATE INDEX dsr_pause_request ON dsr_pause(request_id);
    CREATE TABLE dsr_event (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES dsr_request(id),
        at DATETIME NOT NULL,
        by INTEGER NOT NULL REFERENCES staff_user(id),
        what TEXT NOT NULL,
        due_on TEXT NOT NULL
    );
    CREATE INDEX dsr_event_request ON dsr_event(request_id, at);
    """
}
