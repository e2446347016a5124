import VetSQL

extension PostgresGuards {
    /// Problems with the audit guards as they stand on the server: each named guard must be
    /// there, enabled, defined as VetDesk wrote it, and run a function whose body is unchanged
    /// (a guard can be defeated by replacing either). The TRUNCATE guards are checked too.
    static func problems(_ db: any SQLConnection, sqliteNames: [String]) throws -> [String] {
        let names = Set(sqliteNames).union(["audit_entry_no_truncate", "audit_head_no_truncate",
                                            "audit_redaction_no_truncate"])
        var problems: [String] = []
        for expected in triggers where names.contains(expected.name) {
            guard let row = try db.fetchOne("""
                SELECT pg_get_triggerdef(t.oid) AS definition, p.proname AS function, p.prosrc AS body
                FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
                WHERE t.tgname = ? AND NOT t.tgisinternal AND t.tgenabled <> 'D'
                """, [expected.name]) else {
                problems.append("the guard trigger \(expected.name) has been dropped: the trail could be edited")
                continue
            }
            let definition = try row.decode(String.self, "definition")
                .replacingOccurrences(of: " ON public.", with: " ON ")
            let function = try row.decode(String.self, "function")
            let body = try row.decode(String.self, "body")
            let normalised = AuditChainReport.normalised
            if normalised(definition) != normalised(expected.sql) || functionBody(function).map(normalised) != normalised(body) {
                problems.append("the guard trigger \(expected.name) has been changed")
            }
        }
        return problems
    }

    /// The body VetDesk wrote for a guard function, between its `$$` quotes.
    private static func functionBody(_ name: String) -> String? {
        guard let start = functions.range(of: "CREATE FUNCTION \(name)("),
              let open = functions.range(of: "$$", range: start.upperBound..<functions.endIndex),
              let close = functions.range(of: "$$", range: open.upperBound..<functions.endIndex) else { return nil }
        return String(functions[open.upperBound..<close.lowerBound])
    }
}
