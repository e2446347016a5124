/// The breach register (`v2-breaches`): every personal-data breach, reportable or not, with
/// its 72-hour clock's instants (UTC text, like every instant) and the clients affected, so
/// that each client's access pack lists the breaches that touched them.
enum BreachSchema {
    static let sql = """
    CREATE TABLE data_breach (
        id INTEGER PRIMARY KEY,
        occurred_at DATETIME,
        occurred_approximate INTEGER NOT NULL DEFAULT 0 CHECK (occurred_approximate IN (0,1)),
        aware_at DATETIME NOT NULL,
        found_by INTEGER NOT NULL REFERENCES staff_user(id),
        what_happened TEXT NOT NULL CHECK (length(what_happened) BETWEEN 1 AND 2000),
        data_categories TEXT NOT NULL DEFAULT '' CHECK (length(data_categories) <= 300),
        people_categories TEXT NOT NULL DEFAULT '' CHECK (length(people_categories) <= 300),
        people_count INTEGER CHECK (people_count >= 0),
        record_count INTEGER CHECK (record_count >= 0),
        consequences TEXT NOT NULL DEFAULT '' CHECK (length(consequences) <= 2000),
        measures TEXT NOT NULL DEFAULT '' CHECK (length(measures) <= 2000),
        decision TEXT NOT NULL DEFAULT 'undecided' CHECK (decision IN ('undecided','report','notReportable')),
        decision_reason TEXT CHECK (length(decision_reason) <= 2000),
        reported_at DATETIME,
        regulator_reference TEXT CHECK (length(regulator_reference) BETWEEN 1 AND 60),
        delay_reason TEXT CHECK (length(delay_reason) <= 2000),
        high_risk INTEGER CHECK (high_risk IN (0,1)),
        risk_reason TEXT CHECK (length(risk_reason) <= 2000),
        people_told_at DATETIME,
        created_at DATETIME NOT NULL,
        created_by INTEGER NOT NULL REFERENCES staff_user(id),
        version INTEGER NOT NULL DEFAULT 1,
        updated_at DATETIME NOT NULL,
        updated_by INTEGER REFERENCES staff_user(id),
        CHECK (occurred_at IS NULL OR occurred_at <= aware_at),
        CHECK (decision <> 'notReportable' OR decision_reason IS NOT NULL),
        CHECK (reported_at IS NULL OR (decision = 'report' AND regulator_reference IS NOT NULL AND reported_at >= aware_at)),
        CHECK (high_risk IS NULL OR risk_reason IS NOT NULL)
    );
    CREATE INDEX data_breach_aware ON data_breach(aware_at);
    CREATE TABLE data_breach_client (
        breach_id INTEGER NOT NULL REFERENCES data_breach(id),
        client_id INTEGER NOT NULL REFERENCES client(id),
        PRIMARY KEY (breach_id, client_id)
    );
    CREATE INDEX data_breach_client_client ON data_breach_client(client_id);
    """
}
