import Foundation
import GRDB
import VetCore

/// Staff logins: add, change password, change role, deactivate, and authenticate.
extension AppDatabase {
    /// Adds a login. `user` is nil when run from the command line by whoever holds the file.
    @discardableResult
    public func addUser(_ new: NewStaffUser, as user: StaffSession?) throws -> StaffUser {
        let valid: (username: String, displayName: String)
        do { valid = try new.validated() } catch { throw StoreError.invalid(error) }
        if let user { try user.require(.manageUsers) }
        let hash = try PasswordHasher.hash(new.password)
        let now = self.now
        return try performUnattended { db in
            if try StaffUser.filter(Column("username") == valid.username).fetchCount(db) > 0 {
                throw StoreError.invalid(ValidationError(field: "username",
                                                         message: "username '\(valid.username)' is already taken"))
            }
            var staff = StaffUser(id: nil, username: valid.username, displayName: valid.displayName, role: new.role,
                                  passwordHash: hash, active: true, createdAt: now, version: 1, updatedAt: now,
                                  updatedBy: user?.userID)
            try staff.insert(db)
            try AuditTrail.record(db, at: now, userID: user?.userID, action: "add user", recordType: "staff_user",
                                  recordID: staff.id, clientID: nil, detail: "\(valid.username) as \(new.role.rawValue)")
            return staff
        }
    }

    /// Every login, active first, by name.
    public func users() throws -> [StaffUser] {
        try read { db in try StaffUser.order(Column("active").desc, Column("username")).fetchAll(db) }
    }

    public func setPassword(username: String, to password: String, as user: StaffSession?) throws {
        do { try StaffPassword.validate(password) } catch { throw StoreError.invalid(error) }
        if let user, user.username != username.lowercased() { try user.require(.manageUsers) }
        let hash = try PasswordHasher.hash(password)
        try updateUser(username: username, as: user, action: "change password") { staff in staff.passwordHash = hash }
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

    private func updateUser(username: String, as user: StaffSession?, action: String,
                            change: @escaping @Sendable (inout StaffUser) -> Void) throws {
        let now = self.now
        try performUnattended { db in
            guard var staff = try StaffUser.filter(Column("username") == username.lowercased()).fetchOne(db) else {
                throw StoreError.notFound("there is no user called '\(username)'")
            }
            change(&staff)
            staff.version += 1
            staff.updatedAt = now
            staff.updatedBy = user?.userID
            try staff.update(db)
            let managers = try StaffUser.filter(Column("role") == Role.manager.rawValue && Column("active") == true).fetchCount(db)
            if managers == 0 {
                throw StoreError.refused("the practice must keep at least one active manager login")
            }
            try AuditTrail.record(db, at: now, userID: user?.userID, action: action, recordType: "staff_user",
                                  recordID: staff.id, clientID: nil, detail: staff.username)
        }
    }

    /// Checks a login. Failures are audited and say nothing about which part was wrong.
    public func authenticate(username: String, password: String) throws -> StaffSession {
        let staff = try read { db in
            try StaffUser.filter(Column("username") == username.trimmingCharacters(in: .whitespaces).lowercased())
                .fetchOne(db)
        }
        let now = self.now
        guard let staff, let id = staff.id, staff.active, PasswordHasher.verify(password, against: staff.passwordHash) else {
            try performUnattended { db in
                try AuditTrail.record(db, at: now, userID: staff?.id, action: "failed login", recordType: "staff_user",
                                      recordID: staff?.id, clientID: nil, detail: username)
            }
            throw StoreError.refused("username or password is not right")
        }
        try performUnattended { db in
            try AuditTrail.record(db, at: now, userID: id, action: "log in", recordType: "staff_user",
                                  recordID: id, clientID: nil)
        }
        return StaffSession(userID: id, username: staff.username, displayName: staff.displayName, role: staff.role)
    }
}
