/// The editable table of one-off holiday changes (seeded from the shipped list); rule-based
/// holidays are computed in VetCore and never stored.
enum HolidaySchema {
    static let sql = """
    CREATE TABLE holiday_change (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        region TEXT NOT NULL CHECK (region IN ('england-wales','scotland','northern-ireland','jersey','eu')),
        is_holiday INTEGER NOT NULL CHECK (is_holiday IN (0,1)),
        UNIQUE (date, region)
    );
    """
}
