import Foundation
import VetSQL
import VetCore

/// Runs the stages of demo generation: set-up, clients in batches, the diary, the search index, audit.
struct DemoGenerator {
    let store: AppDatabase
    let clients: Int
    let seed: UInt64
    let region: PracticeRegion
    let sites: Int
    /// Clients per transaction: large enough to amortise commits, small enough to keep
    /// the write-ahead log from growing to the size of the database.
    static let batchSize = 2_500

    func run(progress: (DemoPractice.Progress) -> Void) throws -> DemoPractice.Summary {
        let started = ContinuousClock.now
        var stages: [(stage: String, seconds: Double)] = []
        let hashes = try DemoStaff.passwordHashes()
        let today = store.today
        let now = DemoInstant(store.now)
        let (context, setupSeconds) = try Self.measure {
            try store.writeDemoBatch { db in
                try DemoSetup.refuseUnlessEmpty(db, path: store.path)
                return try DemoSetup.write(db, seed: seed, region: region, sites: sites, today: today, now: now, hashes: hashes)
            }
        }
        stages.append(("practice, staff, price list", setupSeconds))
        let (clientRows, clientSeconds) = try Self.measure { try writeClients(context: context, progress: progress) }
        stages.append(("clients and their records", clientSeconds))
        let (diaryRows, diarySeconds) = try Self.measure {
            try store.writeDemoBatch { db in try DemoDiary(context: context).write(db) }
        }
        stages.append(("diary and online queue", diarySeconds))
        let ((), reminderSeconds) = try Self.measure {
            try store.writeDemoBatch { db in try DemoReminders(context: context).write(db) }
        }
        stages.append(("reminders", reminderSeconds))
        let rows = zip(clientRows, diaryRows).map(+)
        let ((), indexSeconds) = try Self.measure {
            try store.writeDemoBatch { db in try SearchIndex.rebuildAll(db) }
        }
        stages.append(("search index", indexSeconds))
        let ((), auditSeconds) = try Self.measure {
            try store.writeDemoBatch { db in
                try DemoSetup.writeAudit(db, context: context, clients: clients)
                try Self.tidyAfterLoad(db)
            }
        }
        stages.append(("audit trail", auditSeconds))
        let (_, requestSeconds) = try Self.measure { try DemoRequests(store: store).write() }
        stages.append(("data-protection requests", requestSeconds))
        let (_, breachSeconds) = try Self.measure { try DemoBreaches(store: store).write() }
        stages.append(("breach register", breachSeconds))
        return DemoPractice.Summary(
            clients: clients, seed: seed, region: region, sites: DemoPractice.rota(sites: sites, region: region),
            rows: zip(DemoTable.allCases, rows).map { ($0.rawValue, $1) },
            stages: stages, totalSeconds: (ContinuousClock.now - started).seconds)
    }

    /// Writes every client in transactions of `batchSize`, returning rows per table.
    private func writeClients(context: DemoContext, progress: (DemoPractice.Progress) -> Void) throws -> [Int] {
        var counters = DemoCounters()
        var rows = [Int](repeating: 0, count: DemoTable.allCases.count)
        var next = 0
        while next < clients {
            let range = next..<min(clients, next + Self.batchSize)
            let written = try store.writeDemoBatch { db in
                var writer = try DemoWriter(db)
                for index in range {
                    var maker = DemoClientMaker(context: context, index: index)
                    try maker.write(with: &writer, counters: &counters)
                }
                try writer.flush()
                return writer.counts
            }
            rows = zip(rows, written).map(+)
            next = range.upperBound
            progress(DemoPractice.Progress(stage: "clients", clientsWritten: next, clientsTotal: clients))
        }
        return rows
    }

    /// SQLite refreshes its planner statistics; PostgreSQL's numbering of each table moves on
    /// past the ids the writer gave, so the desk's next client does not collide with them.
    private static func tidyAfterLoad(_ db: any SQLConnection) throws {
        switch db.dialect {
        case .sqlite: try db.execute("PRAGMA optimize")
        case .postgresql:
            try PostgresIdentities.continueAfterHighest(db)
            try db.execute("ANALYZE")
        }
    }

    private static func measure<T>(_ body: () throws -> T) throws -> (T, Double) {
        let started = ContinuousClock.now
        let result = try body()
        return (result, (ContinuousClock.now - started).seconds)
    }
}

extension Duration {
    /// The duration in seconds, for reports.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
