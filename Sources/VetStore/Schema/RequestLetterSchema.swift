/// The letters sent about a request (`v2-request-letters`): which letter, the day it was sent,
/// who sent it, where it went (a file or a printer job) and which template filled it, so the
/// request shows every letter beside its history.
enum RequestLetterSchema {
    static let sql = """
    CREATE TABLE dsr_letter (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES dsr_request(id),
        kind TEXT NOT NULL CHECK (kind IN ('acknowledgement','identity','clarification','fee','extension','refusal',
            'completion')),
        sent_on TEXT NOT NULL,
        sent_at DATETIME NOT NULL,
        sent_by INTEGER NOT NULL REFERENCES staff_user(id),
        delivered_to TEXT NOT NULL CHECK (length(delivered_to) BETWEEN 1 AND 1000),
        template TEXT NOT NULL CHECK (length(template) BETWEEN 1 AND 1000),
        late_note TEXT
    );
    CREATE INDEX dsr_letter_request ON dsr_letter(request_id, sent_on);
    """
}
