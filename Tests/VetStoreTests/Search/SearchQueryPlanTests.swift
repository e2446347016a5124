import GRDB
import Testing
import VetCore
@testable import VetStore

/// Every statement a search runs must read through FTS5 or an index: SQLite's query plan
/// may show no SCAN of a base table (a virtual-table scan is FTS5 answering MATCH).
@Suite("Search query plans")
struct SearchQueryPlanTests {
    static let kinds: [(kind: String, query: String, cap: Int)] = [
        ("surname", "smith", ClientSearch.defaultRankingCap), ("forename and surname", "zoe smi", ClientSearch.defaultRankingCap),
        ("accented name", "łukasz", ClientSearch.defaultRankingCap), ("broad text, in tiers", "s", 3),
        ("pet name", "bella", ClientSearch.defaultRankingCap), ("whole phone", "07700 900123", ClientSearch.defaultRankingCap),
        ("international phone", "+44 7700 900123", ClientSearch.defaultRankingCap),
        ("partial phone", "07700 90", ClientSearch.defaultRankingCap), ("postcode", "SY8 1DA", ClientSearch.defaultRankingCap),
        ("postcode without space", "sy81da", ClientSearch.defaultRankingCap),
        ("email", "zoe.smith@example.com", ClientSearch.defaultRankingCap),
        ("start of an email", "zoe.smi", ClientSearch.defaultRankingCap),
        ("start of a postcode", "wr15 2", ClientSearch.defaultRankingCap),
        ("whole microchip", "826000000047645", ClientSearch.defaultRankingCap),
        ("microchip prefix", "8260000", ClientSearch.defaultRankingCap),
    ]

    @Test("no search statement scans a table", arguments: kinds.map(\.kind))
    func noScans(kind: String) throws {
        let store = try DemoFixture.shared()
        let entry = try #require(Self.kinds.first { $0.kind == kind })
        let statements = try store.statements(of: ClientSearch(text: entry.query, limit: 20, rankingCap: entry.cap))
        #expect(!statements.isEmpty)
        for sql in statements {
            let plan = try DemoFixture.rows(store, "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }
            let scans = plan.filter { $0.hasPrefix("SCAN ") && !$0.contains("VIRTUAL TABLE") }
            #expect(scans.isEmpty, "\(kind): \(sql) → \(plan)")
        }
    }

    @Test("the recorded statements have their values written in, so the sqlite3 shell can run them")
    func statementsAreRunnable() throws {
        let statements = try DemoFixture.shared().searchStatements("07700 900000")
        #expect(statements.contains { $0.contains("'07700900000'") })
        #expect(statements.allSatisfy { !$0.contains("?") })
    }
}
