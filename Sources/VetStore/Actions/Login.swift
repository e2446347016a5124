import Foundation
import VetSQL
import VetCore

/// What a right password leads to.
public enum LoginResult: Sendable, Equatable {
    case session(StaffSession)
    /// The password was a one-time password from a manager: the person must choose their own first.
    case mustChangePassword(username: String)
}

/// Logging in, throttled through the database: every attempt is audited, a username with too many
/// wrong passwords is refused without checking the password, and an unknown username costs the
/// same time as a real one.
extension AppDatabase {
    /// Checks a login; a login holding a one-time password gets no session until it changes it.
    public func logIn(username: String, password: String) throws -> LoginResult {
        let staff = try checkPassword(username: username, password: password, action: "log in")
        if staff.mustChangePassword { return .mustChangePassword(username: staff.username) }
        return .session(try session(for: staff))
    }

    /// Checks a login and returns its session. Failures say nothing about which part was wrong.
    public func authenticate(username: String, password: String) throws -> StaffSession {
        switch try logIn(username: username, password: password) {
        case .session(let session): return session
        case .mustChangePassword(let name):
            throw StoreError.refused("\(name) must change the one-time password before doing anything else")
        }
    }

    /// Anyone may change their own password by giving the current one (or the one-time password).
    /// Checking the current password is a login attempt: it is throttled and audited the same way.
    public func changeOwnPassword(username: String, current: String, new: String) throws {
        let name = Self.loginKey(username)
        do { try PasswordPolicy.validate(new, username: name) } catch { throw StoreError.invalid(error) }
        if new == current {
            throw StoreError.invalid(ValidationError(field: "new password",
                                                     message: "new password must be different from the current one"))
        }
        let staff = try checkPassword(username: username, password: current, action: "log in to change password")
        let id = try staff.id.orThrow("staff user")
        let hash = try PasswordHasher.hash(new)
        let now = self.now
        try performUnattended { db in
            try db.execute("""
                UPDATE staff_user SET password_hash = ?, must_change_password = 0, version = version + 1,
                    updated_at = ?, updated_by = ? WHERE id = ?
                """, [hash, now, id, id])
            try AuditTrail.record(db, at: now, userID: id, action: "change own password", recordType: "staff_user",
                                  recordID: id, clientID: nil, detail: staff.username)
        }
    }

    /// Lifts a lock-out at once (the person proved who they are to the manager in person).
    public func unlockLogin(username: String, as user: StaffSession) throws {
        let name = Self.loginKey(username)
        let now = self.now
        try perform(.manageUsers, as: user) { db in
            let staff = try Self.staffUser(db, username: name)
            let cleared = try LoginThrottle.reset(db, username: name)
            guard staff != nil || cleared else { throw StoreError.notFound("there is no user called '\(name)'") }
            try AuditTrail.record(db, at: now, userID: user.userID, action: "unlock login", recordType: "staff_user",
                                  recordID: staff?.id, clientID: nil, detail: name)
        }
    }

    /// Whether a username is locked out now, and until when (shown on the staff screen).
    public func lockedLogins() throws -> [String: Date] {
        let now = self.now
        return try read { db in
            let rows = try db.fetchAll("SELECT username, locked_until FROM login_throttle WHERE locked_until > ?", [now])
            return Dictionary(try rows.map { row in (try row.decode(String.self, "username"), try row.decode(Date.self, "locked_until")) },
                              uniquingKeysWith: { first, _ in first })
        }
    }

    /// The throttled, audited password check behind logging in and changing a password.
    func checkPassword(username: String, password: String, action: String) throws -> StaffUser {
        let name = Self.loginKey(username)
        guard !name.isEmpty else {
            throw StoreError.invalid(ValidationError(field: "username", message: "username must not be empty"))
        }
        let now = self.now
        let (staff, lockedUntil) = try read { db in
            (try Self.staffUser(db, username: name), try LoginThrottle.lockedUntil(db, username: name))
        }
        let timeZone = clock.timeZone
        if let lockedUntil, lockedUntil > now {
            try performUnattended { db in
                try AuditTrail.record(db, at: now, userID: staff?.id, action: "login refused while locked",
                                      recordType: "staff_user", recordID: staff?.id, clientID: nil, detail: name)
            }
            throw StoreError.refused(LoginThrottle.lockedSentence(username: name, until: lockedUntil, now: now,
                                                                  timeZone: timeZone))
        }
        let verified = staff.map { PasswordHasher.verify(password, against: $0.passwordHash) }
            ?? PasswordHasher.verifyUnknownLogin(password)
        guard let staff, staff.active, verified else {
            let lock = try performUnattended { db in
                let lock = try LoginThrottle.recordFailure(db, username: name, at: now)
                try AuditTrail.record(db, at: now, userID: staff?.id, action: "failed login", recordType: "staff_user",
                                      recordID: staff?.id, clientID: nil, detail: name)
                return lock
            }
            let locked = lock.map { "; " + LoginThrottle.lockedSentence(username: name, until: $0, now: now, timeZone: timeZone) }
            throw StoreError.refused("username or password is not right" + (locked ?? ""))
        }
        let detail = staff.mustChangePassword ? "one-time password; must choose a new one" : ""
        try performUnattended { db in
            try LoginThrottle.reset(db, username: name)
            try AuditTrail.record(db, at: now, userID: staff.id, action: action, recordType: "staff_user",
                                  recordID: staff.id, clientID: nil, detail: detail)
        }
        return staff
    }

    /// The login with this (already trimmed, lower-case) username, if there is one.
    static func staffUser(_ db: any SQLConnection, username: String) throws -> StaffUser? {
        try db.fetchRecord(StaffUser.self, "SELECT * FROM staff_user WHERE username = ?", [username])
    }

    func session(for staff: StaffUser) throws -> StaffSession {
        StaffSession(userID: try staff.id.orThrow("staff user"), username: staff.username,
                     displayName: staff.displayName, role: staff.role)
    }

    /// Usernames are compared trimmed and in lower case; an absurdly long one is cut to fit the throttle table.
    static func loginKey(_ username: String) -> String {
        String(username.trimmingCharacters(in: .whitespaces).lowercased().prefix(64))
    }
}

extension AppDatabase {
    /// A member of staff logged out of a terminal.
    public func recordLogOut(_ session: StaffSession) throws {
        let now = self.now
        try performUnattended { db in
            try AuditTrail.record(db, at: now, userID: session.userID, action: "log out", recordType: "staff_user",
                                  recordID: session.userID, clientID: nil)
        }
    }
}
