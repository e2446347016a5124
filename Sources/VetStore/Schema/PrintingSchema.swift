/// Printed documents: the practice's VAT number, printer and paper in one row of their own, and
/// printouts in the export log, since a statement or invoice on paper is personal data that has
/// left the database just as a written file has.
enum PrintingSchema {
    static let settings = """
    CREATE TABLE document_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        vat_number TEXT NOT NULL DEFAULT '' CHECK (length(vat_number) <= 30),
        printer TEXT NOT NULL DEFAULT '' CHECK (length(printer) <= 127 AND printer NOT LIKE '-%'),
        paper TEXT NOT NULL DEFAULT 'a4' CHECK (paper IN ('a4','receipt')),
        version INTEGER NOT NULL DEFAULT 1,
        updated_at DATETIME,
        updated_by INTEGER REFERENCES staff_user(id)
    );
    INSERT INTO document_settings (id) VALUES (1);
    """

    /// SQLite cannot change a CHECK in place: the export log is rebuilt with the new kind and its
    /// rows copied over unchanged (the migrator runs with foreign keys checked at the end).
    static let exportLogPrintouts = """
    CREATE TABLE export_log_new (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('accessPack','portability','marketingList','backup','printout')),
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
    INSERT INTO export_log_new SELECT id, kind, location, written_at, written_by, written_by_account, request_id,
        all_clients, client_count, deleted_on, deleted_note, deleted_recorded_by FROM export_log;
    DROP TABLE export_log;
    ALTER TABLE export_log_new RENAME TO export_log;
    CREATE INDEX export_log_written ON export_log(written_at);
    """
}
