import Foundation
import VetSQL

extension AppDatabase {
    /// The statements one search runs, with its values written in (on SQLite, FTS5's own
    /// internal reads of its shadow tables are left out). The benchmark runs them through the
    /// engine's own shell (`sqlite3`, `psql`) to compare, and the query-plan checks ask the
    /// engine how it would run each, so both look at exactly what the front desk runs.
    public func searchStatements(_ text: String, limit: Int = 20) throws -> [String] {
        try statements(of: ClientSearch(text: text, limit: limit))
    }

    /// The statements `search` runs, recorded while it runs.
    func statements(of search: ClientSearch) throws -> [String] {
        try read { db in
            let recorder = RecordingConnection(base: db)
            _ = try search.run(recorder)
            return recorder.statements
        }
    }
}

/// Runs statements on another connection, noting each with its values written in.
private final class RecordingConnection: SQLConnection {
    let base: any SQLConnection
    var statements: [String] = []

    init(base: any SQLConnection) { self.base = base }

    var dialect: SQLDialect { base.dialect }

    func execute(_ sql: String, _ arguments: SQLArguments) throws -> Int {
        statements.append(Self.written(sql, arguments))
        return try base.execute(sql, arguments)
    }

    func fetchAll(_ sql: String, _ arguments: SQLArguments) throws -> [SQLRow] {
        statements.append(Self.written(sql, arguments))
        return try base.fetchAll(sql, arguments)
    }

    func executeScript(_ sql: String) throws {
        statements.append(sql)
        try base.executeScript(sql)
    }

    /// The statement with each `?` replaced by its value as an SQL literal.
    static func written(_ sql: String, _ arguments: SQLArguments) -> String {
        var values = arguments.values.makeIterator()
        var result = ""
        var quote: Character?
        for character in sql {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "?", let value = values.next() {
                result += literal(value)
                continue
            }
            result.append(character)
        }
        return result
    }

    private static func literal(_ value: SQLValue) -> String {
        switch value {
        case .null: "NULL"
        case .integer(let number): String(number)
        case .real(let number): String(number)
        case .text(let text): "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        case .blob(let data): "X'" + data.map { String(format: "%02X", $0) }.joined() + "'"
        }
    }
}
