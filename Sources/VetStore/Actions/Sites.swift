import Foundation
import VetSQL
import VetCore

/// The practice's sites, who works at which, and the site a terminal works at. Roles are
/// group-wide: a manager may work at any open site; everyone else at the sites listed for them.
extension AppDatabase {
    /// Every site, open ones first, each group by name.
    public func sites() throws -> [Site] {
        try read { db in try Sites.all(db) }
    }

    /// The open sites `user` may work at, by name.
    public func sitesToWorkAt(_ user: StaffSession) throws -> [Site] {
        try read { db in try Sites.workable(db, userID: user.userID, role: user.role) }
    }

    /// The session working at `siteID`, once the site is open and the person works there;
    /// audited, so the trail shows where each terminal worked.
    public func workAt(siteID: Int64, as user: StaffSession) throws -> StaffSession {
        let now = self.now
        return try performUnattended { db in
            guard let site = try db.fetchRecord(Site.self, id: siteID) else {
                throw StoreError.notFound("there is no site numbered \(siteID)")
            }
            guard site.active else { throw StoreError.refused("\(site.name) is closed; choose an open site") }
            let allowed = try Sites.workable(db, userID: user.userID, role: user.role).contains { $0.id == siteID }
            guard allowed else {
                throw StoreError.refused("\(user.displayName) does not work at \(site.name); a manager can add the site "
                                         + "to their login")
            }
            try AuditTrail.record(db, at: now, userID: user.userID, action: "work at site", recordType: "site",
                                  recordID: siteID, clientID: nil, detail: site.name)
            return user.working(at: site)
        }
    }

    /// The site called `name` (any case), for `--site` and the remembered choice of a terminal.
    public func site(named name: String) throws -> Site {
        let wanted = name.trimmingCharacters(in: .whitespacesAndNewlines)
        let all = try sites()
        if let site = all.first(where: { $0.isNamed(wanted) }) { return site }
        let names = all.filter(\.active).map(\.name).joined(separator: ", ")
        throw StoreError.invalid(ValidationErrors([ValidationError(
            field: "site", message: "site '\(wanted)' is not one of this practice's sites (\(names))")]))
    }

    /// Opens a new site.
    @discardableResult
    public func addSite(_ details: SiteDetails, as user: StaffSession) throws -> Site {
        let valid: SiteDetails
        do { valid = try details.validated() } catch { throw StoreError.invalid(error) }
        let now = self.now
        return try perform(.manageSites, as: user) { db in
            try Sites.refuseTakenName(valid.name, except: nil, db)
            var site = Site(id: nil, name: valid.name, address: valid.address, phone: valid.phone, active: true,
                            createdAt: now, version: 1, updatedAt: now, updatedBy: user.userID)
            site.id = try db.insert(site)
            try DiaryRules.seedHours(db, siteID: try site.id.orThrow("site"))
            try AuditTrail.record(db, at: now, userID: user.userID, action: "add site", recordType: "site",
                                  recordID: site.id, clientID: nil, detail: valid.name)
            return site
        }
    }

    /// Renames or re-addresses a site unless someone changed it since `expectedVersion`.
    @discardableResult
    public func updateSite(id: Int64, expectedVersion: Int, details: SiteDetails, as user: StaffSession) throws -> Site {
        let valid: SiteDetails
        do { valid = try details.validated() } catch { throw StoreError.invalid(error) }
        return try changeSite(id: id, expectedVersion: expectedVersion, as: user, action: "change site") { db, site in
            try Sites.refuseTakenName(valid.name, except: id, db)
            site.name = valid.name
            site.address = valid.address
            site.phone = valid.phone
        }
    }

    /// Closes a site (its history stays; no terminal can work there) or opens it again. The
    /// practice always keeps one open site.
    @discardableResult
    public func setSiteOpen(id: Int64, _ open: Bool, expectedVersion: Int, as user: StaffSession) throws -> Site {
        try changeSite(id: id, expectedVersion: expectedVersion, as: user, action: open ? "reopen site" : "close site") { db, site in
            if !open, try db.fetchValue(Int.self, "SELECT count(*) FROM site WHERE active = 1 AND id <> ?", [id]) == 0 {
                throw StoreError.refused("\(site.name) is the practice's only open site; open another before closing it")
            }
            site.active = open
        }
    }

    /// Applies `change` to the site as one audited, version-checked action.
    private func changeSite(id: Int64, expectedVersion: Int, as user: StaffSession, action: String,
                            _ change: @escaping @Sendable (any SQLConnection, inout Site) throws -> Void) throws -> Site {
        let now = self.now
        let naming = OptimisticLock.Naming<Site>(missing: "there is no site numbered \(id)", conflict: { "Site \($0.name)" },
                                                 auditType: "site")
        return try perform(.manageSites, as: user) { db in
            try OptimisticLock.change(db, Site.self, id: id, expectedVersion: expectedVersion, user: user, at: now,
                                      action: action, naming: naming) { db, site in
                try change(db, &site)
                return site.name
            }
        }
    }

    /// The sites each login is listed at, by staff id.
    public func staffSites() throws -> [Int64: Set<Int64>] {
        try read { db in try Sites.assignments(db) }
    }

    /// Lists a login at exactly `siteIDs` (at least one, each open).
    public func setStaffSites(username: String, siteIDs: Set<Int64>, as user: StaffSession) throws {
        let now = self.now
        let name = Self.loginKey(username)
        try perform(.manageUsers, as: user) { db in
            guard let staff = try Self.staffUser(db, username: name), let staffID = staff.id else {
                throw StoreError.notFound("there is no user called '\(username)'")
            }
            let names = try Sites.list(db, staffID: staffID, at: siteIDs)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "change sites", recordType: "staff_user",
                                  recordID: staffID, clientID: nil, detail: "\(staff.username) at \(names.joined(separator: ", "))")
        }
    }
}

/// Site reads and rules shared by the actions above and the writers of site-carrying rows.
enum Sites {
    static func all(_ db: any SQLConnection) throws -> [Site] {
        try db.fetchRecords(Site.self, "SELECT * FROM site ORDER BY active DESC, lower(name), id")
    }

    static func workable(_ db: any SQLConnection, userID: Int64, role: Role) throws -> [Site] {
        if role == .manager { return try db.fetchRecords(Site.self, "SELECT * FROM site WHERE active = 1 ORDER BY lower(name), id") }
        return try db.fetchRecords(Site.self, """
            SELECT s.* FROM site s JOIN staff_site w ON w.site_id = s.id
            WHERE w.staff_id = ? AND s.active = 1 ORDER BY lower(s.name), s.id
            """, [userID])
    }

    static func assignments(_ db: any SQLConnection) throws -> [Int64: Set<Int64>] {
        var result: [Int64: Set<Int64>] = [:]
        for row in try db.fetchAll("SELECT staff_id, site_id FROM staff_site") {
            result[try row.decode(Int64.self, "staff_id"), default: []].insert(try row.decode(Int64.self, "site_id"))
        }
        return result
    }

    /// Replaces a login's sites; returns their names.
    @discardableResult
    static func list(_ db: any SQLConnection, staffID: Int64, at siteIDs: Set<Int64>) throws -> [String] {
        guard !siteIDs.isEmpty else {
            throw StoreError.invalid(ValidationErrors([ValidationError(field: "sites",
                                                                       message: "sites: choose at least one site")]))
        }
        var names: [String] = []
        for id in siteIDs.sorted() {
            guard let site = try db.fetchRecord(Site.self, id: id) else { throw StoreError.notFound("there is no site numbered \(id)") }
            guard site.active else { throw StoreError.refused("\(site.name) is closed; staff cannot be listed there") }
            names.append(site.name)
        }
        try db.execute("DELETE FROM staff_site WHERE staff_id = ?", [staffID])
        for id in siteIDs.sorted() { try db.execute("INSERT INTO staff_site (staff_id, site_id) VALUES (?, ?)", [staffID, id]) }
        return names
    }

    /// A new practice's first site: named and addressed as the practice. A site the upgrade
    /// made for logins added before set-up becomes it, rather than a second one.
    static func first(_ db: any SQLConnection, for settings: PracticeSettings, at now: Date) throws -> Site {
        let name = String(String.UnicodeScalarView(settings.name.unicodeScalars.prefix(60)))
        if var existing = try db.fetchRecord(Site.self, "SELECT * FROM site ORDER BY id LIMIT 1") {
            existing.name = name
            existing.address = settings.address
            existing.updatedAt = now
            try db.update(existing, id: try existing.id.orThrow("site"))
            return existing
        }
        var site = Site(id: nil, name: name, address: settings.address, phone: "", active: true,
                        createdAt: now, version: 1, updatedAt: now, updatedBy: nil)
        site.id = try db.insert(site)
        try DiaryRules.seedHours(db, siteID: try site.id.orThrow("site"))
        return site
    }

    /// Lists a new login at `chosen`, or where the practice has only one open site, there.
    static func listNewLogin(_ db: any SQLConnection, staffID: Int64, at chosen: Set<Int64>?, by user: StaffSession?) throws {
        if let chosen { try list(db, staffID: staffID, at: chosen); return }
        if let user, let site = user.siteID { try list(db, staffID: staffID, at: [site]); return }
        let open = try db.fetchValues(Int64.self, "SELECT id FROM site WHERE active = 1 ORDER BY id")
        guard open.count <= 1 else {
            throw StoreError.invalid(ValidationErrors([ValidationError(
                field: "sites", message: "sites: this practice has \(open.count) sites; choose where the login works")]))
        }
        if !open.isEmpty { try list(db, staffID: staffID, at: Set(open)) }
    }

    static func refuseTakenName(_ name: String, except id: Int64?, _ db: any SQLConnection) throws {
        if try db.exists("SELECT 1 FROM site WHERE lower(name) = lower(?) AND id <> ?", [name, id ?? 0]) {
            throw StoreError.invalid(ValidationErrors([ValidationError(
                field: "site name", message: "site name '\(name)' is already used by another site")]))
        }
    }

    /// The site a site-carrying row is written at: the session's, or the only open site of a
    /// practice that has one. A practice with several refuses until the terminal chooses.
    static func working(_ db: any SQLConnection, for user: StaffSession) throws -> Int64 {
        if let chosen = user.siteID {
            guard try db.exists("SELECT 1 FROM site WHERE id = ? AND active = 1", [chosen]) else {
                throw StoreError.refused("\(user.siteName ?? "this terminal's site") has been closed; log in again and choose an open site")
            }
            return chosen
        }
        let open = try db.fetchValues(Int64.self, "SELECT id FROM site WHERE active = 1 ORDER BY id LIMIT 2")
        guard open.count == 1, let only = open.first else {
            throw StoreError.refused(open.isEmpty ? "this practice has no open site; a manager must open one"
                                                  : "this practice has several sites: choose the site this terminal works at first")
        }
        return only
    }
}
