import VetCore

/// The logged-in member of staff on whose behalf every store action runs.
public struct StaffSession: Hashable, Sendable {
    public var userID: Int64
    public var username: String
    public var displayName: String
    public var role: Role

    public init(userID: Int64, username: String, displayName: String, role: Role) {
        self.userID = userID
        self.username = username
        self.displayName = displayName
        self.role = role
    }

    /// Throws unless this user's role allows `permission`: roles are enforced here, not only hidden in the UI.
    public func require(_ permission: Permission) throws(StoreError) {
        guard PermissionTable.allows(role, permission) else {
            throw .permissionDenied(PermissionTable.denialMessage(role: role, permission: permission))
        }
    }
}
