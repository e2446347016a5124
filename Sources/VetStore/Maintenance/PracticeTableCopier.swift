import VetSQL

/// Moves one table's rows from the source's snapshot into the destination's transaction: read
/// a page at a time in key order (so a table of millions never sits in memory at once) and
/// written with the source's ids and values exactly as they are stored.
///
/// On SQLite each row goes through one prepared statement re-bound per row, the quickest way
/// into a local file; on a server many rows go in one statement, so the load is not one
/// network round trip per row.
struct TableCopier {
    let source: any SQLConnection
    let sourceName: String
    let destination: any SQLConnection

    /// Rows read from the source at a time.
    static let pageSize = 1_000
    /// Rows sent to a server per statement, within PostgreSQL's 65,535 parameters.
    static let rowsPerStatement = 1_000

    /// Copies every row of `table`; `copied` hears the running total after each page.
    @discardableResult
    func copy(_ table: PracticeTable, copied: (Int) -> Void) throws -> Int {
        if table.seeding == .replaced { try destination.execute("DELETE FROM \(table.quotedName)") }
        var after: [SQLValue]?
        var total = 0
        while true {
            let page = try readPage(table, after: after)
            guard let last = page.last else { break }
            switch table.seeding {
            case .none, .replaced: try insert(page, into: table)
            case .updated: try overwrite(page, in: table)
            }
            total += page.count
            copied(total)
            after = table.key.map { last[$0] }
            if page.count < Self.pageSize { break }
        }
        return total
    }

    /// The next page after the key `after` (the first page when nil). A failure is the
    /// source's, and is named after it rather than after the destination being written.
    private func readPage(_ table: PracticeTable, after: [SQLValue]?) throws -> [SQLRow] {
        let keys = table.key.map(PracticeTable.quoted)
        var sql = "SELECT * FROM \(table.quotedName)"
        if after != nil {
            sql += keys.count == 1
                ? " WHERE \(keys[0]) > ?"
                : " WHERE (\(keys.joined(separator: ", "))) > (\(SQLList.placeholders(keys.count)))"
        }
        sql += " ORDER BY \(keys.joined(separator: ", ")) LIMIT ?"
        do {
            return try source.fetchAll(sql, SQLArguments((after ?? []) + [.integer(Int64(Self.pageSize))]))
        } catch let error as StoreError {
            throw error
        } catch {
            throw DatabaseFailure.storeError(error, path: sourceName)
        }
    }

    private func insert(_ page: [SQLRow], into table: PracticeTable) throws {
        guard let columns = page.first?.columns.names else { return }
        let target = "\(table.quotedName) (\(columns.map(PracticeTable.quoted).joined(separator: ", ")))"
        switch destination.dialect {
        case .sqlite:
            let sql = "INSERT INTO \(target) VALUES (\(SQLList.placeholders(columns.count)))"
            for values in page { try destination.execute(sql, SQLArguments(values.values)) }
        case .postgresql:
            try destination.insertRows(into: target, width: columns.count, page.flatMap(\.values),
                                       rowsPerStatement: Self.rowsPerStatement)
        }
    }

    /// Rows the destination's set-up wrote and that may not be deleted (the audit head) take
    /// the source's values in place; any row it lacks is inserted.
    private func overwrite(_ page: [SQLRow], in table: PracticeTable) throws {
        for row in page {
            let columns = row.columns.names.filter { !table.key.contains($0) }
            let assignments = columns.map { "\(PracticeTable.quoted($0)) = ?" }.joined(separator: ", ")
            let match = table.key.map { "\(PracticeTable.quoted($0)) = ?" }.joined(separator: " AND ")
            let changed = try destination.execute("UPDATE \(table.quotedName) SET \(assignments) WHERE \(match)",
                                                  SQLArguments(columns.map { row[$0] } + table.key.map { row[$0] }))
            if changed == 0 { try insert([row], into: table) }
        }
    }
}

extension PracticeTable {
    var quotedName: String { Self.quoted(name) }

    /// A table or column name as an identifier both engines read as written. The names come
    /// from the schema, never from a person; quoted all the same.
    static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
