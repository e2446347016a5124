import Foundation
import TUIKit
import VetCore
import VetStore
import VetTUI

/// What the UI's once-a-second tick costs with a client record open, on a copy of the bench
/// practice opened by a second connection as another terminal would: idle (nothing written
/// anywhere), news elsewhere (another terminal wrote about another client), and this record
/// changed (the record is read again). The settings read every tick used to make is timed beside.
@MainActor
struct TickCost {
    var idleMicroseconds: Double
    var elsewhereMicroseconds: Double
    var changedMicroseconds: Double
    var settingsReadMicroseconds: Double

    static func measure(_ options: BenchOptions, repeats: Int = 200) throws -> TickCost {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("vetdesk-tick-\(UUID().uuidString).sqlite")
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy.path + suffix) } }
        try AppDatabase(path: options.databasePath, mode: .existing, clock: BenchPractice.clock).checkpoint()
        try FileManager.default.copyItem(atPath: options.databasePath, toPath: copy.path)
        let store = try AppDatabase(path: copy.path, mode: .existing, clock: BenchPractice.clock)
        let other = try AppDatabase(path: copy.path, mode: .existing, clock: BenchPractice.clock)
        guard let receptionist = DemoPractice.logins.first(where: { $0.role == .receptionist }),
              let manager = DemoPractice.logins.first(where: { $0.role == .manager }) else {
            throw BenchFailure.message("the demo practice has no receptionist or manager login")
        }
        let session = try other.authenticate(username: manager.username, password: manager.password)
        // The record opened is the first result for its surname, as Enter on the search opens it.
        guard let surname = try store.search("a", limit: 1).first?.name.split(separator: ",").first.map(String.init),
              let target = try store.search(surname, limit: 50).first,
              let bystander = try store.search("e", limit: 20).first(where: { $0.clientID != target.clientID }) else {
            throw BenchFailure.message("the bench practice has too few clients to open one")
        }
        let terminal = MemoryTerminal(size: .minimum)
        let app = VetDeskApp(store: store, terminal: terminal, environment: [:])
        let keys = Array(receptionist.username) + ["\t"] + Array(receptionist.password)
        for character in keys { terminal.enqueue(.key(character == "\t" ? .tab : .character(character))) }
        terminal.enqueue(.key(.enter))
        for character in surname { terminal.enqueue(.key(.character(character))) }
        terminal.enqueue(.key(.enter), .tick, .tick)
        app.run(stopAfterIdleReads: 0)
        let idle = median(repeats) { app.process(.tick) }
        let elsewhere = median(repeats, before: { _ = try? other.viewClient(id: bystander.clientID, as: session) }) {
            app.process(.tick)
        }
        var round = 0
        let changed = median(repeats / 4, before: {
            round += 1
            guard let client = try? other.viewClient(id: target.clientID, as: session).client else { return }
            var form = ClientForm()
            form.firstName = client.firstName
            form.lastName = client.lastName
            form.addressLine1 = client.addressLine1
            form.town = round.isMultiple(of: 2) ? "Gorey" : "Trinity"
            form.postcode = client.postcode
            guard let details = try? form.validated() else { return }
            _ = try? other.updateClient(id: target.clientID, expectedVersion: client.version, details: details, as: session)
        }) { app.process(.tick) }
        let settings = median(repeats) { _ = try? store.practiceSettings() }
        return TickCost(idleMicroseconds: idle, elsewhereMicroseconds: elsewhere, changedMicroseconds: changed,
                        settingsReadMicroseconds: settings)
    }

    var text: String {
        String(format: """
            Tick with a client record open (median): idle %.0f µs; another terminal wrote elsewhere %.0f µs; \
            this record changed and was read again %.0f µs. (The practice-settings read every tick made before: %.0f µs.)
            """, idleMicroseconds, elsewhereMicroseconds, changedMicroseconds, settingsReadMicroseconds)
    }

    private static func median(_ repeats: Int, before: () -> Void = {}, _ body: () -> Void) -> Double {
        var times: [Double] = []
        for _ in 0..<max(1, repeats) {
            before()
            let started = ContinuousClock.now
            body()
            times.append((ContinuousClock.now - started).milliseconds * 1_000)
        }
        return BenchRunner.percentile(times, 0.5)
    }
}
