import Foundation
import VetSQL
import VetCore

/// A login a manager created or reset, with the one-time password to hand over. It is shown once
/// and never stored in clear; the person must choose their own password at first login.
public struct IssuedLogin: Sendable, Hashable {
    public var user: StaffUser
    public var oneTimePassword: String
}

/// Staff logins. On a practice with an active manager every change here needs a manager's session;
/// only an empty practice may create its first manager without one.
extension AppDatabase {
    /// Whether the practice has an active manager: until it has, the first manager may be created without a login.
    public func hasActiveManager() throws -> Bool {
        try read { db in try Self.activeManagers(db) > 0 }
    }

    /// The first manager of an empty practice, who sets their own password.
    @discardableResult
    public func addFirstManager(_ new: NewStaffUser) throws -> StaffUser {
        let valid = try validatedOwnLogin(new)
        guard new.role == .manager else {
            throw StoreError.refused("the first login of a practice must be a manager, who then adds everyone else")
        }
        let hash = try PasswordHasher.hash(new.password)
        let now = self.now
        return try performUnattended { db in
            if try Self.activeManagers(db) > 0 {
                throw StoreError.permissionDenied("this practice already has a manager: adding a login needs a manager to log in")
            }
            try Self.refuseTaken(valid.username, db)
            var staff = StaffUser(id: nil, username: valid.username, displayName: valid.displayName, role: .manager,
                                  passwordHash: hash, active: true, createdAt: now, version: 1, updatedAt: now,
                                  updatedBy: nil)
            staff.id = try db.insert(staff)
            let open = try db.fetchValues(Int64.self, "SELECT id FROM site WHERE active = 1")
            if !open.isEmpty { try Sites.list(db, staffID: try staff.id.orThrow("staff user"), at: Set(open)) }
            try AuditTrail.record(db, at: now, userID: staff.id, action: "add first manager", recordType: "staff_user",
                                  recordID: staff.id, clientID: nil, detail: valid.username)
            return staff
        }
    }

    /// Adds a login with a one-time password that must be changed at first login, listed at
    /// `sites` (by default, the site the manager is working at).
    public func addUser(username: String, displayName: String, role: Role, sites: Set<Int64>? = nil,
                        as user: StaffSession) throws -> IssuedLogin {
        let oneTime = OneTimePassword.generate()
        let valid: (username: String, displayName: String)
        do {
            valid = try NewStaffUser(username: username, displayName: displayName, role: role, password: oneTime).validated()
        } catch { throw StoreError.invalid(error) }
        try user.require(.manageUsers)
        let hash = try PasswordHasher.hash(oneTime)
        let now = self.now
        let added = try perform(.manageUsers, as: user) { db in
            try Self.refuseTaken(valid.username, db)
            var staff = StaffUser(id: nil, username: valid.username, displayName: valid.displayName, role: role,
                                  passwordHash: hash, active: true, createdAt: now, version: 1, updatedAt: now,
                                  updatedBy: user.userID, mustChangePassword: true)
            staff.id = try db.insert(staff)
            try Sites.listNewLogin(db, staffID: try staff.id.orThrow("staff user"), at: sites, by: user)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "add user", recordType: "staff_user",
                                  recordID: staff.id, clientID: nil, detail: "\(valid.username) as \(role.rawValue)")
            return staff
        }
        return IssuedLogin(user: added, oneTimePassword: oneTime)
    }

    /// Every login, for looking colleagues' names up on screens (who changed a claim, whose entry).
    public func users() throws -> [StaffUser] {
        try read { db in try db.fetchRecords(StaffUser.self, Self.staffListSQL) }
    }

    /// The staff list as a manager reviews it (staff screen, `user list`): personal data, so reading it is audited.
    public func users(as user: StaffSession) throws -> [StaffUser] {
        let now = self.now
        return try perform(.manageUsers, as: user) { db in
            let users = try db.fetchRecords(StaffUser.self, Self.staffListSQL)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "view", recordType: "staff_user",
                                  recordID: nil, clientID: nil, detail: "staff list, \(users.count) logins")
            return users
        }
    }

    /// Gives a login a new one-time password (forgotten password) and lifts any lock-out on it.
    public func resetPassword(username: String, as user: StaffSession) throws -> IssuedLogin {
        try user.require(.manageUsers)
        let oneTime = OneTimePassword.generate()
        let hash = try PasswordHasher.hash(oneTime)
        let staff = try updateUser(username: username, as: user, action: "reset password", liftLock: true) { staff in
            staff.passwordHash = hash
            staff.mustChangePassword = true
        }
        return IssuedLogin(user: staff, oneTimePassword: oneTime)
    }

    public func setRole(username: String, to role: Role, as user: StaffSession) throws {
        try user.require(.manageUsers)
        try updateUser(username: username, as: user, action: "change role to \(role.rawValue)") { $0.role = role }
    }

    /// Deactivated logins stay for the audit trail but cannot log in. The last active manager cannot be removed.
    public func setActive(username: String, _ active: Bool, as user: StaffSession) throws {
        try user.require(.manageUsers)
        try updateUser(username: username, as: user, action: active ? "reactivate" : "deactivate") { $0.active = active }
    }

    @discardableResult
    private func updateUser(username: String, as user: StaffSession, action: String, liftLock: Bool = false,
                            change: @escaping @Sendable (inout StaffUser) -> Void) throws -> StaffUser {
        let now = self.now
        let name = Self.loginKey(username)
        return try perform(.manageUsers, as: user) { db in
            guard var staff = try Self.staffUser(db, username: name) else {
                throw StoreError.notFound("there is no user called '\(username)'")
            }
            change(&staff)
            staff.version += 1
            staff.updatedAt = now
            staff.updatedBy = user.userID
            try db.update(staff, id: try staff.id.orThrow("staff user"))
            if try Self.activeManagers(db) == 0 {
                throw StoreError.refused("the practice must keep at least one active manager login")
            }
            if liftLock { try LoginThrottle.reset(db, username: staff.username) }
            try AuditTrail.record(db, at: now, userID: user.userID, action: action, recordType: "staff_user",
                                  recordID: staff.id, clientID: nil, detail: staff.username)
            return staff
        }
    }

    /// Checks a login whose owner chose the password: the fields, and the full password rule.
    func validatedOwnLogin(_ new: NewStaffUser) throws -> (username: String, displayName: String) {
        let valid: (username: String, displayName: String)
        do { valid = try new.validated() } catch { throw StoreError.invalid(error) }
        do { try PasswordPolicy.validate(new.password, username: valid.username, field: "password") } catch {
            throw StoreError.invalid(error)
        }
        return valid
    }

    /// Active logins first, then by username.
    static let staffListSQL = "SELECT * FROM staff_user ORDER BY active DESC, username"

    static func activeManagers(_ db: any SQLConnection) throws -> Int {
        try db.fetchValue(Int.self, "SELECT count(*) FROM staff_user WHERE role = ? AND active = 1",
                          [Role.manager]) ?? 0
    }

    private static func refuseTaken(_ username: String, _ db: any SQLConnection) throws {
        if try db.exists("SELECT 1 FROM staff_user WHERE username = ?", [username]) {
            throw StoreError.invalid(ValidationError(field: "username", message: "username '\(username)' is already taken"))
        }
    }
}
