/// How long a soft opt-in lasts with no sale: after this many months since the last sale (or the
/// opt-in itself, if later) the client is no longer on the practice's own email and SMS lists.
enum ConsentLapseSchema {
    static let sql = """
    ALTER TABLE practice_settings ADD COLUMN soft_opt_in_lapse_months INTEGER NOT NULL DEFAULT 24
        CHECK (soft_opt_in_lapse_months BETWEEN 1 AND 120);
    """
}
