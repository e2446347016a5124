import Foundation
import VetSQL
import VetCore

/// Reading the breach register.
extension AppDatabase {
    /// Every breach, the most recently discovered first, with who found it and the clients linked.
    public func breaches(as user: StaffSession) throws -> [BreachEntry] {
        try user.require(.manageBreaches)
        return try read { db in try BreachReads.entries(db, where: "1 = 1") }
    }

    /// One breach of the register.
    public func breach(id: Int64, as user: StaffSession) throws -> BreachEntry {
        try user.require(.manageBreaches)
        let found = try read { db in try BreachReads.entries(db, where: "b.id = ?", [id]) }
        guard let entry = found.first else { throw StoreError.notFound("there is no breach BR-\(id) in the register") }
        return entry
    }

    /// Open breaches, soonest report-by first: those still to be decided or reported, and those
    /// whose people must still be told. For Today and the manager's queue; empty for anyone who
    /// may not keep the register, since the clock is theirs to act on.
    public func breachesNeedingAction(as user: StaffSession) throws -> [BreachNeedingAction] {
        guard PermissionTable.allows(user.role, .manageBreaches) else { return [] }
        let now = self.now
        let open = try read { db in
            try db.fetchRecords(DataBreach.self, """
                SELECT * FROM data_breach
                WHERE (decision <> 'notReportable' AND reported_at IS NULL) OR (high_risk = 1 AND people_told_at IS NULL)
                ORDER BY aware_at, id
                """)
        }
        return open.map { breach in
            let clock = breach.clock
            return BreachNeedingAction(id: breach.id ?? 0, reference: breach.reference, summary: breach.summary,
                                       awareAt: breach.awareAt, reportBy: clock.reportBy, state: clock.state(at: now),
                                       clockText: clock.text(at: now), needsTelling: breach.needsTelling)
        }
    }

    /// The regulator breaches are reported to, from the practice's region.
    public func breachRegion() throws -> PracticeRegion {
        try practiceSettings()?.settings.region ?? .englandWales
    }
}

enum BreachReads {
    static func entries(_ db: any SQLConnection, where filter: String, _ arguments: SQLArguments = []) throws -> [BreachEntry] {
        let breaches = try db.fetchRecords(DataBreach.self, "SELECT b.* FROM data_breach b WHERE \(filter) ORDER BY b.aware_at DESC, b.id DESC",
                                           arguments)
        guard !breaches.isEmpty else { return [] }
        var names: [Int64: String] = [:]
        for row in try db.fetchAll("SELECT id, display_name FROM staff_user") {
            names[try row.decode(Int64.self, "id")] = try row.decode(String.self, "display_name")
        }
        var clients: [Int64: [Int64]] = [:]
        let ids = AccessPackCollector.list(breaches.compactMap(\.id))
        for row in try db.fetchAll("SELECT breach_id, client_id FROM data_breach_client WHERE breach_id IN \(ids) ORDER BY client_id") {
            clients[try row.decode(Int64.self, "breach_id"), default: []].append(try row.decode(Int64.self, "client_id"))
        }
        return breaches.map { breach in
            BreachEntry(breach: breach, foundByName: names[breach.foundBy] ?? "staff \(breach.foundBy)",
                        clientIDs: clients[breach.id ?? 0] ?? [])
        }
    }
}
