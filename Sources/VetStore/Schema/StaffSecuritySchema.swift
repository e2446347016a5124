/// Logins that must change a one-time password, and the shared record of wrong passwords that
/// throttles guessing from every terminal and the command line alike.
enum StaffSecuritySchema {
    static let oneTimePasswords = """
    ALTER TABLE staff_user ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0
        CHECK (must_change_password IN (0,1));
    """

    /// One row per username that has had wrong passwords since its last good login, known or not,
    /// so that guessing an unknown name is throttled exactly like guessing a real one.
    static let loginThrottle = """
    CREATE TABLE login_throttle (
        username TEXT PRIMARY KEY COLLATE NOCASE CHECK (length(username) BETWEEN 1 AND 128),
        failures INTEGER NOT NULL CHECK (failures >= 0),
        locked_until DATETIME,
        last_failure_at DATETIME NOT NULL
    );
    """
}
