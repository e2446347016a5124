import VetCore

/// The logged-in member of staff on whose behalf every store action runs.
public struct StaffSession: Hashable, Sendable {
    public var userID: Int64
    public var username: String
    public var displayName: String
    public var role: Role
    /// The site this terminal works at, once chosen; nil lets a practice with one site work
    /// there, and makes a practice with several refuse site-carrying work until one is chosen.
    public var siteID: Int64?
    public var siteName: String?

    public init(userID: Int64, username: String, displayName: String, role: Role,
                siteID: Int64? = nil, siteName: String? = nil) {
        self.userID = userID
        self.username = username
        self.displayName = displayName
        self.role = role
        self.siteID = siteID
        self.siteName = siteName
    }

    /// The same person working at `site`.
    public func working(at site: Site) -> StaffSession {
        var session = self
        session.siteID = site.id
        session.siteName = site.name
        return session
    }

    /// Throws unless this user's role allows `permission`: roles are enforced here, not only hidden in the UI.
    public func require(_ permission: Permission) throws(StoreError) {
        guard PermissionTable.allows(role, permission) else {
            throw .permissionDenied(PermissionTable.denialMessage(role: role, permission: permission))
        }
    }
}
