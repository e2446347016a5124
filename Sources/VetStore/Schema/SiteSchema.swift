/// A practice's sites (`v2-sites`). Consultations, invoices and ledger entries carry the site
/// they happened at; staff are listed at the sites they work at. A practice upgraded from
/// before sites gets one site, named and addressed as the practice, holding all its history
/// and all its staff (a file holding records but, oddly, no settings gets a "Main site"); a
/// new practice gets its first site at set-up.
enum SiteSchema {
    static let sql = """
    CREATE TABLE site (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 60),
        address TEXT NOT NULL DEFAULT '' CHECK (length(address) <= 300),
        phone TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
        created_at DATETIME NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        updated_at DATETIME NOT NULL,
        updated_by INTEGER REFERENCES staff_user(id)
    );
    CREATE TABLE staff_site (
        staff_id INTEGER NOT NULL REFERENCES staff_user(id),
        site_id INTEGER NOT NULL REFERENCES site(id),
        PRIMARY KEY (staff_id, site_id)
    );
    CREATE INDEX staff_site_site ON staff_site(site_id);
    INSERT INTO site (id, name, address, created_at, updated_at)
        SELECT 1, substr(name, 1, 60), substr(address, 1, 300), updated_at, updated_at FROM practice_settings;
    INSERT INTO site (id, name, created_at, updated_at)
        SELECT 1, 'Main site', strftime('%Y-%m-%d %H:%M:%f', 'now'), strftime('%Y-%m-%d %H:%M:%f', 'now')
        WHERE NOT EXISTS (SELECT 1 FROM site) AND (EXISTS (SELECT 1 FROM staff_user) OR EXISTS (SELECT 1 FROM client));
    INSERT INTO staff_site (staff_id, site_id) SELECT id, 1 FROM staff_user WHERE EXISTS (SELECT 1 FROM site);
    ALTER TABLE consultation ADD COLUMN site_id INTEGER NOT NULL DEFAULT 1 REFERENCES site(id);
    ALTER TABLE invoice ADD COLUMN site_id INTEGER NOT NULL DEFAULT 1 REFERENCES site(id);
    ALTER TABLE ledger_entry ADD COLUMN site_id INTEGER NOT NULL DEFAULT 1 REFERENCES site(id);
    CREATE INDEX consultation_site ON consultation(site_id, seen_at);
    CREATE INDEX invoice_site ON invoice(site_id, issued_on);
    CREATE INDEX ledger_entry_day ON ledger_entry(entry_on, site_id);
    """
}
