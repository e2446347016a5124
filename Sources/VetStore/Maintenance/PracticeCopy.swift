import Foundation
import VetCore
import VetSQL

/// `vetdesk copy`: a whole practice moved from one database to another — a practice file into
/// the group's empty PostgreSQL database, back out to a new file, or file to file — keeping
/// every id and value, then checked table by table and along the audit chain.
///
/// The source is read in one snapshot and the destination written in one transaction, so an
/// interrupted copy leaves nothing behind: a server database keeps no rows (only the schema
/// its opening set up), and a file is built under a temporary name and renamed into place only
/// once checked.
public enum PracticeCopy {
    /// How far the copy has got, reported after each page of rows and as each later step starts.
    public struct Progress: Sendable {
        /// The table being copied, or the step under way ("rebuilding the search index").
        public var stage: String
        public var rowsCopied: Int
        /// The table's rows in the source; nil for a step that is not a table.
        public var rowsTotal: Int?
    }

    /// One table's rows on each side once the copy is done.
    public struct TableCount: Sendable, Equatable {
        public var table: String
        public var source: Int
        public var destination: Int

        public var matches: Bool { source == destination }
    }

    /// A finished, checked copy.
    public struct Result: Sendable {
        public var source: String
        public var destination: String
        /// Every table in the order copied.
        public var tables: [TableCount]
        /// The last entry of the audit trail, the same on both sides.
        public var auditHead: AuditHead
        public var auditEntries: Int
        public var seconds: Double
    }

    /// Copies the practice at `source` (a file or `postgresql://` address, opened for reading
    /// only: a database that is not a practice of this version is refused) into `destination`:
    /// a new or empty file, or an empty server database. A destination holding anything at all
    /// is refused with nothing changed.
    public static func copy(from source: String, to destination: String, clock: any PracticeClock = SystemClock(),
                            progress: @escaping @Sendable (Progress) -> Void = { _ in }) throws -> Result {
        let started = Date()
        let address: DatabaseAddress
        do { address = try DatabaseAddress(destination) } catch { throw StoreError.refused("\(error)") }
        if case .sqliteFile? = try? DatabaseAddress(source), !FileManager.default.fileExists(atPath: source) {
            throw StoreError.refused("\(source) does not exist; nothing was copied")
        }
        if case .sqliteFile = address, let size = DatabaseFile.size(of: destination), size > 0 {
            throw StoreError.refused("\(destination) already exists and is not empty; vetdesk copy writes a new file, "
                + "so give another name — nothing was changed")
        }
        let from = try AppDatabase(path: source, mode: .reading, clock: clock)
        defer { try? from.close() }
        let plan = PracticeCopyPlan(source: from, sourceName: source, destinationName: destination, progress: progress)
        guard case .sqliteFile = address else {
            let into = try AppDatabase(path: destination, mode: .createIfMissing, clock: clock)
            defer { try? into.close() }
            let loaded = try plan.load(into: into)
            do {
                return try plan.verify(into, loaded, started: started)
            } catch {
                throw StoreError.database("\(error.localizedDescription); empty the database "
                    + "(drop and create it again) before copying into it again")
            }
        }
        let partial = destination + ".partial"
        DatabaseFile.removeWithSideFiles(partial)
        do {
            let into = try AppDatabase(path: partial, mode: .createIfMissing, clock: clock)
            let loaded = try plan.load(into: into)
            let result = try plan.verify(into, loaded, started: started)
            try into.close()
            try DatabaseFile.replace(destination, with: partial)
            DatabaseFile.removeWithSideFiles(partial)
            return result
        } catch {
            DatabaseFile.removeWithSideFiles(partial)
            throw error
        }
    }
}
