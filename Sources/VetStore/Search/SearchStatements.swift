import Foundation
import GRDB

extension AppDatabase {
    /// The SELECT statements one search runs, with its values written in. The benchmark runs
    /// them through the sqlite3 shell to compare, and the query-plan check asks SQLite how
    /// it would run each, so both look at exactly what the front desk runs.
    public func searchStatements(_ text: String, limit: Int = 20) throws -> [String] {
        do {
            return try writer.read { db in
                let recorder = StatementRecorder()
                db.trace(options: .statement) { event in
                    if case .statement(let statement) = event { recorder.statements.append(statement.expandedSQL) }
                }
                defer { db.trace(options: .statement, nil) }
                _ = try ClientSearch(text: text, limit: limit).run(db)
                return recorder.statements.filter { $0.uppercased().hasPrefix("SELECT") }
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
