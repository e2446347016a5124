import Foundation
import GRDB

extension AppDatabase {
    /// The statements one search runs, with its values written in (FTS5's own internal
    /// reads of its shadow tables are left out). The benchmark runs
    /// them through the sqlite3 shell to compare, and the query-plan check asks SQLite how
    /// it would run each, so both look at exactly what the front desk runs.
    public func searchStatements(_ text: String, limit: Int = 20) throws -> [String] {
        try statements(of: ClientSearch(text: text, limit: limit))
    }

    /// The statements `search` runs, recorded while it runs on one connection.
    func statements(of search: ClientSearch) throws -> [String] {
        do {
            return try writer.read { db in
                let recorder = StatementRecorder()
                db.trace(options: .statement) { event in
                    if case .statement(let statement) = event, SearchLookups.all.contains(statement.sql) {
                        recorder.statements.append(statement.expandedSQL)
                    }
                }
                defer { db.trace(options: .statement, nil) }
                _ = try search.run(db)
                return recorder.statements
            }
        } catch let error as StoreError { throw error } catch {
            throw DatabaseFailure.storeError(error, path: path)
        }
    }
}

/// Collects traced statements while one search runs on one connection.
private final class StatementRecorder {
    var statements: [String] = []
}
