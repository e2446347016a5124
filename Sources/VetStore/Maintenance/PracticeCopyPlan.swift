import Foundation
import VetSQL

/// The steps of one `vetdesk copy`: load in one snapshot and one transaction, then check. Holds
/// the source, the names to give in messages, and who hears progress.
struct PracticeCopyPlan: Sendable {
    let source: AppDatabase
    let sourceName: String
    let destinationName: String
    let progress: @Sendable (PracticeCopy.Progress) -> Void

    /// What the source held, read in the same snapshot the rows were copied from.
    struct Loaded: Sendable {
        var counts: [String: Int]
        var chain: AuditChainReport
    }

    /// Reads the whole source in one snapshot and writes it into `into` in one transaction.
    func load(into: AppDatabase) throws -> Loaded {
        try source.read { sourceDB in
            try PracticeTables.check(sourceDB, name: sourceName)
            guard try sourceDB.exists("SELECT 1 FROM practice_settings LIMIT 1") else {
                throw StoreError.refused("\(sourceName) holds no practice yet (it was never set up); nothing was copied")
            }
            let chain = try AuditChainReport.read(sourceDB)
            guard chain.isIntact else {
                throw StoreError.refused("the audit trail of \(sourceName) is not intact (\(chain.problems[0])); "
                    + "run vetdesk check on it — nothing was copied")
            }
            var counts: [String: Int] = [:]
            for table in PracticeTables.all {
                counts[table.name] = try sourceDB.fetchValue(Int.self, "SELECT COUNT(*) FROM \(table.quotedName)") ?? 0
            }
            try into.writeWholeCopy(name: destinationName) { destinationDB in
                try PracticeTables.check(destinationDB, name: destinationName)
                try refuseUnlessEmpty(destinationDB)
                let copier = TableCopier(source: sourceDB, sourceName: sourceName, destination: destinationDB)
                for table in PracticeTables.all {
                    let total = counts[table.name] ?? 0
                    progress(PracticeCopy.Progress(stage: table.name, rowsCopied: 0, rowsTotal: total))
                    do {
                        try copier.copy(table) { copied in
                            progress(PracticeCopy.Progress(stage: table.name, rowsCopied: copied, rowsTotal: total))
                        }
                    } catch let error as StoreError {
                        throw error
                    } catch {
                        // The destination refused a row the source holds: say where, not "refresh and try again".
                        throw StoreError.database("a row of \(table.name) in \(sourceName) was refused by "
                            + "\(destinationName) (\((error as? SQLFailure)?.message ?? error.localizedDescription)); nothing was copied — run vetdesk "
                            + "check on \(sourceName)")
                    }
                }
                progress(PracticeCopy.Progress(stage: "rebuilding the search index", rowsCopied: 0, rowsTotal: nil))
                try SearchIndex.rebuildAll(destinationDB)
                if destinationDB.dialect == .postgresql {
                    // Copied rows kept their ids; new ones must be numbered after them.
                    try PostgresIdentities.continueAfterHighest(destinationDB)
                }
                try destinationDB.execute("ANALYZE")
            }
            return Loaded(counts: counts, chain: chain)
        }
    }

    /// The destination must hold nothing but what its own set-up seeded.
    private func refuseUnlessEmpty(_ db: any SQLConnection) throws {
        for table in PracticeTables.all where table.seeding == .none {
            guard try db.exists("SELECT 1 FROM \(table.quotedName) LIMIT 1") else { continue }
            let holding = switch table.name {
            case "practice_settings": "a practice"
            case "staff_user": "staff logins"
            case "client": "clients"
            default: "rows in its \(table.name) table"
            }
            throw StoreError.refused("\(destinationName) already holds \(holding); vetdesk copy only fills a new file "
                + "or an empty database — nothing was changed")
        }
    }

    /// Counts every table of the copy and walks its audit chain, which must end where the
    /// source's ends; any difference is an error naming it.
    func verify(_ into: AppDatabase, _ loaded: Loaded, started: Date) throws -> PracticeCopy.Result {
        progress(PracticeCopy.Progress(stage: "checking the copy", rowsCopied: 0, rowsTotal: nil))
        let anchor = AuditAnchor(head: loaded.chain.head, source: sourceName)
        let (counts, chain) = try into.read { db in
            let counts = try PracticeTables.all.map { table in
                PracticeCopy.TableCount(table: table.name, source: loaded.counts[table.name] ?? 0,
                                        destination: try db.fetchValue(Int.self,
                                            "SELECT COUNT(*) FROM \(table.quotedName)") ?? 0)
            }
            return (counts, try AuditChainReport.read(db, anchors: [anchor]))
        }
        var problems = counts.filter { !$0.matches }.map {
            "\($0.table) has \($0.destination) rows but \($0.source) in \(sourceName)"
        }
        problems += chain.problems
        if chain.head != loaded.chain.head {
            problems.append("its audit trail ends at entry \(chain.head.seq), the source's at \(loaded.chain.head.seq)")
        }
        guard problems.isEmpty else {
            throw StoreError.database("the copy in \(destinationName) does not match \(sourceName): "
                + problems.joined(separator: "; "))
        }
        return PracticeCopy.Result(source: sourceName, destination: destinationName, tables: counts,
                                   auditHead: chain.head, auditEntries: chain.entries,
                                   seconds: Date().timeIntervalSince(started))
    }
}

extension AppDatabase {
    /// The whole copy as one transaction on this thread (the copier carries its own state, as
    /// the demo generator does); failures name the destination as the person gave it.
    func writeWholeCopy<T: Sendable>(name: String, _ body: (any SQLConnection) throws -> T) throws -> T {
        do { return try engine.bulkWrite(body) } catch let error as StoreError { throw error } catch {
            throw DatabaseFailure.storeError(error, path: name)
        }
    }
}
