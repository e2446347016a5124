import Foundation
import VetCore
import VetStore

/// The client with the most consultations plus ledger rows: the largest access pack.
struct HeaviestClient {
    var id: Int64
    var consultations: Int
    var ledgerRows: Int

    static let sql = """
        SELECT client_id, sum(consultations), sum(ledger_rows) FROM (
          SELECT p.client_id AS client_id, count(*) AS consultations, 0 AS ledger_rows
          FROM consultation c JOIN pet p ON p.id = c.pet_id GROUP BY p.client_id
          UNION ALL SELECT client_id, 0, count(*) FROM ledger_entry GROUP BY client_id
          ) AS per_client
        GROUP BY client_id ORDER BY sum(consultations) + sum(ledger_rows) DESC, client_id LIMIT 1
        """

    static func find(shell: any EngineShell) throws -> HeaviestClient {
        let fields = try shell.values(sql).first?.split(separator: "|").compactMap { Int64($0) } ?? []
        guard fields.count == 3 else { throw BenchFailure.message("the practice has no consultations or ledger rows") }
        return HeaviestClient(id: fields[0], consultations: Int(fields[1]), ledgerRows: Int(fields[2]))
    }
}

/// What the rights actions measured.
struct RightsBenchResult {
    var client: HeaviestClient
    var packRecords = 0
    var packBytes = 0
    var packMilliseconds: [Double] = []
    var retentionMilliseconds: [Double] = []
    var retentionItems = 0
    var retentionHeld = 0
}

/// The access pack of the heaviest client and the retention review of the whole practice,
/// through the store as the demo manager. Each pack needs its own request, so every run logs
/// one (access, linked to the client), writes the pack, then withdraws the request so runs do
/// not pile up open requests that would hold the client in the retention review.
enum RightsBench {
    static func run(store: AppDatabase, shell: any EngineShell, runs: Int) throws -> RightsBenchResult {
        guard let login = DemoPractice.logins.first(where: { $0.role == .manager }) else {
            throw BenchFailure.message("the demo practice has no manager login")
        }
        let manager = try store.authenticate(username: login.username, password: login.password)
        var result = RightsBenchResult(client: try HeaviestClient.find(shell: shell))
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("vetdesk-bench-packs-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for _ in 0..<runs {
            let request = try store.logRequest(
                NewRequest(kinds: [.access], requesterName: "Access pack timing", clientID: result.client.id,
                           channel: .email, receivedOn: store.clock.today()),
                as: manager)
            let started = ContinuousClock.now
            let pack = try store.writeAccessPack(reference: request.reference, to: folder, as: manager)
            result.packMilliseconds.append((ContinuousClock.now - started).milliseconds)
            result.packRecords = pack.sections.reduce(0) { $0 + $1.rows.count }
            result.packBytes = [pack.jsonFile, pack.htmlFile].reduce(0) { $0 + fileSize($1) }
            try withdraw(request, in: store, as: manager)
        }
        for _ in 0..<runs {
            let started = ContinuousClock.now
            let items = try store.retentionReview(today: store.clock.today())
            result.retentionMilliseconds.append((ContinuousClock.now - started).milliseconds)
            result.retentionItems = items.count
            result.retentionHeld = items.filter { $0.heldBecause != nil }.count
        }
        return result
    }

    private static func withdraw(_ request: DataRequest, in store: AppDatabase, as manager: StaffSession) throws {
        guard let id = request.id else { return }
        let current = try store.requestDetail(id: id).request
        try store.moveRequest(requestID: id, to: .withdrawn, outcome: "withdrawn after timing the access pack",
                              expectedVersion: current.version, as: manager)
    }

    private static func fileSize(_ url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
