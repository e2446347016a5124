import Foundation
import VetSQL
import VetCore

/// The demo's data-protection requests: every kind and status, some overdue, extended, paused
/// or awaiting identity. They are made through the register's own actions, each step on its
/// own day, so their histories, clocks and audit entries are exactly what real use produces.
struct DemoRequests {
    let store: AppDatabase

    /// One step of a scripted case: the day offset from today and what the staff did.
    struct Step: Sendable {
        var daysAgo: Int
        var action: @Sendable (AppDatabase, Int64, Int, StaffSession) throws -> Void
    }

    struct Case: Sendable {
        var kinds: [RequestKind]
        var channel: RequestChannel
        var receivedDaysAgo: Int
        var linked: Bool
        var steps: [Step]
    }

    func write() throws -> Int {
        let today = store.today
        let (manager, receptionist, clients) = try store.read { db -> (StaffSession, StaffSession, [Client]) in
            let staff = try db.fetchRecords(StaffUser.self, "SELECT * FROM staff_user WHERE active = 1 ORDER BY id")
            guard let manager = staff.first(where: { $0.role == .manager }), let managerID = manager.id,
                  let desk = staff.first(where: { $0.role == .receptionist }), let deskID = desk.id else {
                throw StoreError.refused("the demo practice has no manager or receptionist login")
            }
            let clients = try db.fetchRecords(Client.self, "SELECT * FROM client WHERE status = ? ORDER BY id LIMIT ?",
                                              [ClientStatus.active.rawValue, Self.cases.count])
            return (StaffSession(userID: managerID, username: manager.username, displayName: manager.displayName, role: .manager),
                    StaffSession(userID: deskID, username: desk.username, displayName: desk.displayName, role: .receptionist),
                    clients)
        }
        var written = 0
        for (index, script) in Self.cases.enumerated() {
            let client = script.linked && index < clients.count ? clients[index] : nil
            let received = today.adding(days: -script.receivedDaysAgo)
            let requester = client.map(\.fullName) ?? "Caller who gave no account details"
            let request = try on(received).logRequest(
                NewRequest(kinds: script.kinds, requesterName: requester,
                           requesterContact: client?.email ?? "by phone", clientID: client?.id,
                           channel: script.channel, receivedOn: received),
                as: receptionist)
            guard let id = request.id else { continue }
            var version = request.version
            for step in script.steps {
                let day = today.adding(days: -step.daysAgo)
                try step.action(on(day), id, version, manager)
                version += 1
            }
            written += 1
        }
        return written
    }

    /// The same file with the clock stopped at noon on `day`, so each step is dated as it happened.
    private func on(_ day: LocalDate) throws -> AppDatabase {
        try AppDatabase(path: store.path, mode: .existing, clock: FixedClock(day.instant(hour: 12, in: store.clock.timeZone),
                                                                            timeZone: store.clock.timeZone))
    }
}
