/// `?, ?, ?`: the placeholders of an `IN (…)` list or a row of `count` values.
public enum SQLList {
    public static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}

extension SQLConnection {
    /// Inserts rows into `target` (`table (a, b, c)`), `width` values to a row, many rows to a
    /// statement: on a server each statement is a round trip, so bulk loads send them together.
    /// A statement stays within PostgreSQL's 65,535 parameters.
    public func insertRows(into target: String, width: Int, _ values: [SQLValue], rowsPerStatement: Int = 1_000) throws {
        guard width > 0 else { return }
        let row = "(" + SQLList.placeholders(width) + ")"
        let perStatement = max(1, min(rowsPerStatement, 60_000 / width)) * width
        var start = 0
        while start < values.count {
            let end = min(values.count, start + perStatement)
            let rows = (end - start) / width
            try execute("INSERT INTO \(target) VALUES " + Array(repeating: row, count: rows).joined(separator: ", "),
                        SQLArguments(Array(values[start..<end])))
            start = end
        }
    }
}
