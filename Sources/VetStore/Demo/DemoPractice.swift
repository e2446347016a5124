import Foundation
import VetSQL
import VetCore

/// A realistic, deterministic sample practice: the same seed, size, region and "today"
/// always give the same clients, pets, consultations, money, insurance and privacy records.
///
/// It is written straight into the schema with prepared statements in large transactions,
/// so 100,000 clients take well under two minutes; the few audit entries go through
/// `AuditTrail.record` so the hash chain stays valid.
public enum DemoPractice {
    /// A staff login of the demo practice, shown on the demo's login screen.
    public struct Login: Hashable, Sendable {
        public var username: String
        public var password: String
        public var displayName: String
        public var role: Role
    }

    /// Every demo login. Known passwords are the point: this is sample data, never a real practice.
    public static let logins: [Login] = [
        Login(username: "reception", password: "reception123", displayName: "Priya Shah", role: .receptionist),
        Login(username: "vet", password: "vet12345", displayName: "Tom Evans MRCVS", role: .vet),
        Login(username: "manager", password: "manager123", displayName: "Helen Morgan", role: .manager),
        Login(username: "vet2", password: "vet12345", displayName: "Aoife Byrne MRCVS", role: .vet),
        Login(username: "vet3", password: "vet12345", displayName: "Marek Nowak MRCVS", role: .vet),
        Login(username: "reception2", password: "reception123", displayName: "Gareth Price", role: .receptionist),
    ]

    /// The size of the practice `vetdesk --demo` opens.
    public static let standardClientCount = 500

    /// The most clients one demo may hold (phone and microchip numbers stay unique up to here).
    public static let maximumClients = 800_000

    /// The most sites one demo may have.
    public static let maximumSites = 50

    /// How far generation has got, reported after each transaction.
    public struct Progress: Sendable {
        public var stage: String
        public var clientsWritten: Int
        public var clientsTotal: Int
    }

    /// What was written and how long each stage took.
    public struct Summary: Sendable {
        public var clients: Int
        public var seed: UInt64
        public var region: PracticeRegion
        /// Each site's name and the vets and receptionists who log in there (managers work everywhere).
        public var sites: [(name: String, usernames: [String])]
        /// Rows per table, in a stable order.
        public var rows: [(table: String, count: Int)]
        public var stages: [(stage: String, seconds: Double)]
        public var totalSeconds: Double
    }

    /// Fills an empty database with a demo practice of `clients` clients. Refuses a
    /// database that already holds a practice or clients, so real data is never mixed in.
    @discardableResult
    public static func generate(into store: AppDatabase, clients: Int, seed: UInt64 = 1,
                                region: PracticeRegion = .englandWales, sites: Int = 1,
                                progress: (Progress) -> Void = { _ in }) throws -> Summary {
        guard (1...maximumClients).contains(clients) else {
            throw StoreError.invalid(ValidationError(field: "clients",
                message: "clients must be from 1 to 800,000, not \(clients)"))
        }
        guard (1...maximumSites).contains(sites) else {
            throw StoreError.invalid(ValidationError(field: "sites",
                message: "sites must be from 1 to \(maximumSites), not \(sites)"))
        }
        return try DemoGenerator(store: store, clients: clients, seed: seed, region: region, sites: sites)
            .run(progress: progress)
    }

    /// The sites a demo of `sites` sites has, each with the vets and receptionists listed there.
    public static func rota(sites: Int, region: PracticeRegion) -> [(name: String, usernames: [String])] {
        let plan = DemoStaffing.plan(sites: sites)
        return (1...max(1, sites)).map { number in
            let name = number == 1 ? DemoSetup.practiceSettings(region).name : DemoSites.branch(number, region: region).name
            return (name, plan.filter { $0.login.role != .manager && $0.sites.contains(number) }.map(\.login.username))
        }
    }

    /// Writes a new demo practice at `path`. It is built under a temporary name and renamed into
    /// place only when complete, so an interrupted run leaves no half-built practice and can
    /// simply be run again. A file that already holds anything is refused.
    @discardableResult
    public static func create(at path: String, clients: Int, seed: UInt64 = 1, region: PracticeRegion = .englandWales,
                              sites: Int = 1, clock: any PracticeClock = SystemClock(),
                              progress: (Progress) -> Void = { _ in }) throws -> Summary {
        if ServerMaintenance.server(path) != nil {
            // A server database cannot be built aside and renamed: it is filled in place, and
            // refused (as a file is) when it already holds a practice.
            let store = try AppDatabase(path: path, mode: .createIfMissing, clock: clock)
            defer { try? store.close() }
            return try generate(into: store, clients: clients, seed: seed, region: region, sites: sites, progress: progress)
        }
        if let size = DatabaseFile.size(of: path), size > 0 {
            throw StoreError.refused("\(path) already exists and is not empty; the demo needs a new file "
                + "(give another with --db) — nothing was changed")
        }
        let partial = path + ".partial"
        DatabaseFile.removeWithSideFiles(partial)
        do {
            let store = try AppDatabase(path: partial, mode: .createIfMissing, clock: clock)
            let summary = try generate(into: store, clients: clients, seed: seed, region: region, sites: sites,
                                       progress: progress)
            try store.close()
            try DatabaseFile.replace(path, with: partial)
            // The log was folded in and emptied by `close`; what is left under the old name is empty.
            DatabaseFile.removeWithSideFiles(partial)
            return summary
        } catch {
            DatabaseFile.removeWithSideFiles(partial)
            throw error
        }
    }

    /// Opens the demo practice at `path`, creating it with `standardClientCount` clients the
    /// first time (`vetdesk --demo`).
    public static func openOrCreateDemo(path: String, clock: any PracticeClock = SystemClock()) throws -> AppDatabase {
        if (DatabaseFile.size(of: path) ?? 0) == 0 {
            try create(at: path, clients: standardClientCount, clock: clock)
        }
        return try AppDatabase(path: path, mode: .existing, clock: clock)
    }
}

extension AppDatabase {
    /// One transaction for bulk demo writes; unlike `performUnattended` the body may capture
    /// the generator's state, because it runs synchronously on this thread.
    func writeDemoBatch<T: Sendable>(_ body: (any SQLConnection) throws -> T) throws -> T {
        do { return try engine.bulkWrite(body) } catch let error as StoreError { throw error } catch {
            throw DatabaseFailure.storeError(error, path: path)
        }
    }
}
