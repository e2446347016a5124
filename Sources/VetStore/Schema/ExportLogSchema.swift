/// The log of every file VetDesk writes about people — access packs, portability exports,
/// marketing lists and backups: what, where, when, by whom, and which clients it holds (a backup
/// holds everyone), so an erasure can find the copies that left the database.
enum ExportLogSchema {
    static let sql = """
    CREATE TABLE export_log (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('accessPack','portability','marketingList','backup')),
        location TEXT NOT NULL CHECK (length(location) BETWEEN 1 AND 4096),
        written_at DATETIME NOT NULL,
        written_by INTEGER REFERENCES staff_user(id),
        written_by_account TEXT,
        request_id INTEGER REFERENCES dsr_request(id),
        all_clients INTEGER NOT NULL DEFAULT 0 CHECK (all_clients IN (0,1)),
        client_count INTEGER NOT NULL CHECK (client_count >= 0),
        deleted_on TEXT,
        deleted_note TEXT CHECK (deleted_note IS NULL OR length(deleted_note) BETWEEN 1 AND 500),
        deleted_recorded_by INTEGER REFERENCES staff_user(id),
        CHECK (written_by IS NOT NULL OR written_by_account IS NOT NULL),
        CHECK ((deleted_on IS NULL) = (deleted_recorded_by IS NULL))
    );
    CREATE INDEX export_log_written ON export_log(written_at);
    CREATE TABLE export_log_client (
        export_id INTEGER NOT NULL REFERENCES export_log(id),
        client_id INTEGER NOT NULL REFERENCES client(id),
        PRIMARY KEY (export_id, client_id)
    );
    CREATE INDEX export_log_client_client ON export_log_client(client_id);
    """
}
