import Foundation

/// A login to create: username, display name, role and a first password.
public struct NewStaffUser: Hashable, Sendable {
    public var username: String
    public var displayName: String
    public var role: Role
    public var password: String

    public init(username: String, displayName: String, role: Role, password: String) {
        self.username = username
        self.displayName = displayName
        self.role = role
        self.password = password
    }

    /// Checks every field; the password is checked by `StaffPassword.validate`.
    public func validated() throws(ValidationErrors) -> (username: String, displayName: String) {
        try validated(includingPassword: true)
    }

    /// Checks the names alone, before a password has been asked for.
    public func validatedNames() throws(ValidationErrors) -> (username: String, displayName: String) {
        try validated(includingPassword: false)
    }

    private func validated(includingPassword: Bool) throws(ValidationErrors) -> (username: String, displayName: String) {
        var check = Validator()
        let name = username.trimmingCharacters(in: .whitespaces).lowercased()
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789._-")
        if name.count < 2 || name.count > 32 || !name.allSatisfy(allowed.contains) {
            check.add(ValidationError(field: "username",
                                      message: "username '\(username)' must be 2 to 32 letters, digits, dots, dashes or underscores"))
        }
        let display = check.check { () throws(ValidationError) in
            try TextRule.required(displayName, field: "display name", maxLength: 60)
        }
        if includingPassword {
            _ = check.check { () throws(ValidationError) in try StaffPassword.validate(password, username: name) }
        }
        try check.finish()
        return (name, display ?? "")
    }
}

/// The password rule shared by set-up, the first manager and every change of password. The store
/// also refuses passwords on the list of commonly used ones, which ships as data beside the program.
public enum StaffPassword {
    public static let minimumLength = 10
    public static let maximumLength = 128

    public static func validate(_ password: String, username: String? = nil,
                                field: String = "password") throws(ValidationError) {
        if password.count < minimumLength {
            throw ValidationError(field: field, message: "\(field) must be at least \(minimumLength) characters")
        }
        if password.count > maximumLength {
            throw ValidationError(field: field, message: "\(field) is too long: the limit is \(maximumLength) characters")
        }
        if let username, password.lowercased() == username.trimmingCharacters(in: .whitespaces).lowercased() {
            throw ValidationError(field: field, message: "\(field) must not be the same as the username")
        }
    }
}
